// The one wrapper around ts-fsrs: the rest of the code schedules cards only
// through these pure functions (inputs in, values out; `now` is passed in).
// Fuzz is off, so the same review on the same card always gives the same
// result: the server, the tests and a retried review agree.
import { CARD_STATE, type CardState, type SrsCard } from "./card";
import { computeDecayFactor, createEmptyCard, default_w, fsrs, type Card as FsrsCard, type FSRS, type Grade } from "ts-fsrs";

/** 1 Again, 2 Hard, 3 Good, 4 Easy (the values stored in ReviewLog.rating). */
export type Rating = 1 | 2 | 3 | 4;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];
export const RATING_LABEL: Record<Rating, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

/** What a review log stores besides who, what and when (ts-fsrs's log: the card as it was before the review). */
export type SrsLog = {
  rating: Rating;
  state: CardState;
  stability: number;
  fsrsDifficulty: number;
  elapsedDays: number;
  scheduledDays: number;
};

export type SchedulerSettings = {
  /** The probability of recalling a card when it comes back: 0.70-0.97. */
  desiredRetention: number;
  /** Personal FSRS weights (21 numbers) once optimized; the defaults otherwise. */
  parameters?: readonly number[] | null;
};

export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;
export const DEFAULT_RETENTION = 0.9;
/** FSRS-6's default weights, fitted by its authors on millions of reviews. */
export const DEFAULT_PARAMETERS: readonly number[] = [...default_w];

const schedulers = new Map<string, FSRS>();

function schedulerFor(settings: SchedulerSettings): FSRS {
  const retention = Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, settings.desiredRetention));
  const w = settings.parameters && settings.parameters.length > 0 ? [...settings.parameters] : [...DEFAULT_PARAMETERS];
  const key = `${retention}|${w.join(",")}`;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs({ request_retention: retention, w, enable_fuzz: false });
    if (schedulers.size > 200) schedulers.clear();
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

function toFsrs(card: SrsCard): FsrsCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.fsrsDifficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.lastReview ?? undefined,
  };
}

function fromFsrs(card: FsrsCard): SrsCard {
  return {
    due: new Date(card.due),
    stability: card.stability,
    fsrsDifficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardState,
    lastReview: card.last_review ? new Date(card.last_review) : null,
  };
}

/** A card never reviewed, due at `now`. */
export function newCard(now: Date): SrsCard {
  return fromFsrs(createEmptyCard(now));
}

/** When the card would come back after each rating (for the four buttons). */
export function previewIntervals(card: SrsCard, now: Date, settings: SchedulerSettings): Record<Rating, Date> {
  const preview = schedulerFor(settings).repeat(toFsrs(card), now);
  return {
    1: new Date(preview[1 as Grade].card.due),
    2: new Date(preview[2 as Grade].card.due),
    3: new Date(preview[3 as Grade].card.due),
    4: new Date(preview[4 as Grade].card.due),
  };
}

/** The card after a review at `now`, and the log to keep. */
export function review(card: SrsCard, rating: Rating, now: Date, settings: SchedulerSettings): { card: SrsCard; log: SrsLog } {
  const next = schedulerFor(settings).next(toFsrs(card), now, rating as Grade);
  return {
    card: fromFsrs(next.card),
    log: {
      rating,
      state: next.log.state as CardState,
      stability: next.log.stability,
      fsrsDifficulty: next.log.difficulty,
      elapsedDays: next.log.elapsed_days,
      scheduledDays: next.log.scheduled_days,
    },
  };
}

/** What retrievability needs of a card: how strong the memory was at its last review, and when that was. */
export type MemoryState = Pick<SrsCard, "stability" | "state" | "lastReview">;

/**
 * The probability that the learner recalls the card at `at`: ts-fsrs's own
 * retrievability on the learner's forgetting curve (their parameters' decay),
 * with the time since the last review counted in whole days and never below 0
 * (a moment before the last review reads as just reviewed, 1). A card never
 * reviewed (new, or without a last review) is 0. The desired retention plays
 * no part.
 */
export function retrievability(card: MemoryState, at: Date, settings: Pick<SchedulerSettings, "parameters"> = {}): number {
  if (card.state === CARD_STATE.new || !card.lastReview) return 0;
  const full: SrsCard = { ...newCard(card.lastReview), stability: card.stability, state: card.state, lastReview: card.lastReview };
  return schedulerFor({ desiredRetention: DEFAULT_RETENTION, parameters: settings.parameters }).get_retrievability(toFsrs(full), at, false);
}

/**
 * The interval, in days (unrounded), FSRS aims for after a first Good on a
 * new card: the memory a first Good starts with (w2), stretched or shrunk to
 * the desired retention by the learner's forgetting curve. A fair yardstick
 * for comparing two sets of parameters.
 */
export function firstGoodIntervalDays(settings: SchedulerSettings): number {
  const w = settings.parameters && settings.parameters.length > 0 ? settings.parameters : DEFAULT_PARAMETERS;
  const retention = Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, settings.desiredRetention));
  const { decay, factor } = computeDecayFactor(w);
  return (w[2]! / factor) * (Math.pow(retention, 1 / decay) - 1);
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "1 min", "10 min", "5 h", "3 d", "2 mo", "1.5 y": short enough for a button. */
export function formatInterval(ms: number): string {
  const value = Math.max(0, ms);
  if (value < HOUR_MS) return `${Math.max(1, Math.round(value / MINUTE_MS))} min`;
  if (value < DAY_MS) return `${Math.round(value / HOUR_MS)} h`;
  const days = value / DAY_MS;
  if (days < 30) return `${Math.round(days)} d`;
  if (days < 365) return `${Math.round(days / 30)} mo`;
  const years = Math.round((days / 365) * 10) / 10;
  return `${years} y`;
}
