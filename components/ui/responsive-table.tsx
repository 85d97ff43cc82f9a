import type { ReactNode } from "react";

// A table that is a table from the sm breakpoint and a list of cards on a
// phone; the roles keep it a table for screen readers at every width.

export const TABLE_CELL = "block py-1 sm:table-cell sm:px-3 sm:py-2";

export type Column = { label: string; isHidden?: boolean };

export function ResponsiveTable({ caption, columns, children }: { caption: string; columns: Column[]; children: ReactNode }) {
  return (
    <table role="table" className="block w-full sm:table sm:rounded-lg sm:border sm:border-slate-200 sm:bg-white">
      <caption className="sr-only">{caption}</caption>
      <thead role="rowgroup" className="sr-only sm:not-sr-only sm:table-header-group">
        <tr role="row" className="text-left text-sm text-slate-600">
          {columns.map((column) => (
            <th key={column.label} role="columnheader" scope="col" className="sm:px-3 sm:py-2 sm:font-medium">
              {column.isHidden ? <span className="sr-only">{column.label}</span> : column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup" className="block space-y-3 sm:table-row-group sm:space-y-0">
        {children}
      </tbody>
    </table>
  );
}

/** One row: a card on a phone, a table row from sm up. */
export function ResponsiveRow({ children }: { children: ReactNode }) {
  return (
    <tr role="row" className="block rounded-lg border border-slate-200 bg-white p-3 sm:table-row sm:rounded-none sm:border-0 sm:border-t sm:p-0">
      {children}
    </tr>
  );
}

/** A cell's label in the stacked (phone) layout; screen readers hear the column header instead. */
export function NarrowLabel({ children }: { children: string }) {
  return (
    <span aria-hidden="true" className="mr-2 text-sm font-medium text-slate-600 sm:hidden">
      {children}
    </span>
  );
}
