import { OPTION_ROW, type FieldProps } from "./shared";

/** Every option that applies, as checkboxes. */
export function MultiSelectField({ question, draft, onChange, isLocked, problemId }: FieldProps<"multi-select">) {
  const chosen = draft.kind === "multi" ? draft.choices : [];
  return (
    <fieldset className="space-y-2" aria-describedby={problemId}>
      <legend className="mb-2 text-lg font-medium">{question.prompt}</legend>
      <p className="text-sm text-slate-700">Select all that apply.</p>
      {question.options.map((option) => (
        <label key={option} className={OPTION_ROW}>
          <input
            type="checkbox"
            value={option}
            checked={chosen.includes(option)}
            disabled={isLocked}
            onChange={(event) => onChange({ kind: "multi", choices: event.target.checked ? [...chosen, option] : chosen.filter((value) => value !== option) })}
            className="size-5 shrink-0"
          />
          <span>{option}</span>
        </label>
      ))}
    </fieldset>
  );
}
