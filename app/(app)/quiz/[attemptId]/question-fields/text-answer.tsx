import { Field } from "@/components/ui/field";
import type { Draft } from "@/lib/quiz/draft";
import { INPUT } from "./shared";

/** The text box of a cloze, typed or numeric question, described by the question it answers. */
export function TextAnswer({
  id,
  label,
  hint,
  describedBy,
  draft,
  onChange,
  isLocked,
  isNumeric = false,
}: {
  id: string;
  label: string;
  hint?: string;
  describedBy: (string | undefined)[];
  draft: Draft;
  onChange: (draft: Draft) => void;
  isLocked: boolean;
  isNumeric?: boolean;
}) {
  return (
    <Field id={`${id}-text`} label={label} hint={hint} describedBy={describedBy}>
      {(described) => (
        <input
          type="text"
          inputMode={isNumeric ? "decimal" : "text"}
          autoComplete="off"
          autoCapitalize={isNumeric ? "off" : "sentences"}
          spellCheck={false}
          maxLength={200}
          value={draft.kind === "text" ? draft.text : ""}
          readOnly={isLocked}
          onChange={(event) => onChange({ kind: "text", text: event.target.value })}
          className={INPUT}
          {...described}
        />
      )}
    </Field>
  );
}
