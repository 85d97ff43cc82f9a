"use client";

import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { resetStudentPasswordAction } from "../../../actions";
import { NewSignInSheet } from "../../new/sign-in-sheet";

type Props = { classId: string; className: string; student: { id: string; name: string }; signInUrl: string };

/** One button that makes a new one-time password; then the student's sign-in card, shown this once. */
export function ResetPasswordForm({ classId, className, student, signInUrl }: Props) {
  const { result, error, isPending, onSubmit } = useActionForm(resetStudentPasswordAction);
  const created = result?.ok ? result.data : null;

  if (created) return <NewSignInSheet classId={classId} className={className} signInUrl={signInUrl} students={[created]} />;

  return (
    <form onSubmit={onSubmit} aria-label={`Reset the password of ${student.name}`} className="space-y-4">
      <FormAlert message={error} />
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={student.id} />
      <p>
        {student.name} gets a new one-time password, on a card to print. Their current password stops working at once, and they choose a
        new one the next time they sign in. Their work and progress are kept.
      </p>
      <SubmitButton isPending={isPending} pendingLabel="Resetting…">
        Make a new one-time password
      </SubmitButton>
    </form>
  );
}
