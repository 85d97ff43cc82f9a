"use client";

import { signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import { BUTTON } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { UNEXPECTED_ERROR, type ActionResult } from "@/lib/actions/result";

/** "Sign out everywhere": ends the user's sessions on every device, then signs this one out. */
export function SignOutEverywhereButton({ action }: { action: (formData: FormData) => Promise<ActionResult<{ ended: number }>> }) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <FormAlert message={error} />
      <button
        type="button"
        className={BUTTON.secondary}
        disabled={isPending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            try {
              const result = await action(new FormData());
              if (!result.ok) return setError(result.error);
            } catch {
              return setError(UNEXPECTED_ERROR);
            }
            await signOut({ callbackUrl: "/sign-in" });
          })
        }
      >
        {isPending ? "Signing out…" : "Sign out everywhere"}
      </button>
    </div>
  );
}
