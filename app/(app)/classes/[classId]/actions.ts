"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { ROSTER_MAX } from "@/lib/classes/roster";
import { classIdSchema, classNameSchema } from "@/lib/classes/validation";
import { userAction } from "@/server/actions/action";
import { createStudents, type CreatedStudent } from "@/server/classes/create-students";
import { regenerateJoinCode, removeStudent, renameClass, setClassArchived, setJoinCodeEnabled } from "@/server/classes/manage-class";

const flag = z.enum(["true", "false"]).transform((value) => value === "true");

/** The class's pages and the list of classes show what changed. */
function revalidateClass(classId: string): undefined {
  revalidatePath("/classes");
  revalidatePath(`/classes/${classId}`, "layout");
}

const rename = userAction(z.object({ classId: classIdSchema, name: classNameSchema }), async ({ classId, name }, user) => {
  await renameClass(user, classId, name);
  return revalidateClass(classId);
});

export async function renameClassAction(formData: FormData): Promise<ActionResult> {
  return rename(formData);
}

const archive = userAction(z.object({ classId: classIdSchema, isArchived: flag }), async ({ classId, isArchived }, user) => {
  await setClassArchived(user, classId, isArchived);
  return revalidateClass(classId);
});

export async function setClassArchivedAction(formData: FormData): Promise<ActionResult> {
  return archive(formData);
}

const regenerate = userAction(z.object({ classId: classIdSchema }), async ({ classId }, user) => {
  const joinCode = await regenerateJoinCode(user, classId);
  revalidateClass(classId);
  return { joinCode };
});

export async function regenerateJoinCodeAction(formData: FormData): Promise<ActionResult<{ joinCode: string }>> {
  return regenerate(formData);
}

const enableJoinCode = userAction(z.object({ classId: classIdSchema, isEnabled: flag }), async ({ classId, isEnabled }, user) => {
  await setJoinCodeEnabled(user, classId, isEnabled);
  return revalidateClass(classId);
});

export async function setJoinCodeEnabledAction(formData: FormData): Promise<ActionResult> {
  return enableJoinCode(formData);
}

const remove = userAction(
  z.object({ classId: classIdSchema, studentId: z.string().min(1).max(64) }),
  async ({ classId, studentId }, user) => {
    await removeStudent(user, classId, studentId);
    return revalidateClass(classId);
  },
);

export async function removeStudentAction(formData: FormData): Promise<ActionResult> {
  return remove(formData);
}

// Far more text than ROSTER_MAX names need, so an oversized paste still gets
// the roster parser's message with its line count.
const ROSTER_TEXT_MAX = 200_000;

const addStudents = userAction(
  z.object({
    classId: classIdSchema,
    roster: z
      .string({ error: "Paste at least one name, one per line." })
      .max(ROSTER_TEXT_MAX, `That is too much text. Paste at most ${ROSTER_MAX} names, one per line.`),
  }),
  async ({ classId, roster }, user) => {
    const students = await createStudents(user, classId, roster);
    revalidateClass(classId);
    return students;
  },
);

export async function createStudentsAction(formData: FormData): Promise<ActionResult<CreatedStudent[]>> {
  return addStudents(formData);
}
