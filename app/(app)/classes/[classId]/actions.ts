"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteClassSchema } from "@/lib/account/data-rights";
import type { ActionResult } from "@/lib/actions/result";
import { ALLOW_REPEATED_NAMES, ROSTER_MAX } from "@/lib/classes/roster";
import { classIdSchema, classNameSchema } from "@/lib/classes/validation";
import { userAction } from "@/server/actions/action";
import { revalidateClass } from "../revalidate-class";
import { createStudents } from "@/server/classes/create-students";
import { resetStudentPassword } from "@/server/classes/reset-student-password";
import { deleteClass, regenerateJoinCode, removeStudent, renameClass, setClassArchived, setJoinCodeEnabled } from "@/server/classes/manage-class";

const flag = z.enum(["true", "false"]).transform((value) => value === "true");

export const renameClassAction = userAction(z.object({ classId: classIdSchema, name: classNameSchema }), async ({ classId, name }, user) => {
  await renameClass(user, classId, name);
  return revalidateClass(classId);
});

export const setClassArchivedAction = userAction(z.object({ classId: classIdSchema, isArchived: flag }), async ({ classId, isArchived }, user) => {
  await setClassArchived(user, classId, isArchived);
  return revalidateClass(classId);
});

export const regenerateJoinCodeAction = userAction(z.object({ classId: classIdSchema }), async ({ classId }, user) => {
  const joinCode = await regenerateJoinCode(user, classId);
  revalidateClass(classId);
  return { joinCode };
});

export const setJoinCodeEnabledAction = userAction(z.object({ classId: classIdSchema, isEnabled: flag }), async ({ classId, isEnabled }, user) => {
  await setJoinCodeEnabled(user, classId, isEnabled);
  return revalidateClass(classId);
});

export const removeStudentAction = userAction(
  z.object({ classId: classIdSchema, studentId: z.string().min(1).max(64) }),
  async ({ classId, studentId }, user) => {
    await removeStudent(user, classId, studentId);
    return revalidateClass(classId);
  },
);

// Far more text than ROSTER_MAX names need, so an oversized paste still gets
// the roster parser's message with its line count.
const ROSTER_TEXT_MAX = 200_000;

export const createStudentsAction = userAction(
  z.object({
    classId: classIdSchema,
    roster: z
      .string({ error: "Paste at least one name, one per line." })
      .max(ROSTER_TEXT_MAX, `That is too much text. Paste at most ${ROSTER_MAX} names, one per line.`),
    [ALLOW_REPEATED_NAMES]: z.literal("true").optional(),
  }),
  async ({ classId, roster, allowRepeatedNames }, user) => {
    const students = await createStudents(user, classId, roster, { allowRepeatedNames: allowRepeatedNames === "true" });
    revalidateClass(classId);
    return students;
  },
);


export const resetStudentPasswordAction = userAction(
  z.object({ classId: classIdSchema, studentId: z.string().min(1).max(64) }),
  async ({ classId, studentId }, user) => {
    const student = await resetStudentPassword(user, classId, studentId);
    revalidateClass(classId);
    return student;
  },
);

const removeClass = userAction(deleteClassSchema, async ({ classId, confirmation }, user) => deleteClass(user, classId, confirmation));

/** Deletes the class once its name was typed, then goes to the list of classes, which says so. */
export async function deleteClassAction(formData: FormData): Promise<ActionResult<unknown>> {
  const result = await removeClass(formData);
  if (!result.ok) return result;
  revalidatePath("/classes", "layout");
  revalidatePath("/account");
  redirect("/classes?deleted=1");
}
