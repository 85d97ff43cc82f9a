// Item analysis of one assignment's quiz: per question, how hard it was and
// how well it told students who know the material from those who do not;
// per option, who chose it; and for the whole quiz, the spread of scores and
// how consistent the questions are with each other.
//
// The formulas are Moodle's (question/classes/statistics/questions/calculator.php
// and mod/quiz/report/statistics/classes/calculator.php) and, per option,
// Canvas Classic's point-biserial (Quizzes::QuizStatistics::ItemAnalysis).
// Decision 011 gives the minimum numbers of answers and the rules below.
//
// Rules:
// - The input is one counted attempt per student (lib/reports/attempt-choice.ts);
//   unfinished attempts are left out here too.
// - Questions the teacher has hidden are left out of everything: their rows,
//   every score and every rest score.
// - A question an attempt asked but the student left blank is a mark of 0, in
//   the attempt's score and in the question's facility, discrimination and
//   efficiency (as in Moodle). It is not an answer: it is in `n` but not in
//   `answered`, and not in the option shares or point-biserials (as in Canvas).
// - A question an attempt did not ask (an assignment of 10 questions drawn from
//   a pool of 20) is not in that attempt's figures for it at all.
// - No figure is ever NaN or infinite: below its minimum it is "too-few", and
//   where it has no value (everyone right, every score the same) it is
//   "no-value" with the reason in words.
import { normalizeAnswer } from "@/lib/quiz/answer-match";
import type { Item, ItemType } from "@/lib/quiz/types";
import { scoreOf, type ReportAnswer, type ReportAttempt } from "./attempt-choice";

/** Marks before a question's facility, its option shares and the quiz's mean and SD are shown. */
export const MIN_ANSWERS_FOR_FACILITY = 10;
/** Marks before discrimination, efficiency, point-biserials, the distractor flags and the CIC are shown. */
export const MIN_ANSWERS_FOR_DISCRIMINATION = 15;

export type ItemAnalysisMinimums = { facility: number; discrimination: number };

export const ITEM_ANALYSIS_MINIMUMS: ItemAnalysisMinimums = {
  facility: MIN_ANSWERS_FOR_FACILITY,
  discrimination: MIN_ANSWERS_FOR_DISCRIMINATION,
};

/** A figure, or why there is none: fewer answers than `needed`, or no value for the `reason` given. */
export type Statistic =
  | { status: "ok"; value: number }
  | { status: "too-few"; n: number; needed: number }
  | { status: "no-value"; reason: string };

/** One option of a choice, true-false or multi-select question. */
export type OptionAnalysis = {
  /** The option's text; "True" and "False" for a true-false question. */
  option: string;
  isCorrect: boolean;
  /** Students who chose it. */
  count: number;
  /** count ÷ answered (blanks left out), 0 to 1. */
  share: Statistic;
  /** Canvas's point-biserial of choosing it against the total score, −1 to 1. */
  pointBiserial: Statistic;
};

/** A wrong typed or cloze answer, with the answers that read the same once normalized. */
export type WrongAnswer = {
  /** The spelling typed most often in its group (of equal counts, the first in code-unit order). */
  text: string;
  count: number;
};

export type ResponseBreakdown =
  /** `unlisted`: answers naming an option the question no longer has (given to an earlier version of it); their other choices still count. */
  | { kind: "options"; options: OptionAnalysis[]; unlisted: number }
  /** Most common first. */
  | { kind: "typed"; wrongAnswers: WrongAnswer[] }
  | { kind: "none" };

export type ItemAnalysis = {
  itemId: string;
  type: ItemType;
  /** Counted attempts that asked the question: one mark each, a blank being 0. */
  n: number;
  /** Of those, the ones that answered it. */
  answered: number;
  /** Marks of 1. */
  correct: number;
  /** Moodle's facility index: the mean mark, 0 to 1. */
  facility: Statistic;
  /** Moodle's discrimination index: 100 × the correlation of the mark with the rest of the test, −100 to 100. */
  discrimination: Statistic;
  /** Moodle's discriminative efficiency: 100 × the covariance over the largest it could be for these marks. */
  efficiency: Statistic;
  responses: ResponseBreakdown;
};

/** Scores from `from` (included) to `to` (excluded, but the last bin includes 100 %). */
export type ScoreBin = { from: number; to: number; label: string; count: number };

export type QuizSummary = {
  /** Counted attempts with a score (an attempt whose every question is hidden has none). */
  attempts: number;
  /** Mean score, 0 to 1. */
  mean: Statistic;
  /** Sample standard deviation of the scores, 0 to 1. */
  standardDeviation: Statistic;
  /** Moodle's coefficient of internal consistency, in percent (at most 100; can be negative). */
  consistency: Statistic;
  histogram: ScoreBin[];
};

export type AssignmentAnalysis = { items: ItemAnalysis[]; quiz: QuizSummary };

export type ItemAnalysisInput = {
  /** The assignment's items, in the order the rows should come. */
  items: readonly Item[];
  /** One counted attempt per student. */
  attempts: readonly ReportAttempt[];
  hiddenItemIds: ReadonlySet<string>;
  /** ITEM_ANALYSIS_MINIMUMS unless given. */
  minimums?: ItemAnalysisMinimums;
};

export const SCORE_BIN_COUNT = 10;

/** One counted attempt as the statistics see it. */
type MarkedAttempt = {
  /** Marks of the questions it asked that are not hidden: 1 right, 0 wrong or blank. */
  marks: Map<string, number>;
  answers: Map<string, ReportAnswer>;
  total: number;
};

const ok = (value: number): Statistic => ({ status: "ok", value });
const tooFew = (n: number, needed: number): Statistic => ({ status: "too-few", n, needed });
const noValue = (reason: string): Statistic => ({ status: "no-value", reason });

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const mean = (values: readonly number[]) => sum(values) / values.length;
const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const isConstant = (values: readonly number[]) => values.every((value) => value === values[0]);

/** Σ (a − ā)(b − b̄) ÷ (n − 1): the sample covariance (the sample variance when a is b). */
function sampleCovariance(a: readonly number[], b: readonly number[]): number {
  const meanA = mean(a);
  const meanB = mean(b);
  return sum(a.map((value, index) => (value - meanA) * (b[index]! - meanB))) / (a.length - 1);
}

export function analyzeAssignment(input: ItemAnalysisInput): AssignmentAnalysis {
  const minimums = input.minimums ?? ITEM_ANALYSIS_MINIMUMS;
  for (const [name, value] of Object.entries(minimums)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`The ${name} minimum must be a whole number of at least 1, not ${value}.`);
  }
  const marked = input.attempts.filter((attempt) => attempt.finishedAt !== null).map((attempt) => markAttempt(attempt, input.hiddenItemIds));
  return {
    items: input.items.filter((item) => !input.hiddenItemIds.has(item.id)).map((item) => analyzeItem(item, marked, minimums)),
    quiz: summarizeQuiz(marked, minimums),
  };
}

function markAttempt(attempt: ReportAttempt, hiddenItemIds: ReadonlySet<string>): MarkedAttempt {
  const answers = new Map(attempt.answers.map((answer) => [answer.itemId, answer]));
  const marks = new Map<string, number>();
  for (const itemId of attempt.itemIds) {
    if (!hiddenItemIds.has(itemId)) marks.set(itemId, answers.get(itemId)?.isCorrect ? 1 : 0);
  }
  return { marks, answers, total: scoreOf(attempt, hiddenItemIds).correct };
}

function analyzeItem(item: Item, attempts: readonly MarkedAttempt[], minimums: ItemAnalysisMinimums): ItemAnalysis {
  const asked = attempts.filter((attempt) => attempt.marks.has(item.id));
  const marks = asked.map((attempt) => attempt.marks.get(item.id)!);
  const rest = asked.map((attempt, index) => attempt.total - marks[index]!);
  const answered = asked.filter((attempt) => attempt.answers.has(item.id));
  const n = asked.length;
  return {
    itemId: item.id,
    type: item.type,
    n,
    answered: answered.length,
    correct: sum(marks),
    facility: n < minimums.facility ? tooFew(n, minimums.facility) : ok(mean(marks)),
    ...discriminationOf(marks, rest, minimums.discrimination),
    responses: responseBreakdown(item, answered, minimums),
  };
}

/** Why marks against rest scores cannot show how a question separates students, or null when they can. */
function spreadProblem(marks: readonly number[], rest: readonly number[]): string | null {
  if (marks.length < 2) return "One answer cannot show how the question separates students.";
  if (isConstant(marks)) {
    return marks[0] === 1 ? "Every student got it right, so it cannot tell students apart." : "No student got it right, so it cannot tell students apart.";
  }
  if (isConstant(rest)) return "Every student has the same score on the other questions, so there is nothing to compare it with.";
  return null;
}

/**
 * Moodle's discrimination index D = 100·Cov(x, X) / √(Var(x)·Var(X)) and
 * discriminative efficiency E = 100·Cov(x, X) / Cov_max, with x the marks,
 * X the rest scores (total − mark) and Cov_max the covariance of x and X
 * each sorted on its own, the largest any pairing of these marks and rest
 * scores could have. Sample (n − 1) covariances, as Moodle's.
 */
function discriminationOf(marks: readonly number[], rest: readonly number[], needed: number): { discrimination: Statistic; efficiency: Statistic } {
  if (marks.length < needed) return { discrimination: tooFew(marks.length, needed), efficiency: tooFew(marks.length, needed) };
  const problem = spreadProblem(marks, rest);
  if (problem) return { discrimination: noValue(problem), efficiency: noValue(problem) };
  const covariance = sampleCovariance(marks, rest);
  const largest = sampleCovariance(ascending(marks), ascending(rest));
  return {
    discrimination: ok((100 * covariance) / Math.sqrt(sampleCovariance(marks, marks) * sampleCovariance(rest, rest))),
    efficiency: ok((100 * covariance) / largest),
  };
}

type OptionKey = { option: string; isCorrect: boolean };

/** The options of a question with options, and a function from a response to the options it chose (null: not a response to it). */
function optionsOf(item: Item): { options: OptionKey[]; chosen: (answer: ReportAnswer) => string[] | null } | null {
  switch (item.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
      return {
        options: item.options.map((option) => ({ option, isCorrect: option === item.answer })),
        chosen: ({ response }) => (response.type === item.type ? [response.choice] : null),
      };
    case "multi-select":
      return {
        options: item.options.map((option) => ({ option, isCorrect: item.answers.includes(option) })),
        chosen: ({ response }) => (response.type === "multi-select" ? response.choices : null),
      };
    case "true-false":
      return {
        options: [
          { option: "True", isCorrect: item.answer },
          { option: "False", isCorrect: !item.answer },
        ],
        chosen: ({ response }) => (response.type === "true-false" ? [response.value ? "True" : "False"] : null),
      };
    default:
      return null;
  }
}

function responseBreakdown(item: Item, answered: readonly MarkedAttempt[], minimums: ItemAnalysisMinimums): ResponseBreakdown {
  if (item.type === "typed-answer" || item.type === "cloze") {
    return { kind: "typed", wrongAnswers: wrongAnswersOf(answered.map((attempt) => attempt.answers.get(item.id)!)) };
  }
  const shape = optionsOf(item);
  if (!shape) return { kind: "none" };
  const listed = new Set(shape.options.map((key) => key.option));
  const choices = answered.map((attempt) => shape.chosen(attempt.answers.get(item.id)!));
  const totals = answered.map((attempt) => attempt.total);
  const n = answered.length;
  const options = shape.options.map(({ option, isCorrect }) => {
    const chose = choices.map((chosen) => chosen?.includes(option) ?? false);
    const count = chose.filter(Boolean).length;
    return {
      option,
      isCorrect,
      count,
      share: n < minimums.facility ? tooFew(n, minimums.facility) : ok(count / n),
      pointBiserial: pointBiserialOf(chose, totals, minimums.discrimination),
    };
  });
  const unlisted = choices.filter((chosen) => chosen === null || chosen.some((option) => !listed.has(option))).length;
  return { kind: "options", options, unlisted };
}

/**
 * Canvas Classic's point-biserial of one option:
 * r = (M_chose − M_other) / σ · √(p(1 − p)), with M the mean total scores of
 * the students who chose it and of the others who answered, p the share who
 * chose it, and σ the population SD of the answering students' totals.
 * Canvas takes σ over every submission; over the same students as M and p,
 * as here, r is exactly Pearson's correlation of "chose it" with the total
 * (the same figure when every student answered).
 */
function pointBiserialOf(chose: readonly boolean[], totals: readonly number[], needed: number): Statistic {
  const n = totals.length;
  if (n < needed) return tooFew(n, needed);
  const chosen = totals.filter((_, index) => chose[index]);
  const others = totals.filter((_, index) => !chose[index]);
  if (chosen.length === 0) return noValue("No student chose it.");
  if (others.length === 0) return noValue("Every student who answered chose it.");
  const totalMean = mean(totals);
  const sigma = Math.sqrt(sum(totals.map((total) => (total - totalMean) ** 2)) / n);
  if (sigma === 0) return noValue("Every student who answered has the same score.");
  const p = chosen.length / n;
  return ok(((mean(chosen) - mean(others)) / sigma) * Math.sqrt(p * (1 - p)));
}

const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Wrong typed answers grouped by their normalized form (lib/quiz/answer-match.ts), most common first. */
function wrongAnswersOf(answers: readonly ReportAnswer[]): WrongAnswer[] {
  const groups = new Map<string, Map<string, number>>();
  for (const { response, isCorrect } of answers) {
    if (isCorrect || (response.type !== "typed-answer" && response.type !== "cloze")) continue;
    const text = response.text.trim();
    // An answer of punctuation alone normalizes to "": it groups with itself (a normalized form always has a letter or digit).
    const normalized = normalizeAnswer(text);
    const key = normalized === "" ? text : normalized;
    const spellings = groups.get(key) ?? new Map<string, number>();
    spellings.set(text, (spellings.get(text) ?? 0) + 1);
    groups.set(key, spellings);
  }
  const wrong = [...groups.values()].map((spellings) => {
    const [text] = [...spellings].sort(([a, countA], [b, countB]) => countB - countA || codeUnitOrder(a, b))[0]!;
    return { text, count: sum([...spellings.values()]) };
  });
  return wrong.sort((a, b) => b.count - a.count || codeUnitOrder(a.text, b.text));
}

function binLabel(index: number): string {
  return `${(index * 100) / SCORE_BIN_COUNT}–${((index + 1) * 100) / SCORE_BIN_COUNT}%`;
}

function summarizeQuiz(attempts: readonly MarkedAttempt[], minimums: ItemAnalysisMinimums): QuizSummary {
  const scored = attempts.filter((attempt) => attempt.marks.size > 0);
  const fractions = scored.map((attempt) => attempt.total / attempt.marks.size);
  const histogram = Array.from({ length: SCORE_BIN_COUNT }, (_, index) => ({
    from: index / SCORE_BIN_COUNT,
    to: (index + 1) / SCORE_BIN_COUNT,
    label: binLabel(index),
    count: 0,
  }));
  for (const attempt of scored) {
    // Whole numbers, so a score exactly on a boundary (7 of 10) lands in the bin it starts; 100 % goes in the last bin.
    histogram[Math.min(SCORE_BIN_COUNT - 1, Math.floor((attempt.total * SCORE_BIN_COUNT) / attempt.marks.size))]!.count += 1;
  }
  const n = scored.length;
  const enough = n >= minimums.facility;
  return {
    attempts: n,
    mean: enough ? ok(mean(fractions)) : tooFew(n, minimums.facility),
    standardDeviation: !enough
      ? tooFew(n, minimums.facility)
      : n < 2
        ? noValue("One attempt has no spread.")
        : ok(Math.sqrt(sampleCovariance(fractions, fractions))),
    consistency: consistencyOf(scored, minimums.discrimination),
    histogram,
  };
}

/**
 * Moodle's CIC = 100 · p/(p − 1) · (1 − Σ Var(xᵢ) / k₂), with p the number of
 * questions, Var(xᵢ) the sample variance of question i's marks and k₂ the
 * sample variance of the totals. Moodle computes it from three attempts on.
 * It needs every attempt to have asked the same questions.
 */
function consistencyOf(attempts: readonly MarkedAttempt[], needed: number): Statistic {
  if (attempts.length < needed) return tooFew(attempts.length, needed);
  const itemIds = [...attempts[0]!.marks.keys()].sort();
  const sameQuestions = attempts.every((attempt) => attempt.marks.size === itemIds.length && itemIds.every((itemId) => attempt.marks.has(itemId)));
  if (!sameQuestions) return noValue("Students were asked different questions, so their scores are not from one test.");
  if (itemIds.length < 2) return noValue("One question cannot be consistent with others.");
  if (attempts.length < 3) return noValue("It needs at least three attempts.");
  const totals = attempts.map((attempt) => attempt.total);
  const totalVariance = sampleCovariance(totals, totals);
  if (totalVariance === 0) return noValue("Every student has the same score.");
  const itemVariances = itemIds.map((itemId) => {
    const marks = attempts.map((attempt) => attempt.marks.get(itemId)!);
    return sampleCovariance(marks, marks);
  });
  const p = itemIds.length;
  return ok(((100 * p) / (p - 1)) * (1 - sum(itemVariances) / totalVariance));
}

/**
 * The bands of Moodle's guide (docs.moodle.org/28/en/Development:Quiz_report_statistics):
 * over 75 % is satisfactory, under 64 % unsatisfactory. Between them is the
 * project's own "borderline".
 */
export const CONSISTENCY_SATISFACTORY = 75;
export const CONSISTENCY_UNSATISFACTORY = 64;

/** The CIC in one plain sentence for the page. */
export function describeConsistency(consistency: Statistic): string {
  switch (consistency.status) {
    case "too-few":
      return `Not enough attempts to judge how consistent the questions are: ${consistency.n} of the ${consistency.needed} needed.`;
    case "no-value":
      return `No consistency figure: ${consistency.reason}`;
    case "ok": {
      // Rounded down, so that the figure never shows a band's lower bound it has not reached.
      const figure = `${Math.floor(consistency.value)}%`;
      if (consistency.value >= CONSISTENCY_SATISFACTORY) {
        return `Consistent enough to rank students (${figure}): the questions agree on who knows the material.`;
      }
      if (consistency.value >= CONSISTENCY_UNSATISFACTORY) {
        return `Borderline (${figure}): the scores rank students only roughly; more questions on the same material would help.`;
      }
      return `Not consistent enough to rank students (${figure}): with few questions, or questions on different things, a student's score depends much on which questions were asked.`;
    }
  }
}

/** For sorting the table hardest first: lowest facility first, questions without a facility last. */
export function compareHardestFirst(a: ItemAnalysis, b: ItemAnalysis): number {
  // Below the minimum the share right is not shown as a statistic, but it still orders the rows as the counts read.
  const shareRight = (item: ItemAnalysis) => (item.facility.status === "ok" ? item.facility.value : item.n > 0 ? item.correct / item.n : Number.POSITIVE_INFINITY);
  const facilityA = shareRight(a);
  const facilityB = shareRight(b);
  if (facilityA === facilityB) return 0;
  return facilityA < facilityB ? -1 : 1;
}
