"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { classIdSchema } from "@/lib/classes/validation";
import { userAction } from "@/server/actions/action";
import { leaveClass } from "@/server/classes/join-class";

const leaveClassAction = userAction(z.object({ classId: classIdSchema }), async ({ classId }, user) => {
  await leaveClass(user, classId);
  revalidatePath("/home");
  return undefined;
});

export async function leaveClassFromHome(formData: FormData): Promise<ActionResult> {
  return leaveClassAction(formData);
}
