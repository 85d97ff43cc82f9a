"use client";

import { formatShortDate } from "@/lib/time/zone";
import { useBrowserTimeZone } from "./use-browser-time-zone";

/** A date as the viewer's device reads it ("Nov 27, 2026"); UTC until the page has loaded. */
export function LocalDate({ iso }: { iso: string }) {
  const timeZone = useBrowserTimeZone() || "UTC";
  return <time dateTime={iso}>{formatShortDate(new Date(iso), timeZone)}</time>;
}
