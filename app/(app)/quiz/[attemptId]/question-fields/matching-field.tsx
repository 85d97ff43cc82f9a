import { useId } from "react";
import { INPUT, type FieldProps } from "./shared";

/** For each left item, a select of the choices to match it with. */
export function MatchingField({ question, draft, onChange, isLocked, problemId }: FieldProps<"matching">) {
  const id = useId();
  const rights = draft.kind === "pairs" ? draft.rights : {};
  return (
    <fieldset className="space-y-3" aria-describedby={problemId}>
      <legend className="mb-2 text-lg font-medium">{question.prompt}</legend>
      {question.lefts.map((left, index) => (
        <div key={left} className="space-y-1">
          <label htmlFor={`${id}-match-${index}`} className="block font-medium">
            {left}
          </label>
          <select
            id={`${id}-match-${index}`}
            value={rights[left] ?? ""}
            disabled={isLocked}
            onChange={(event) => onChange({ kind: "pairs", rights: { ...rights, [left]: event.target.value } })}
            className={INPUT}
          >
            <option value="">Choose a match…</option>
            {question.rights.map((right) => (
              <option key={right} value={right}>
                {right}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
