"use server";

import { z } from "zod";
import { deleteAccountSchema } from "@/lib/account/data-rights";
import { userAction } from "@/server/actions/action";
import { deleteOwnAccount } from "@/server/account/delete-own-account";
import { endAllSessions } from "@/server/auth/sessions";

/** Ends every session of the user, on every device (this one signs out next). */
export const signOutEverywhereAction = userAction(z.object({}), async (_input, user) => ({ ended: await endAllSessions(user.id) }), { allowOneTimePassword: true });

/** Deletes the user's own account once they typed their username; the form then signs this device out. */
export const deleteAccountAction = userAction(deleteAccountSchema, async ({ confirmation }, user) => {
  await deleteOwnAccount(user, confirmation);
  return { isDeleted: true };
});
