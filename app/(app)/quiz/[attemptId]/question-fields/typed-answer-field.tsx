import { useId } from "react";
import type { FieldProps } from "./shared";
import { TextAnswer } from "./text-answer";

/** The question, then a box for the answer: words, or for a numeric question a number (in its unit). */
export function TypedAnswerField({ question, draft, onChange, isLocked, problemId }: FieldProps<"typed-answer" | "numeric">) {
  const id = useId();
  const isNumeric = question.type === "numeric";
  const label = question.type === "typed-answer" ? "Your answer" : question.unit ? `Your answer (in ${question.unit})` : "Your answer (a number)";
  return (
    <div className="space-y-3">
      <p id={`${id}-prompt`} className="text-lg font-medium">
        {question.prompt}
      </p>
      <TextAnswer
        id={id}
        label={label}
        describedBy={[`${id}-prompt`, problemId]}
        draft={draft}
        onChange={onChange}
        isLocked={isLocked}
        isNumeric={isNumeric}
        hint={isNumeric ? "Digits or words: 1,000, 1000 or one thousand." : undefined}
      />
    </div>
  );
}
