import type { ReactNode } from "react";
import { buttonClass } from "./button";

export function SubmitButton({ isPending, children, pendingLabel }: { isPending: boolean; children: ReactNode; pendingLabel: string }) {
  return (
    <button
      type="submit"
      disabled={isPending}
      aria-disabled={isPending}
      className={buttonClass("primary", "w-full")}
    >
      {isPending ? pendingLabel : children}
    </button>
  );
}
