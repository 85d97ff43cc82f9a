"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { quizResponseSchema } from "@/lib/quiz/response";
import { userAction } from "@/server/actions/action";
import { answerQuestion, finishAttempt } from "@/server/attempts/answer-question";
import { startAttempt } from "@/server/attempts/start-attempt";
import { startPractice } from "@/server/attempts/start-practice";

const idSchema = z.string().min(1).max(64);

const startAssignment = userAction(z.object({ assignmentId: idSchema }), async ({ assignmentId }, user) => {
  const started = await startAttempt(user, assignmentId, new Date());
  revalidatePath(`/assignments/${assignmentId}`);
  revalidatePath("/home");
  return started;
});

/** "Start quiz" / "Continue quiz" on an assignment: opens the attempt, or says why not (attempts used up...). */
export async function startAssignmentQuizAction(_previous: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  const result = await startAssignment(formData);
  if (!result.ok) return result;
  redirect(`/quiz/${encodeURIComponent(result.data.id)}`);
}

const practice = userAction(z.object({ setSlug: z.string().min(1).max(200) }), async ({ setSlug }, user) => startPractice(user, setSlug, new Date()));

/** "Practice this set": a practice quiz on the set. */
export async function startPracticeAction(_previous: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  const result = await practice(formData);
  if (!result.ok) return result;
  redirect(`/quiz/${encodeURIComponent(result.data.id)}`);
}

export const answerQuestionAction = userAction(z.object({ attemptId: idSchema, itemId: idSchema, response: quizResponseSchema }), ({ attemptId, itemId, response }, user) =>
  answerQuestion(user, attemptId, itemId, response, new Date()),
);

/** Saves one answer; the server grades it. */

export const finishAttemptAction = userAction(z.object({ attemptId: idSchema }), async ({ attemptId }, user) => {
  const finished = await finishAttempt(user, attemptId, new Date());
  revalidatePath(`/quiz/${attemptId}`);
  return finished;
});

