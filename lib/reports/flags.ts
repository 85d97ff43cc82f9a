// The warnings on a question of the item analysis, each with its reason in
// words. A flag is raised only from a figure that has a value, so never below
// the minimum number of answers that figure needs (decision 011).
import { percent } from "@/lib/progress/describe";
import { ITEM_ANALYSIS_MINIMUMS, type ItemAnalysis, type ItemAnalysisMinimums, type OptionAnalysis } from "./item-analysis";

export const ITEM_FLAG_KINDS = [
  "negative-discrimination",
  "low-efficiency",
  "distractor-chosen-by-strong",
  "non-functioning-distractor",
  "too-easy",
  "too-hard",
] as const;
export type ItemFlagKind = (typeof ITEM_FLAG_KINDS)[number];

/** `option`: the option the flag is about, for the distractor flags. */
export type ItemFlag = { kind: ItemFlagKind; option: string | null; reason: string };

/** Moodle's "dubious question" rule (statistics_table.php, is_dubious_question). */
export const EFFICIENCY_FLAG_BELOW = 15;
export const FACILITY_FLAG_ABOVE = 0.95;
export const FACILITY_FLAG_BELOW = 0.2;
/** A distractor chosen by fewer than this share of the students who answered does not work. */
export const NON_FUNCTIONING_SHARE_BELOW = 0.05;

const twoDecimals = (value: number) => value.toFixed(2);
const oneDecimal = (value: number) => value.toFixed(1);

/**
 * The flags of one analysed question, in the order of ITEM_FLAG_KINDS.
 * "Non-functioning distractor" waits for the discrimination minimum, like
 * the other distractor flag: with fewer answers, an option nobody chose may
 * just be one few students would choose. A true-false question is not flagged
 * for a rarely chosen wrong value: it has no other to offer, and its facility
 * flag says the same.
 */
export function itemFlags(analysis: ItemAnalysis, minimums: ItemAnalysisMinimums = ITEM_ANALYSIS_MINIMUMS): ItemFlag[] {
  const flags: ItemFlag[] = [];
  const { discrimination, efficiency, facility } = analysis;
  if (discrimination.status === "ok" && discrimination.value < 0) {
    flags.push({
      kind: "negative-discrimination",
      option: null,
      reason: `Discrimination is ${oneDecimal(discrimination.value)}: students who did worse on the other questions got this one right more often than those who did better. Check the key and the wording.`,
    });
  }
  if (efficiency.status === "ok" && efficiency.value < EFFICIENCY_FLAG_BELOW) {
    flags.push({
      kind: "low-efficiency",
      option: null,
      reason: `Discriminative efficiency is ${oneDecimal(efficiency.value)}, under ${EFFICIENCY_FLAG_BELOW}: the question tells students who know the material from those who do not far less than it could.`,
    });
  }
  const distractors = analysis.responses.kind === "options" ? analysis.responses.options.filter((option) => !option.isCorrect) : [];
  for (const option of distractors) {
    if (option.pointBiserial.status === "ok" && option.pointBiserial.value > 0) {
      flags.push({
        kind: "distractor-chosen-by-strong",
        option: option.option,
        reason: `“${option.option}” was chosen more by students with higher scores (point-biserial ${twoDecimals(option.pointBiserial.value)}): it may be defensible, or the key may be wrong.`,
      });
    }
  }
  if (analysis.type !== "true-false" && analysis.answered >= minimums.discrimination) {
    for (const option of distractors) {
      const reason = nonFunctioningReason(option, analysis.answered);
      if (reason) flags.push({ kind: "non-functioning-distractor", option: option.option, reason });
    }
  }
  if (facility.status === "ok" && facility.value > FACILITY_FLAG_ABOVE) {
    flags.push({
      kind: "too-easy",
      option: null,
      reason: `Facility ${twoDecimals(facility.value)} (${analysis.correct} of ${analysis.n} right): it tells students apart very little.`,
    });
  }
  if (facility.status === "ok" && facility.value < FACILITY_FLAG_BELOW) {
    flags.push({
      kind: "too-hard",
      option: null,
      reason: `Facility ${twoDecimals(facility.value)} (${analysis.correct} of ${analysis.n} right): check the key, the wording, and whether the fact was taught.`,
    });
  }
  return flags;
}

function nonFunctioningReason(option: OptionAnalysis, answered: number): string | null {
  if (option.share.status !== "ok" || option.share.value >= NON_FUNCTIONING_SHARE_BELOW) return null;
  const chosen = option.count === 0 ? "was chosen by no one" : `was chosen by ${option.count} of ${answered} (${percent(option.share.value)})`;
  return `“${option.option}” ${chosen}: it does not distract; a more plausible wrong answer would.`;
}
