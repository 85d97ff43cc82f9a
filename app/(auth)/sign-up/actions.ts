"use server";

import type { ActionResult } from "@/lib/actions/result";
import { signUpSchema } from "@/lib/users/validation";
import { publicAction } from "@/server/actions/action";
import { createUser } from "@/server/users/create-user";

const signUpAction = publicAction(signUpSchema, async (input) => {
  const user = await createUser(input);
  return { username: user.username };
});

export async function signUp(formData: FormData): Promise<ActionResult<{ username: string }>> {
  return signUpAction(formData);
}
