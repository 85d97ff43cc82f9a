"use client";

import { useState } from "react";
import { ItemSummary } from "@/components/content/item-summary";
import { SourceList } from "@/components/quiz/source-list";
import { ActionButton } from "@/components/ui/action-button";
import { BUTTON } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextArea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { itemAnswerText } from "@/lib/quiz/describe";
import { articlePageHref } from "@/lib/quiz/feedback";
import type { Item } from "@/lib/quiz/types";
import { editExplanationAction, rejectItemAction } from "./actions";

/** One of the teacher's items as learners will get it: question, options, key, explanation and sources; reject it or rewrite its explanation. */
export function ItemReview({ item, isReadOnly = false }: { item: Item; isReadOnly?: boolean }) {
  const [isEditing, setIsEditing] = useState(false);
  const { error, fieldErrors, isPending, onSubmit } = useActionForm(editExplanationAction, { onSuccess: () => setIsEditing(false) });
  const options = "options" in item ? item.options : null;
  return (
    <article aria-label={`Question: ${item.prompt}`} className="space-y-2 rounded border border-slate-200 bg-white p-3">
      <ItemSummary item={item}>
        {options ? (
          <ul className="list-disc pl-6 text-sm">
            {options.map((option) => (
              <li key={option}>{option}</li>
            ))}
          </ul>
        ) : null}
        <p className="text-sm">
          <span className="font-semibold">Answer:</span> {itemAnswerText(item)}
        </p>
        <p className="text-sm">
          <span className="font-semibold">Explanation:</span> {item.explanation}
        </p>
      </ItemSummary>
      <details className="text-sm">
        <summary className="inline-flex min-h-tap cursor-pointer items-center text-brand underline">Its source</summary>
        <SourceList sources={item.sources.map((source) => ({ ...source, href: articlePageHref(source.article, null) }))} />
      </details>
      {isReadOnly ? null : isEditing ? (
        <form onSubmit={onSubmit} noValidate aria-label="Rewrite the explanation" className="space-y-2">
          <FormAlert message={error} />
          <input type="hidden" name="itemId" value={item.id} />
          <TextArea name="explanation" label="Explanation learners read after answering" hint="Leave it empty to go back to the generated one." defaultValue={item.explanation} rows={3} errors={fieldErrors?.explanation} />
          <div className="flex flex-wrap gap-2">
            <SubmitButton isPending={isPending} pendingLabel="Saving…">
              Save the explanation
            </SubmitButton>
            <button type="button" className={BUTTON.secondary} onClick={() => setIsEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={BUTTON.secondary} onClick={() => setIsEditing(true)} aria-label={`Edit the explanation of “${item.prompt}”`}>
            Edit the explanation
          </button>
          <ActionButton
            action={rejectItemAction}
            fields={{ itemId: item.id }}
            ariaLabel={`Reject the question “${item.prompt}”`}
            pendingLabel="Rejecting…"
            confirm={{ question: "Reject this question? Its fact is then asked another way, if it can be.", confirmLabel: "Reject" }}
          >
            Reject
          </ActionButton>
        </div>
      )}
    </article>
  );
}
