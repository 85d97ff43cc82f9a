"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { classIdSchema } from "@/lib/classes/validation";
import { userAction } from "@/server/actions/action";
import { leaveClass } from "@/server/classes/join-class";

export const leaveClassAction = userAction(z.object({ classId: classIdSchema }), async ({ classId }, user) => {
  await leaveClass(user, classId);
  revalidatePath("/home");
  return undefined;
});
