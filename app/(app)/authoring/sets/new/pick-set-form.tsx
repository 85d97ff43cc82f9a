"use client";

import { FieldError, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { MAX_SET_TITLE } from "@/lib/authoring/sizes";
import { createSetAction } from "../../actions";

type Choice = { id: string; statement: string; article: string; questions: number };

export function PickSetForm({ choices }: { choices: Choice[] }) {
  const { error, fieldErrors, isPending, onSubmit } = useActionForm(createSetAction);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Pick facts for a set" className="max-w-2xl space-y-4">
      <FormAlert message={error} />
      <TextField name="title" label="Title" maxLength={MAX_SET_TITLE} autoComplete="off" required errors={fieldErrors?.title} />
      <fieldset className="space-y-2" aria-describedby={fieldErrors?.factIds ? "field-factIds-error" : undefined}>
        <legend className="font-medium">Facts</legend>
        <FieldError id="field-factIds-error" errors={fieldErrors?.factIds} />
        {choices.map((choice) => (
          <label key={choice.id} className="flex min-h-tap items-start gap-3 rounded border border-slate-200 bg-white p-3">
            <input type="checkbox" name="factIds" value={choice.id} className="mt-1 h-5 w-5" />
            <span>
              {choice.statement}
              <span className="block text-sm text-slate-600">
                {choice.article} · {choice.questions} {choice.questions === 1 ? "question" : "questions"}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <SubmitButton isPending={isPending} pendingLabel="Making the set…">
        Make the set
      </SubmitButton>
    </form>
  );
}
