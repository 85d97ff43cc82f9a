"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/" })}
      className="inline-flex min-h-tap items-center rounded px-3 text-sm hover:bg-slate-100"
    >
      Sign out
    </button>
  );
}
