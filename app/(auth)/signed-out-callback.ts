import { redirect } from "next/navigation";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { currentUser } from "@/server/auth/session";

export type CallbackSearchParams = Promise<{ callbackUrl?: string }>;

/**
 * For the pages only a signed-out visitor needs (sign in, sign up): where to
 * go afterwards, a path on this site. Someone already signed in goes there now.
 */
export async function signedOutCallback(searchParams: CallbackSearchParams): Promise<string> {
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return callbackUrl;
}
