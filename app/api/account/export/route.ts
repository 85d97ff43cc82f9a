import { exportFileName } from "@/lib/account/data-rights";
import { dayKey } from "@/lib/time/calendar";
import { exportOwnData } from "@/server/account/export-own-data";
import { currentUser } from "@/server/auth/session";
import { downloadResponse } from "@/server/http/download";
import { requestTimeZone } from "@/server/time-zone";

export const dynamic = "force-dynamic";

/** Where a page without the session it needs goes: this is a link people click, so to a page, not an error. */
function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "private, no-store" } });
}

/**
 * GET: everything Factdeck holds about the signed-in user, as a JSON file
 * named for them and the day (decision 021). Signed out: to the sign-in
 * page, back to the account page after.
 */
export async function GET() {
  const user = await currentUser();
  const back = encodeURIComponent("/account");
  if (!user) return seeOther(`/sign-in?callbackUrl=${back}`);
  if (user.mustChangePassword) return seeOther(`/set-password?callbackUrl=${back}`);
  const now = new Date();
  const data = await exportOwnData(user, now);
  return downloadResponse(`${JSON.stringify(data, null, 2)}\n`, exportFileName(user.username, dayKey(now, await requestTimeZone())), "application/json; charset=utf-8");
}
