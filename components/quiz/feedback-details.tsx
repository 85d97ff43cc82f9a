import { CONFLICT_KIND_LABEL } from "@/lib/content/format";
import type { Feedback } from "@/lib/quiz/feedback";
import { SourceList, SUMMARY_CLASS } from "./source-list";

/**
 * How much of the feedback shows at once: everything (a teacher's view of an
 * attempt), all but the extra sources (right after answering), or only the
 * correct answer with the rest under "Why, and the sources" (a list of
 * mistakes on a phone).
 */
export type FeedbackFolding = "none" | "extra-sources" | "all-but-answer";

/** After an answer: the correct answer, why, and the sources (both sides, for a disputed fact). */
export function FeedbackDetails({ feedback, folding = "none" }: { feedback: Feedback; folding?: FeedbackFolding }) {
  const answer = (
    <p>
      <span className="font-semibold">Correct answer:</span> {feedback.correctAnswer}
    </p>
  );
  if (folding === "all-but-answer") {
    return (
      <div className="space-y-3">
        {answer}
        <details className="space-y-3">
          <summary className={SUMMARY_CLASS}>{feedback.sources.length > 0 || feedback.conflict ? "Why, and the sources" : "Why"}</summary>
          <Explanation feedback={feedback} isFolded={false} />
        </details>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      {answer}
      <Explanation feedback={feedback} isFolded={folding === "extra-sources"} />
    </div>
  );
}

function Explanation({ feedback, isFolded }: { feedback: Feedback; isFolded: boolean }) {
  return (
    <>
      <p>{feedback.explanation}</p>
      {feedback.conflict ? (
        <div className="space-y-3">
          <h3 className="font-semibold">
            {CONFLICT_KIND_LABEL[feedback.conflict.kind]}: {feedback.conflict.about}
          </h3>
          {feedback.conflict.correction ? <p>{feedback.conflict.correction}</p> : null}
          {feedback.conflict.note ? <p className="text-sm">{feedback.conflict.note}</p> : null}
          {feedback.conflict.sides.map((side) => (
            <div key={side.label} className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3">
              <h4 className="font-medium">
                “{side.label}”{side.isError ? " (the error)" : ""}
              </h4>
              <SourceList sources={side.sources} isFolded={isFolded} />
            </div>
          ))}
        </div>
      ) : null}
      {/* Plain groups under their headings, not labelled regions: a results page shows one per question, and landmarks must be unique. */}
      {feedback.sources.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">{feedback.sources.length === 1 ? "Source" : `Sources (${feedback.sources.length})`}</h3>
          <SourceList sources={feedback.sources} isFolded={isFolded} />
        </div>
      ) : null}
    </>
  );
}
