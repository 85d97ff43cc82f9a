"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { classNameSchema } from "@/lib/classes/validation";
import { userAction } from "@/server/actions/action";
import { createClass } from "@/server/classes/manage-class";

const create = userAction(z.object({ name: classNameSchema }), async ({ name }, user) => createClass(user, name));

export async function createClassAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await create(formData);
  if (!result.ok) return result;
  revalidatePath("/classes");
  redirect(`/classes/${result.data.id}`);
}
