"use client";

import { signOut } from "next-auth/react";

// Pages kept for offline use belong to the signed-in user: forget them.
async function forgetOfflinePages() {
  if (!("caches" in window)) return;
  const keys = await caches.keys();
  await Promise.all(keys.filter((key) => key.endsWith("-pages")).map((key) => caches.delete(key)));
}

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void forgetOfflinePages().finally(() => signOut({ callbackUrl: "/" }))}
      className="inline-flex min-h-tap items-center rounded px-3 text-sm hover:bg-slate-100"
    >
      Sign out
    </button>
  );
}
