"use client";

import { ConfirmByTypingForm } from "@/components/ui/confirm-by-typing-form";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteClassAction } from "./actions";

/** The class's deletion, confirmed by typing its name; the action then goes to the list of classes. */
export function DeleteClassForm({ classId, name }: { classId: string; name: string }) {
  const form = useActionForm(deleteClassAction);
  return (
    <ConfirmByTypingForm
      form={form}
      label="Delete the class"
      fieldId="delete-class-confirmation"
      fieldLabel="Type the class’s name to confirm"
      hint={
        <>
          The class is named <strong className="wrap-anywhere">{name}</strong>.
        </>
      }
      submitLabel="Delete this class"
      pendingLabel="Deleting…"
    >
      <input type="hidden" name="classId" value={classId} />
    </ConfirmByTypingForm>
  );
}
