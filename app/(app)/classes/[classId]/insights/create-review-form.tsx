"use client";

import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { createForecastReviewAction } from "./actions";

/** The one button that makes a flashcards assignment of the facts below the threshold, and goes to it. */
export function CreateReviewForm({ classId, day, label, hint }: { classId: string; day: string; label: string; hint: string }) {
  const router = useRouter();
  const form = useActionForm(createForecastReviewAction, { onSuccess: ({ path }) => router.push(path) });
  return (
    <form onSubmit={form.onSubmit} className="max-w-md space-y-2">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="day" value={day} />
      <FormAlert message={form.error} />
      <SubmitButton isPending={form.isPending} pendingLabel="Creating the assignment…">
        {label}
      </SubmitButton>
      <p className="text-sm text-slate-700">{hint}</p>
    </form>
  );
}
