"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { assignmentInputSchema } from "@/lib/classes/assignment";
import { classIdSchema } from "@/lib/classes/validation";
import { userAction } from "@/server/actions/action";
import { revalidateClass } from "../../revalidate-class";
import { createAssignment, setAssignmentWithdrawn, updateAssignment, setItemHidden } from "@/server/assignments/manage-assignment";

const assignmentIdSchema = z.string().min(1).max(64);

const create = userAction(z.object({ classId: classIdSchema }).and(assignmentInputSchema), async ({ classId, ...input }, user) => {
  const { id } = await createAssignment(user, classId, input);
  revalidateClass(classId);
  return { id, classId };
});

export async function createAssignmentAction(formData: FormData): Promise<ActionResult<{ id: string; classId: string }>> {
  const result = await create(formData);
  if (!result.ok) return result;
  redirect(`/classes/${result.data.classId}/assignments/${result.data.id}`);
}

const update = userAction(
  z.object({ classId: classIdSchema, assignmentId: assignmentIdSchema }).and(assignmentInputSchema),
  async ({ classId, assignmentId, ...input }, user) => {
    await updateAssignment(user, assignmentId, input);
    revalidateClass(classId);
    return { id: assignmentId, classId };
  },
);

export async function updateAssignmentAction(formData: FormData): Promise<ActionResult<{ id: string; classId: string }>> {
  const result = await update(formData);
  if (!result.ok) return result;
  redirect(`/classes/${result.data.classId}/assignments/${result.data.id}`);
}

export const setAssignmentWithdrawnAction = userAction(
  z.object({ classId: classIdSchema, assignmentId: assignmentIdSchema, isWithdrawn: z.enum(["true", "false"]) }),
  async ({ classId, assignmentId, isWithdrawn }, user) => {
    await setAssignmentWithdrawn(user, assignmentId, isWithdrawn === "true");
    return revalidateClass(classId);
  },
);


export const setItemHiddenAction = userAction(
  z.object({ classId: classIdSchema, assignmentId: assignmentIdSchema, itemId: z.string().min(1).max(64), isHidden: z.enum(["true", "false"]) }),
  async ({ classId, assignmentId, itemId, isHidden }, user) => {
    await setItemHidden(user, assignmentId, itemId, isHidden === "true");
    return revalidateClass(classId);
  },
);
