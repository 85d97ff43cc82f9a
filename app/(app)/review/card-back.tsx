import { formatByline, formatTitle, quoted } from "@/lib/content/format";
import type { Flashcard } from "@/lib/srs/flashcard";

/** The back of a flashcard: the answer, why, and the quoted sources with their outlet, author, date and title. */
export function CardBack({ flashcard }: { flashcard: Flashcard }) {
  return (
    <section aria-labelledby="card-answer-heading" className="space-y-3 border-t border-slate-200 pt-4">
      <h2 id="card-answer-heading" className="text-xs font-semibold uppercase tracking-wide text-slate-600">
        Answer
      </h2>
      <p className="text-lg font-semibold break-words">{flashcard.answer}</p>
      {flashcard.explanation ? <p className="text-slate-800">{flashcard.explanation}</p> : null}
      {flashcard.sources.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">{flashcard.sources.length > 1 ? "Sources" : "Source"}</h3>
          {flashcard.sources.map((source, index) => (
            <figure key={index} className="rounded border-l-4 border-slate-300 bg-slate-50 p-3">
              <blockquote className="break-words">{quoted(source.quote)}</blockquote>
              <figcaption className="mt-1 text-sm text-slate-700">
                {formatByline(source)}: “{formatTitle({ title: source.title, titleIsSupplied: source.titleIsSupplied ?? false })}”
              </figcaption>
            </figure>
          ))}
        </div>
      ) : null}
    </section>
  );
}
