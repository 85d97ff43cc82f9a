"use server";

import { z } from "zod";
import { classIdSchema } from "@/lib/classes/validation";
import { userAction } from "@/server/actions/action";
import { createForecastReview } from "@/server/reports/forecast-review";
import { requestTimeZone } from "@/server/time-zone";
import { revalidateClass } from "../../revalidate-class";

/**
 * Creates the review assignment of the facts below 70% on the day; the form
 * then opens it. The day is checked by createForecastReview
 * (lib/reports/forecast-day.ts), which says what is wrong with it.
 */
export const createForecastReviewAction = userAction(
  z.object({ classId: classIdSchema, day: z.string({ error: "Pick a day." }).max(40, "Pick a day.") }),
  async ({ classId, day }, user) => {
    const { id } = await createForecastReview(user, classId, { day, timeZone: await requestTimeZone() }, new Date());
    revalidateClass(classId);
    return { path: `/classes/${classId}/assignments/${id}` };
  },
);
