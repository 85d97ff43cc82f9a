import "server-only";
import { revalidatePath } from "next/cache";

/** After a change to a class (its name, roster, join code or assignments), its pages and the list of classes show it. */
export function revalidateClass(classId: string): undefined {
  revalidatePath("/classes");
  revalidatePath(`/classes/${classId}`, "layout");
}
