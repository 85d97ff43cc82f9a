import { formatByline, formatTitle, quoted } from "@/lib/content/format";
import type { FeedbackSource } from "@/lib/quiz/feedback";

/** The look of a <summary> that opens more of an answer: a tap target with the disclosure marker kept. */
export const SUMMARY_CLASS = "min-h-tap cursor-pointer py-2 font-medium text-brand underline";

/**
 * The quoted sentences behind an answer, each with its outlet, author and
 * date, linked to the highlighted sentence. With `isFolded`, only the first
 * shows; the others open under "N more sources" (on a phone three quotes are
 * a screen of their own).
 */
export function SourceList({ sources, isFolded = false }: { sources: FeedbackSource[]; isFolded?: boolean }) {
  if (sources.length === 0) return null;
  if (!isFolded || sources.length === 1) return <Sources sources={sources} />;
  const more = sources.length - 1;
  return (
    <div className="space-y-2">
      <Sources sources={sources.slice(0, 1)} />
      <details className="space-y-3">
        <summary className={SUMMARY_CLASS}>{more === 1 ? "1 more source" : `${more} more sources`}</summary>
        <Sources sources={sources.slice(1)} offset={1} />
      </details>
    </div>
  );
}

function Sources({ sources, offset = 0 }: { sources: FeedbackSource[]; offset?: number }) {
  return (
    <ul className="space-y-3">
      {sources.map((source, index) => (
        <li key={`${source.article}-${index + offset}`}>
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
