"use client";

import { useBrowserTimeZone } from "@/components/classes/use-browser-time-zone";

/** An instant as the viewer's device reads it ("Mar 10, 2026, 9:00 AM"); UTC until the page has loaded. */
export function LocalTime({ iso }: { iso: string }) {
  const timeZone = useBrowserTimeZone() || "UTC";
  const text = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso));
  return <time dateTime={iso}>{timeZone === "UTC" ? `${text} UTC` : text}</time>;
}
