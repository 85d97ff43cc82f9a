"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { flushReviews, onPendingChange, queueStatus } from "./offline-queue";

function subscribeOnline(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/**
 * How many of `userId`'s reviews wait on this device, what the learner should
 * know about the queue (other accounts' reviews, reviews dropped), and
 * whether the device is online. Sends the account's reviews when the
 * connection returns (and every 30 s while online).
 */
export function usePendingReviews(userId: string): { count: number; notices: string[]; isOnline: boolean } {
  const [status, setStatus] = useState<{ count: number; notices: string[] }>({ count: 0, notices: [] });
  const isOnline = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );

  useEffect(() => {
    let isActive = true;
    const refresh = () => void queueStatus(userId).then((value) => isActive && setStatus(value));
    const stop = onPendingChange(refresh);
    refresh();
    return () => {
      isActive = false;
      stop();
    };
  }, [userId]);

  useEffect(() => {
    if (!isOnline) return;
    void flushReviews(userId);
    const timer = window.setInterval(() => void flushReviews(userId), 30_000);
    return () => window.clearInterval(timer);
  }, [isOnline, userId]);

  return { ...status, isOnline };
}
