import type { ReactNode } from "react";

export function SubmitButton({ isPending, children, pendingLabel }: { isPending: boolean; children: ReactNode; pendingLabel: string }) {
  return (
    <button
      type="submit"
      disabled={isPending}
      aria-disabled={isPending}
      className="inline-flex min-h-tap w-full items-center justify-center rounded bg-brand px-5 font-medium text-white hover:bg-brand-dark disabled:opacity-70"
    >
      {isPending ? pendingLabel : children}
    </button>
  );
}
