"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { learnerSettingsSchema, type LearnerSettingsInput } from "@/lib/srs/settings";
import { userAction } from "@/server/actions/action";
import { updateLearnerSettings } from "@/server/reviews/settings";

const save = userAction(learnerSettingsSchema, async (input, user) => updateLearnerSettings(user, input));

export async function saveLearningSettings(formData: FormData): Promise<ActionResult<LearnerSettingsInput>> {
  const result = await save(formData);
  if (result.ok) {
    revalidatePath("/settings/learning");
    revalidatePath("/review");
    revalidatePath("/home");
  }
  return result;
}
