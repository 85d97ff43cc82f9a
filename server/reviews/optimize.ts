import "server-only";
import {
  MIN_CARDS_FOR_OPTIMIZATION,
  MIN_REVIEWS_FOR_OPTIMIZATION,
  optimizeParameters,
  REVIEWS_BETWEEN_OPTIMIZATIONS,
  reviewsUntilOptimization,
} from "@/lib/srs/optimizer";
import { DEFAULT_PARAMETERS, type Rating } from "@/lib/srs/scheduler";
import { db } from "@/server/db/client";
import { readLearnerSettings } from "./settings";

const running = new Set<string>();

/**
 * Per learner, how many more reviews this process must store before it
 * looks again (counting a learner's reviews costs three queries; most
 * reviews cannot make optimizing due). Reviews stored through another
 * instance or by quiz answers are not seen here, so a check can come later
 * than it could, never earlier. Forgotten wholesale past WAITING_LIMIT learners.
 */
const waiting = new Map<string, number>();
const WAITING_LIMIT = 100_000;

export type OptimizeOutcome = { status: "optimized"; reviewCount: number; parameters: number[] } | { status: "skipped"; reason: string };

/**
 * Fits `userId`'s personal FSRS parameters when they have enough reviews
 * (MIN_REVIEWS_FOR_OPTIMIZATION over MIN_CARDS_FOR_OPTIMIZATION cards) and
 * REVIEWS_BETWEEN_OPTIMIZATIONS new ones since the last fit. Run in the
 * background after a batch of reviews (`stored` of them); the previous
 * parameters are kept to show the learner what changed. After a check that
 * found it not due, it looks again only once enough reviews were stored.
 */
export async function maybeOptimize(userId: string, now = new Date(), stored = 1): Promise<OptimizeOutcome> {
  const left = waiting.get(userId);
  if (left !== undefined && left > stored) {
    waiting.set(userId, left - stored);
    return { status: "skipped", reason: "waiting for more reviews" };
  }
  waiting.delete(userId);
  if (running.has(userId)) return { status: "skipped", reason: "already running" };
  running.add(userId);
  try {
    const [settings, reviewCount, cardGroups] = await Promise.all([
      readLearnerSettings(db(), userId),
      db().reviewLog.count({ where: { userId, undoneAt: null } }),
      db().reviewLog.groupBy({ by: ["cardId"], where: { userId, undoneAt: null } }),
    ]);
    const until = reviewsUntilOptimization({ reviewCount, cardCount: cardGroups.length, optimizedReviewCount: settings.optimizedReviewCount });
    if (until > 0) {
      if (waiting.size >= WAITING_LIMIT) waiting.clear();
      waiting.set(userId, until);
    }
    if (reviewCount < MIN_REVIEWS_FOR_OPTIMIZATION || cardGroups.length < MIN_CARDS_FOR_OPTIMIZATION) {
      return { status: "skipped", reason: "not enough reviews" };
    }
    if (settings.optimizedReviewCount !== null && reviewCount - settings.optimizedReviewCount < REVIEWS_BETWEEN_OPTIMIZATIONS) {
      return { status: "skipped", reason: "optimized recently" };
    }
    const logs = await db().reviewLog.findMany({
      where: { userId, undoneAt: null },
      orderBy: { reviewedAt: "asc" },
      select: { cardId: true, rating: true, reviewedAt: true },
    });
    const parameters = await optimizeParameters(logs.map((log) => ({ cardId: log.cardId, rating: log.rating as Rating, reviewedAt: log.reviewedAt })));
    const data = {
      parameters,
      previousParameters: settings.parameters ?? [...DEFAULT_PARAMETERS],
      optimizedAt: now,
      optimizedReviewCount: reviewCount,
    };
    await db().learnerSettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
    return { status: "optimized", reviewCount, parameters };
  } finally {
    running.delete(userId);
  }
}
