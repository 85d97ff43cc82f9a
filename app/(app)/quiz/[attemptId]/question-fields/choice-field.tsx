import { useId } from "react";
import type { ChoiceType } from "@/lib/quiz/types";
import { OPTION_ROW, type FieldProps } from "./shared";

/** One option of several, as radio buttons; a true-false question is a choice of True or False. */
export function ChoiceField({ question, draft, onChange, isLocked, problemId }: FieldProps<ChoiceType | "true-false">) {
  const id = useId();
  const options = question.type === "true-false" ? ["True", "False"] : question.options;
  const selected = draft.kind === "choice" ? draft.choice : draft.kind === "boolean" && draft.value !== null ? (draft.value ? "True" : "False") : null;
  return (
    <fieldset className="space-y-2" aria-describedby={problemId}>
      <legend className="mb-2 text-lg font-medium">{question.type === "true-false" ? question.statement : question.prompt}</legend>
      {options.map((option) => (
        <label key={option} className={OPTION_ROW}>
          <input
            type="radio"
            name={`${id}-choice`}
            value={option}
            checked={selected === option}
            disabled={isLocked}
            onChange={() => onChange(question.type === "true-false" ? { kind: "boolean", value: option === "True" } : { kind: "choice", choice: option })}
            className="size-5 shrink-0"
          />
          <span>{option}</span>
        </label>
      ))}
    </fieldset>
  );
}
