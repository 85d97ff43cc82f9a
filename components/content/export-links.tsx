import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportFormat } from "@/lib/quiz/export/formats";

/** Download links for a list of questions, one per format, each with what it is for. */
export function ExportLinks({ hrefOf }: { hrefOf: (format: ExportFormat) => string }) {
  return (
    <ul className="space-y-2">
      {EXPORT_FORMATS.map((format) => (
        <li key={format}>
          <a href={hrefOf(format)} download className="inline-flex min-h-tap items-center font-medium text-brand underline">
            {EXPORT_FORMAT_INFO[format].label}
          </a>
          <p className="text-sm text-slate-700">{EXPORT_FORMAT_INFO[format].hint}</p>
        </li>
      ))}
    </ul>
  );
}
