"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteAccountSchema } from "@/lib/account/data-rights";
import { changeNameSchema, changePasswordSchema } from "@/lib/users/validation";
import { userAction } from "@/server/actions/action";
import { deleteOwnAccount } from "@/server/account/delete-own-account";
import { endAllSessions } from "@/server/auth/sessions";
import { setOwnName } from "@/server/users/set-own-name";
import { changeOwnPassword } from "@/server/users/set-own-password";

/** Ends every session of the user, on every device (this one signs out next). */
export const signOutEverywhereAction = userAction(z.object({}), async (_input, user) => ({ ended: await endAllSessions(user.id) }), { allowOneTimePassword: true });

/** Deletes the user's own account once they typed their username; the form then signs this device out. */
export const deleteAccountAction = userAction(deleteAccountSchema, async ({ confirmation }, user) => {
  await deleteOwnAccount(user, confirmation);
  return { isDeleted: true };
});

/** Changes the user's display name (the username stays). */
export const changeNameAction = userAction(changeNameSchema, async ({ name }, user) => {
  const saved = await setOwnName(user, name);
  revalidatePath("/", "layout");
  return saved;
});

/** Changes the user's password, given the current one; every other device is signed out. */
export const changePasswordAction = userAction(changePasswordSchema, async ({ currentPassword, password }, user) => changeOwnPassword(user, currentPassword, password));
