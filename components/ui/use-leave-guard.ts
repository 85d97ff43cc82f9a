"use client";

import { useEffect } from "react";

/**
 * While `message` is set, asks before the page is left: closing or reloading
 * the tab (the browser's own prompt) and following a link inside the app (a
 * confirm dialog with `message`). For pages that show something only once,
 * such as one-time passwords.
 */
export function useLeaveGuard(message: string | null) {
  useEffect(() => {
    if (!message) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    // Links inside the app change the page without unloading it, so they are asked about here.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      if (event.defaultPrevented || event.button !== 0) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, { capture: true });
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, { capture: true });
    };
  }, [message]);
}
