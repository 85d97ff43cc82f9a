import type { ChartKind } from "./progress-chart";
import { ProgressChart } from "./progress-chart";

/**
 * One point: `axis` labels it under the chart, `label` in the table; `text`
 * is the value as read, or one text per number column when the table shows
 * more than the charted value.
 */
export type ChartRow = { key: string; axis: string; label: string; value: number | null; text: string | readonly string[] };

/**
 * A chart as a figure: the caption says what it shows, and "Show the
 * numbers" opens a table with the same data, for screen readers and anyone
 * who prefers numbers.
 */
export function ChartFigure({
  caption,
  rows,
  kind,
  isPercent,
  columns,
}: {
  caption: string;
  rows: ChartRow[];
  kind: ChartKind;
  isPercent?: boolean;
  /** The label column's header, then one header per number column. */
  columns: readonly [string, ...string[]];
}) {
  const [labelColumn, ...valueColumns] = columns;
  return (
    <figure className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
      <figcaption className="text-slate-800">{caption}</figcaption>
      <ProgressChart labels={rows.map((row) => row.axis)} values={rows.map((row) => row.value)} kind={kind} isPercent={isPercent} />
      <details className="text-sm">
        <summary className="inline-flex min-h-tap cursor-pointer items-center font-medium text-brand underline underline-offset-2 hover:text-brand-dark">
          Show the numbers
        </summary>
        <div className="mt-2 overflow-x-auto">
          <table className="wrap-break-word w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-4 font-semibold">
                  {labelColumn}
                </th>
                {valueColumns.map((column) => (
                  <th key={column} scope="col" className="py-1 pl-2 text-right font-semibold">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-4 font-normal whitespace-nowrap">
                    {row.label}
                  </th>
                  {(typeof row.text === "string" ? [row.text] : row.text).map((text, index) => (
                    <td key={valueColumns[index] ?? index} className="py-1 pl-2 text-right tabular-nums">
                      {text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
