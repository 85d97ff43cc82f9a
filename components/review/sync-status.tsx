"use client";

import { usePendingReviews } from "./use-pending-reviews";

/** "Offline · 3 reviews waiting to sync", announced politely as it changes. */
export function SyncStatus() {
  const { count, isOnline } = usePendingReviews();
  const waiting = count === 0 ? null : `${count} ${count === 1 ? "review" : "reviews"} waiting to sync`;
  const text = [isOnline ? null : "Offline", waiting].filter(Boolean).join(" · ");
  return (
    <p role="status" aria-live="polite" className={text ? "rounded bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900" : "sr-only"}>
      {text || "All reviews are saved."}
    </p>
  );
}
