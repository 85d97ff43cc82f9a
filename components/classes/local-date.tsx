"use client";

import { useBrowserTimeZone } from "./use-browser-time-zone";

/** A date as the viewer's device reads it ("Nov 27, 2026"); UTC until the page has loaded. */
export function LocalDate({ iso }: { iso: string }) {
  const timeZone = useBrowserTimeZone() || "UTC";
  const text = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone }).format(new Date(iso));
  return <time dateTime={iso}>{text}</time>;
}
