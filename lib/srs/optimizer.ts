// Fits FSRS parameters to one learner's own review history, with the FSRS
// optimizer (fsrs-rs, through @open-spaced-repetition/binding).
import type * as Binding from "@open-spaced-repetition/binding";
import type { Rating } from "./scheduler";

/**
 * Below this many reviews (spread over at least MIN_CARDS_FOR_OPTIMIZATION
 * cards) a learner keeps the default parameters. The optimizer fits how
 * often memories fail after a given delay, so it needs enough lapses (Again
 * ratings after a real delay) to fit anything; with a few dozen reviews it
 * mostly fits noise. FSRS's authors suggest at least several hundred reviews
 * before optimizing; 400 is at the low end of that, chosen so a student who
 * reviews daily gets personal parameters within a term.
 */
export const MIN_REVIEWS_FOR_OPTIMIZATION = 400;
export const MIN_CARDS_FOR_OPTIMIZATION = 50;
/** Optimize again only after this many new reviews: the fit changes little sooner. */
export const REVIEWS_BETWEEN_OPTIMIZATIONS = 100;

/**
 * How many more reviews a learner must store before optimizing could be
 * due: 0 when it is due now. With `reviewCount` kept reviews over
 * `cardCount` cards, last fitted at `optimizedReviewCount` (null: never),
 * each new review adds at most one review and one card, so no fewer can do.
 */
export function reviewsUntilOptimization(history: { reviewCount: number; cardCount: number; optimizedReviewCount: number | null }): number {
  const { reviewCount, cardCount, optimizedReviewCount } = history;
  const forMinimum = Math.max(MIN_REVIEWS_FOR_OPTIMIZATION - reviewCount, MIN_CARDS_FOR_OPTIMIZATION - cardCount, 0);
  const sinceLast = optimizedReviewCount === null ? 0 : Math.max(REVIEWS_BETWEEN_OPTIMIZATIONS - (reviewCount - optimizedReviewCount), 0);
  return Math.max(forMinimum, sinceLast);
}

export type HistoryReview = { cardId: string; rating: Rating; reviewedAt: Date };

const DAY_MS = 86_400_000;

/** Whole calendar days (UTC) between two instants, as FSRS counts delta_t. */
function utcDaysBetween(earlier: Date, later: Date): number {
  const start = Date.UTC(earlier.getUTCFullYear(), earlier.getUTCMonth(), earlier.getUTCDate());
  const end = Date.UTC(later.getUTCFullYear(), later.getUTCMonth(), later.getUTCDate());
  return Math.max(0, Math.round((end - start) / DAY_MS));
}

/**
 * The optimizer's training set: for every review of a card after its first,
 * the card's history up to and including that review (fsrs-rs trains on
 * each prefix). Prefixes without a review on a later day teach it nothing
 * about long-term memory and are left out.
 */
export type TrainingReview = { rating: Rating; deltaT: number };

export function trainingItems(history: readonly HistoryReview[]): TrainingReview[][] {
  const byCard = new Map<string, HistoryReview[]>();
  for (const review of history) {
    const list = byCard.get(review.cardId);
    if (list) list.push(review);
    else byCard.set(review.cardId, [review]);
  }
  const items: TrainingReview[][] = [];
  for (const reviews of byCard.values()) {
    reviews.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const sequence = reviews.map((review, index) => ({
      rating: review.rating,
      deltaT: index === 0 ? 0 : utcDaysBetween(reviews[index - 1]!.reviewedAt, review.reviewedAt),
    }));
    for (let end = 2; end <= sequence.length; end++) {
      const prefix = sequence.slice(0, end);
      if (prefix.slice(1).some((review) => review.deltaT > 0)) items.push(prefix);
    }
  }
  return items;
}

/** The 21 FSRS parameters that best fit `history` (every non-undone review, of every card). */
export async function optimizeParameters(history: readonly HistoryReview[]): Promise<number[]> {
  // Loaded on first use, at run time: the binding is a native/WASI module that
  // only this function needs, so the server bundle neither includes it nor
  // loads it for every review request.
  const binding: typeof Binding = await import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ "@open-spaced-repetition/binding"
  );
  const items = trainingItems(history).map(
    (sequence) => new binding.FSRSBindingItem(sequence.map((review) => new binding.FSRSBindingReview(review.rating, review.deltaT))),
  );
  return binding.computeParameters(items, { enableShortTerm: true });
}
