"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { classIdSchema } from "@/lib/classes/validation";
import { userAction } from "@/server/actions/action";
import { createForecastReview } from "@/server/reports/forecast-review";
import { requestTimeZone } from "@/server/time-zone";
import { revalidateClass } from "../../revalidate-class";

// The day is checked by createForecastReview (lib/reports/forecast-day.ts), which says what is wrong with it.
const create = userAction(z.object({ classId: classIdSchema, day: z.string({ error: "Pick a day." }).max(40, "Pick a day.") }), async ({ classId, day }, user) => {
  const { id } = await createForecastReview(user, classId, { day, timeZone: await requestTimeZone() }, new Date());
  revalidateClass(classId);
  return { id, classId };
});

/** Creates the review assignment of the facts below 70% on the day, then opens it. */
export async function createForecastReviewAction(formData: FormData): Promise<ActionResult<{ id: string; classId: string }>> {
  const result = await create(formData);
  if (!result.ok) return result;
  redirect(`/classes/${result.data.classId}/assignments/${result.data.id}`);
}
