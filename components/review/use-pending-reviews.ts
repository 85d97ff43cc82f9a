"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { flushReviews, onPendingChange, pendingCount } from "./offline-queue";

function subscribeOnline(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/**
 * How many reviews wait on this device, and whether it is online. Sends them
 * when the connection returns (and every 30 s while some wait).
 */
export function usePendingReviews(): { count: number; isOnline: boolean } {
  const [count, setCount] = useState(0);
  const isOnline = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );

  useEffect(() => {
    let isActive = true;
    const refresh = () => void pendingCount().then((value) => isActive && setCount(value));
    const stop = onPendingChange(refresh);
    refresh();
    return () => {
      isActive = false;
      stop();
    };
  }, []);

  useEffect(() => {
    if (!isOnline) return;
    void flushReviews();
    const timer = window.setInterval(() => void flushReviews(), 30_000);
    return () => window.clearInterval(timer);
  }, [isOnline]);

  return { count, isOnline };
}
