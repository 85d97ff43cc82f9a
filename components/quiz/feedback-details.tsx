import { CONFLICT_KIND_LABEL } from "@/lib/content/format";
import type { Feedback } from "@/lib/quiz/feedback";
import { SourceList } from "./source-list";

/** After an answer: the correct answer, why, and the sources (both sides, for a disputed fact). */
export function FeedbackDetails({ feedback }: { feedback: Feedback }) {
  return (
    <div className="space-y-3">
      <p>
        <span className="font-semibold">Correct answer:</span> {feedback.correctAnswer}
      </p>
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
              <SourceList sources={side.sources} />
            </div>
          ))}
        </div>
      ) : null}
      {/* Plain groups under their headings, not labelled regions: a results page shows one per question, and landmarks must be unique. */}
      {feedback.sources.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">{feedback.sources.length === 1 ? "Source" : `Sources (${feedback.sources.length})`}</h3>
          <SourceList sources={feedback.sources} />
        </div>
      ) : null}
    </div>
  );
}
