// Explaining personal FSRS parameters to the learner they belong to.
import { firstGoodIntervalDays } from "./scheduler";

/** What each of FSRS-6's 21 weights governs, in plain words. */
export const PARAMETER_MEANING: readonly string[] = [
  "Starting memory after Again",
  "Starting memory after Hard",
  "Starting memory after Good",
  "Starting memory after Easy",
  "Starting difficulty",
  "How much the first rating sets difficulty",
  "How much each rating changes difficulty",
  "Pull of difficulty back to the start",
  "Growth of memory after a recall",
  "Less growth for stronger memories",
  "More growth when a card was nearly forgotten",
  "Memory left after forgetting",
  "Effect of difficulty after forgetting",
  "Effect of past strength after forgetting",
  "Effect of how close it was after forgetting",
  "Penalty for Hard",
  "Bonus for Easy",
  "Same-day reviews: size of the effect",
  "Same-day reviews: rating offset",
  "Same-day reviews: effect of past strength",
  "Shape of the forgetting curve",
];

export type ParameterChange = {
  /** Days FSRS aims for after a first Good, with the old and the new parameters. */
  before: number;
  after: number;
  /** after / before - 1, e.g. 0.12 = 12% later. */
  change: number;
  summary: string;
};

/**
 * How the new parameters change scheduling, in one sentence: the interval
 * after a first Good at the learner's desired retention, before and after.
 */
export function describeParameterChange(previous: readonly number[], current: readonly number[], desiredRetention: number): ParameterChange {
  const before = firstGoodIntervalDays({ desiredRetention, parameters: previous });
  const after = firstGoodIntervalDays({ desiredRetention, parameters: current });
  const change = after / before - 1;
  const percent = Math.round(Math.abs(change) * 100);
  const retention = `${Math.round(desiredRetention * 100)}% retention`;
  const summary =
    percent === 0
      ? `Your cards come back about when they did before, at ${retention}.`
      : `Your cards now come back about ${percent}% ${change > 0 ? "later" : "sooner"} at ${retention}: your memory ${
          change > 0 ? "holds better" : "fades faster"
        } than the defaults assume.`;
  return { before, after, change, summary };
}
