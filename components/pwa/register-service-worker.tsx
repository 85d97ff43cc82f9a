"use client";

import { useEffect } from "react";

/** Installs the service worker (public/sw.js) in production builds. */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js").catch((error: unknown) => {
      console.warn("Service worker not registered", error);
    });
  }, []);
  return null;
}
