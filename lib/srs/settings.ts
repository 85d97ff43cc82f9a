// A learner's scheduling settings: the rules the settings form and the data
// layer both validate with.
import { z } from "zod";
import { DEFAULT_RETENTION, MAX_RETENTION, MIN_RETENTION } from "./scheduler";

export const DEFAULT_NEW_CARDS_PER_DAY = 20;
export const DEFAULT_MAX_REVIEWS_PER_DAY = 200;

/** A number from a form field or JSON; an empty field is missing, not 0. */
function numberField<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);
}

/** A whole number from `min` to `max`, with a message for each bound. */
function wholeNumberField(min: number, max: number, belowMin: string, aboveMax: string) {
  const message = `Enter a whole number from ${min} to ${max}.`;
  return numberField(z.coerce.number({ message }).int(message).min(min, belowMin).max(max, aboveMax));
}

/** The two daily limits: their bounds, and how the settings form explains them. */
export const DAILY_LIMITS = {
  newCardsPerDay: { min: 0, max: 500, label: "New cards per day", hint: "How many cards you see for the first time each day, 0 to 500." },
  maxReviewsPerDay: {
    min: 1,
    max: 9999,
    label: "Maximum reviews per day",
    hint: "The most cards you review in a day, new ones included, 1 to 9999. Cards over the limit wait for the next day.",
  },
} as const;

export const learnerSettingsSchema = z.object({
  desiredRetention: numberField(
    z.coerce
      .number({ message: "Enter a number between 0.70 and 0.97." })
      .min(MIN_RETENTION, "Desired retention must be at least 0.70.")
      .max(MAX_RETENTION, "Desired retention can be at most 0.97."),
  ),
  newCardsPerDay: wholeNumberField(DAILY_LIMITS.newCardsPerDay.min, DAILY_LIMITS.newCardsPerDay.max, "New cards per day cannot be negative.", "New cards per day can be at most 500."),
  maxReviewsPerDay: wholeNumberField(DAILY_LIMITS.maxReviewsPerDay.min, DAILY_LIMITS.maxReviewsPerDay.max, "Allow at least 1 review a day.", "Maximum reviews per day can be at most 9999."),
});

export type LearnerSettingsInput = z.infer<typeof learnerSettingsSchema>;

export const DEFAULT_LEARNER_SETTINGS: LearnerSettingsInput = {
  desiredRetention: DEFAULT_RETENTION,
  newCardsPerDay: DEFAULT_NEW_CARDS_PER_DAY,
  maxReviewsPerDay: DEFAULT_MAX_REVIEWS_PER_DAY,
};
