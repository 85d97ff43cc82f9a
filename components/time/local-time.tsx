"use client";

import { formatDateTime } from "@/lib/time/zone";
import { useBrowserTimeZone } from "./use-browser-time-zone";

/** An instant as the viewer's device reads it ("Mar 10, 2026, 9:00 AM"); UTC, and said so, until the page has loaded. */
export function LocalTime({ iso }: { iso: string }) {
  const timeZone = useBrowserTimeZone() || "UTC";
  return <time dateTime={iso}>{formatDateTime(new Date(iso), timeZone)}</time>;
}
