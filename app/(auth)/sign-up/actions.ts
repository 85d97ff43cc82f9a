"use server";

import { headers } from "next/headers";
import { signUpSchema } from "@/lib/users/validation";
import { publicAction } from "@/server/actions/action";
import { clientAddress } from "@/server/auth/client-address";
import { createUser } from "@/server/users/create-user";

export const signUpAction = publicAction(signUpSchema, async (input) => {
  const user = await createUser(input, { address: clientAddress(await headers()) });
  return { username: user.username };
});
