import "server-only";
import { cookies } from "next/headers";
import { TIME_ZONE_COOKIE, timeZoneOrUtc } from "@/lib/time/zone";

/**
 * The learner's time zone for counting days (daily limits, streaks), as the
 * device reported it in the `tz` cookie (components/time-zone-cookie.tsx);
 * UTC until it has.
 */
export async function requestTimeZone(): Promise<string> {
  return timeZoneOrUtc((await cookies()).get(TIME_ZONE_COOKIE)?.value);
}
