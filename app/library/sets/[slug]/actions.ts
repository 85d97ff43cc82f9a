"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { userAction } from "@/server/actions/action";
import { studySet } from "@/server/reviews/review-queue";

const study = userAction(z.object({ setSlug: z.string().min(1).max(200) }), async ({ setSlug }, user) => studySet(user, setSlug, new Date()));

/** Adds the set's cards to the learner's reviews, then opens the review session. */
export async function studySetAction(input: { setSlug: string }): Promise<ActionResult<{ added: number; total: number }>> {
  const result = await study(input);
  if (!result.ok) return result;
  revalidatePath("/home");
  revalidatePath("/review");
  redirect("/review");
}
