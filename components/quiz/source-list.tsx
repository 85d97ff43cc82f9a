import { formatByline, formatTitle, quoted } from "@/lib/content/format";
import type { FeedbackSource } from "@/lib/quiz/feedback";

/** The quoted sentences behind an answer, each with its outlet, author and date, linked to the highlighted sentence. */
export function SourceList({ sources }: { sources: FeedbackSource[] }) {
  if (sources.length === 0) return null;
  return (
    <ul className="space-y-3">
      {sources.map((source, index) => (
        <li key={`${source.article}-${index}`}>
          <figure className="space-y-1">
            <blockquote className="border-l-4 border-slate-300 pl-3 italic">{quoted(source.quote)}</blockquote>
            <figcaption className="text-sm text-slate-700">
              — {formatByline(source)}.{" "}
              {source.href === null ? (
                <span>{source.title ? `From “${formatTitle(source)}”.` : "Title not stated."}</span>
              ) : (
                // A plain link, loading the page: only then does the browser mark #evidence-N as :target, which highlights that sentence.
                <a href={source.href} className="inline-flex min-h-tap items-center text-brand underline">
                  Read it in “{formatTitle(source)}”
                </a>
              )}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
