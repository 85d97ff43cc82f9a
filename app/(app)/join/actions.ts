"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/server/actions/action";
import { joinClass } from "@/server/classes/join-class";

const joinSchema = z.object({
  code: z
    .string({ error: "Enter the join code your teacher gave you." })
    .trim()
    .min(1, "Enter the join code your teacher gave you.")
    .max(32, "A join code has 8 letters and digits. Check it and try again."),
});

/** Joins the class whose code the student typed. */
export const joinClassAction = userAction(joinSchema, async ({ code }, user) => {
  const joined = await joinClass(user, code);
  revalidatePath("/home");
  return joined;
});
