import { useId } from "react";
import { CLOZE_GAP } from "@/lib/quiz/types";
import type { FieldProps } from "./shared";
import { TextAnswer } from "./text-answer";

function splitAtGap(text: string): [string, string] {
  const index = text.indexOf(CLOZE_GAP);
  return index === -1 ? [text, ""] : [text.slice(0, index), text.slice(index + CLOZE_GAP.length)];
}

/** The sentence with its gap, filled in as the learner types, and the box to type the missing words in. */
export function ClozeField({ question, draft, onChange, isLocked, problemId }: FieldProps<"cloze">) {
  const id = useId();
  const [before, after] = splitAtGap(question.text);
  return (
    <div className="space-y-3">
      <p className="text-lg font-medium">{question.prompt}</p>
      <p id={`${id}-sentence`} className="rounded border border-slate-200 bg-white p-3 text-lg">
        {before}
        <span className="mx-1 inline-block min-w-16 border-b-2 border-slate-700 text-center font-semibold">
          {draft.kind === "text" && draft.text.trim() ? (
            draft.text
          ) : (
            <>
              <span aria-hidden="true">{CLOZE_GAP}</span>
              <span className="sr-only">blank</span>
            </>
          )}
        </span>
        {after}
      </p>
      <TextAnswer id={id} label="Missing words" describedBy={[`${id}-sentence`, problemId]} draft={draft} onChange={onChange} isLocked={isLocked} />
    </div>
  );
}
