"use server";

import { revalidatePath } from "next/cache";
import { learnerSettingsSchema } from "@/lib/srs/settings";
import { userAction } from "@/server/actions/action";
import { updateLearnerSettings } from "@/server/reviews/settings";

export const saveLearnerSettingsAction = userAction(learnerSettingsSchema, async (input, user) => {
  const saved = await updateLearnerSettings(user, input);
  revalidatePath("/settings/learning");
  revalidatePath("/review");
  revalidatePath("/home");
  return saved;
});
