import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { MIN_CARDS_FOR_OPTIMIZATION, MIN_REVIEWS_FOR_OPTIMIZATION } from "@/lib/srs/optimizer";
import type { SchedulerSettings } from "@/lib/srs/scheduler";
import { DEFAULT_LEARNER_SETTINGS, learnerSettingsSchema, type LearnerSettingsInput } from "@/lib/srs/settings";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";

type Reader = Pick<Prisma.TransactionClient, "learnerSettings">;

export type LearnerSettings = LearnerSettingsInput & {
  /** Personal FSRS parameters, or null while the defaults are used. */
  parameters: number[] | null;
  previousParameters: number[] | null;
  optimizedAt: Date | null;
  optimizedReviewCount: number | null;
};

function numbers(value: unknown): number[] | null {
  return Array.isArray(value) && value.every((entry) => typeof entry === "number") ? (value as number[]) : null;
}

/** `userId`'s settings, or the defaults when they never changed them. */
export async function readLearnerSettings(client: Reader, userId: string): Promise<LearnerSettings> {
  const row = await client.learnerSettings.findUnique({
    where: { userId },
    select: {
      desiredRetention: true,
      newCardsPerDay: true,
      maxReviewsPerDay: true,
      parameters: true,
      previousParameters: true,
      optimizedAt: true,
      optimizedReviewCount: true,
    },
  });
  if (!row) return { ...DEFAULT_LEARNER_SETTINGS, parameters: null, previousParameters: null, optimizedAt: null, optimizedReviewCount: null };
  return { ...row, parameters: numbers(row.parameters), previousParameters: numbers(row.previousParameters) };
}

export function schedulerSettings(settings: LearnerSettings): SchedulerSettings {
  return { desiredRetention: settings.desiredRetention, parameters: settings.parameters };
}

export type LearnerSettingsView = LearnerSettings & { reviewCount: number; cardCount: number; minReviews: number; minCards: number };

/** The acting learner's settings with their progress toward personal parameters. */
export async function getLearnerSettings(actor: SessionUser): Promise<LearnerSettingsView> {
  const [settings, reviewCount, cards] = await Promise.all([
    readLearnerSettings(db(), actor.id),
    db().reviewLog.count({ where: { userId: actor.id, undoneAt: null } }),
    db().card.count({ where: { userId: actor.id, reps: { gt: 0 } } }),
  ]);
  return { ...settings, reviewCount, cardCount: cards, minReviews: MIN_REVIEWS_FOR_OPTIMIZATION, minCards: MIN_CARDS_FOR_OPTIMIZATION };
}

/** Saves the acting learner's settings (validated again here: the data layer trusts no caller). */
export async function updateLearnerSettings(actor: SessionUser, input: LearnerSettingsInput): Promise<LearnerSettingsInput> {
  const data = learnerSettingsSchema.parse(input);
  await db().learnerSettings.upsert({ where: { userId: actor.id }, create: { userId: actor.id, ...data }, update: data });
  return data;
}
