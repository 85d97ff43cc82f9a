// Assignment rules and dates. Dates are entered as local date-times in the
// teacher's time zone and stored as instants.
import { isTimeZone, LOCAL_DATE_TIME, localToInstant } from "@/lib/time/zone";
import { z } from "zod";

export const ASSIGNMENT_MODES = ["quiz", "flashcards", "both"] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];
export const REVEAL_OPTIONS = ["after-each", "at-end"] as const;
export type RevealAnswers = (typeof REVEAL_OPTIONS)[number];

/**
 * What one student has done of an assignment: its quiz (when the mode has
 * one) and its flashcards (when the mode has them: `reviewed` of `total`
 * cards reviewed since the assignment opened).
 */
export type AssignmentWork = {
  mode: AssignmentMode;
  quiz: { isStarted: boolean; isFinished: boolean };
  cards: { reviewed: number; total: number };
};

export const hasQuiz = (mode: AssignmentMode) => mode !== "flashcards";
export const hasFlashcards = (mode: AssignmentMode) => mode !== "quiz";

/** Every part the mode asks for is done: the quiz finished once, every card reviewed. */
export function isWorkDone(work: AssignmentWork): boolean {
  const quizDone = !hasQuiz(work.mode) || work.quiz.isFinished;
  const cardsDone = !hasFlashcards(work.mode) || work.cards.reviewed >= work.cards.total;
  return quizDone && cardsDone;
}

export function isWorkStarted(work: AssignmentWork): boolean {
  return (hasQuiz(work.mode) && work.quiz.isStarted) || (hasFlashcards(work.mode) && work.cards.reviewed > 0);
}

/** Where one student stands on an assignment: done (whatever the dates say), or what is left to do. */
export type Standing = "done" | "overdue" | "in-progress" | "to-do" | "not-open";

export function standingOf(status: AssignmentStatus, work: AssignmentWork): Standing {
  if (isWorkDone(work)) return "done";
  if (status === "overdue") return "overdue";
  if (status === "upcoming") return "not-open";
  return isWorkStarted(work) ? "in-progress" : "to-do";
}

export const QUESTION_COUNT_MAX = 200;
export const ATTEMPTS_MAX = 10;
export const TITLE_MAX = 120;

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter ${label}.` })
    .int(`${label[0]!.toUpperCase()}${label.slice(1)} must be a whole number.`)
    .min(min, `${label[0]!.toUpperCase()}${label.slice(1)} must be at least ${min}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} must be at most ${max}.`);

/** The form's dates as instants, once each of them is filled in (null for a local time that does not exist in the zone). */
function instantsOf(value: unknown): { opensAt: Date | null; dueAt: Date | null } | null {
  const { opensAt, dueAt, timeZone } = (value ?? {}) as Record<string, unknown>;
  if (typeof opensAt !== "string" || typeof dueAt !== "string" || typeof timeZone !== "string") return null;
  if (!LOCAL_DATE_TIME.test(opensAt) || !LOCAL_DATE_TIME.test(dueAt) || !isTimeZone(timeZone)) return null;
  return { opensAt: localToInstant(opensAt, timeZone), dueAt: localToInstant(dueAt, timeZone) };
}

// The date checks run whenever both dates are filled in, even while another
// field is wrong (zod skips an object's refinements once a field fails
// unless told `when`): the teacher sees every error at once.
const whenDatesFilled = { when: (payload: { value: unknown }) => instantsOf(payload.value) !== null };

/** The assignment form, as the teacher fills it in. */
export const assignmentInputSchema = z
  .object({
    setSlug: z.string().trim().min(1, "Choose a set.").max(200),
    /** A subset of the set's items; empty means the whole set. */
    itemIds: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string().min(1).max(64)).max(1000)),
    title: z.string().trim().max(TITLE_MAX, `Titles have at most ${TITLE_MAX} characters.`).default(""),
    mode: z.enum(ASSIGNMENT_MODES, { error: "Choose quiz, flashcards or both." }),
    opensAt: z.string().regex(LOCAL_DATE_TIME, "Enter when it opens."),
    dueAt: z.string().regex(LOCAL_DATE_TIME, "Enter when it is due."),
    timeZone: z.string().refine(isTimeZone, "Unknown time zone."),
    questionCount: wholeNumber("the number of questions", 1, QUESTION_COUNT_MAX),
    attemptsAllowed: wholeNumber("the number of attempts", 1, ATTEMPTS_MAX),
    revealAnswers: z.enum(REVEAL_OPTIONS, { error: "Choose when answers are shown." }),
    shuffle: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
  })
  .refine((input) => instantsOf(input)!.opensAt !== null, { path: ["opensAt"], message: "That opening date does not exist.", ...whenDatesFilled })
  .refine((input) => instantsOf(input)!.dueAt !== null, { path: ["dueAt"], message: "That due date does not exist.", ...whenDatesFilled })
  .refine(
    (input) => {
      const { opensAt, dueAt } = instantsOf(input)!;
      return !opensAt || !dueAt || dueAt.getTime() > opensAt.getTime();
    },
    { path: ["dueAt"], message: "The due date must be after the opening date.", ...whenDatesFilled },
  )
  .transform((input) => {
    // Every check above passed: both dates exist.
    const { opensAt, dueAt } = instantsOf(input)!;
    return { ...input, opensAt: opensAt!, dueAt: dueAt! };
  });

export type AssignmentInput = z.output<typeof assignmentInputSchema>;

/** Whether a due date as typed (local, in `timeZone`) has already passed at `now`: the form warns before assigning work that is overdue at once. */
export function isDueDatePast(dueAt: string, timeZone: string, now: Date): boolean {
  const instant = LOCAL_DATE_TIME.test(dueAt) && isTimeZone(timeZone) ? localToInstant(dueAt, timeZone) : null;
  return instant !== null && instant.getTime() <= now.getTime();
}

export type AssignmentStatus = "upcoming" | "open" | "overdue";

export function assignmentStatus(assignment: { opensAt: Date; dueAt: Date }, now: Date): AssignmentStatus {
  if (now.getTime() < assignment.opensAt.getTime()) return "upcoming";
  return now.getTime() > assignment.dueAt.getTime() ? "overdue" : "open";
}

/** For a student's list: what can be done now first (overdue, then nearest due), then what opens later. */
export function compareForStudent(now: Date) {
  return (a: { opensAt: Date; dueAt: Date }, b: { opensAt: Date; dueAt: Date }) => {
    const rank = (x: { opensAt: Date; dueAt: Date }) => (assignmentStatus(x, now) === "upcoming" ? 1 : 0);
    return rank(a) - rank(b) || a.dueAt.getTime() - b.dueAt.getTime() || a.opensAt.getTime() - b.opensAt.getTime();
  };
}
