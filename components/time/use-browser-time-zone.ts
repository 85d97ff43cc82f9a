"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The device's IANA time zone; "" while rendering on the server and hydrating. */
export function useBrowserTimeZone(): string {
  return useSyncExternalStore(subscribe, browserTimeZone, () => "");
}
