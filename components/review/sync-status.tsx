"use client";

import { usePendingReviews } from "./use-pending-reviews";

/**
 * "Offline · 3 reviews waiting to sync", announced politely as it changes,
 * and below it what else the learner should know about this device's queue
 * (another account's reviews waiting, reviews that could not be sent).
 */
export function SyncStatus({ userId }: { userId: string }) {
  const { count, notices, isOnline } = usePendingReviews(userId);
  const waiting = count === 0 ? null : `${count} ${count === 1 ? "review" : "reviews"} waiting to sync`;
  const text = [isOnline ? null : "Offline", waiting].filter(Boolean).join(" · ");
  return (
    <>
      <p role="status" aria-live="polite" className={text ? "rounded bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900" : "sr-only"}>
        {text || "All reviews are saved."}
      </p>
      <div role="status" aria-live="polite" className={notices.length > 0 ? "space-y-1 rounded bg-slate-100 px-3 py-2 text-sm text-slate-800" : "sr-only"}>
        {notices.map((notice) => (
          <p key={notice}>{notice}</p>
        ))}
      </div>
    </>
  );
}
