"use server";

import { z } from "zod";
import { UserFacingError } from "@/lib/actions/result";
import { passwordSchema } from "@/lib/users/validation";
import { userAction } from "@/server/actions/action";
import { setOwnPassword } from "@/server/users/set-own-password";

const setPasswordSchema = z
  .object({ password: passwordSchema, confirm: z.string({ error: "Type the new password again." }) })
  .refine((input) => input.password === input.confirm, { path: ["confirm"], error: "The two passwords are not the same. Type it again." });

// Only for a session that signed in with a one-time password: changing a
// password from a session alone, without the current one, is not offered.
export const setPasswordAction = userAction(setPasswordSchema, async ({ password }, user) => {
  if (!user.mustChangePassword) throw new UserFacingError("Your password is already set. To change it, ask your teacher or sign in again.");
  await setOwnPassword(user, password);
  return { username: user.username };
}, { allowOneTimePassword: true });
