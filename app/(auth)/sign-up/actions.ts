"use server";

import { signUpSchema } from "@/lib/users/validation";
import { publicAction } from "@/server/actions/action";
import { createUser } from "@/server/users/create-user";

export const signUpAction = publicAction(signUpSchema, async (input) => {
  const user = await createUser(input);
  return { username: user.username };
});
