// Assignment rules and dates. Dates are entered as local date-times in the
// teacher's time zone and stored as instants.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";

export const ASSIGNMENT_MODES = ["quiz", "flashcards", "both"] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];
export const REVEAL_OPTIONS = ["after-each", "at-end"] as const;
export type RevealAnswers = (typeof REVEAL_OPTIONS)[number];

export const QUESTION_COUNT_MAX = 200;
export const ATTEMPTS_MAX = 10;
export const TITLE_MAX = 120;

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

/** "2026-11-27T09:00" in "Africa/Nairobi" → the instant; null if not a valid date-time. */
export function localToInstant(local: string, timeZone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match || !isTimeZone(timeZone)) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const date = new TZDate(year, month - 1, day, hour, minute, timeZone);
  // Reject dates that rolled over (31 February) so what is stored is what was typed.
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return new Date(date.getTime());
}

/** The instant as "2026-11-27T09:00" in the time zone, for a datetime-local input. */
export function instantToLocal(instant: Date, timeZone: string): string {
  const date = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "Thu, Nov 27, 9:00 AM EAT": a due date as people read it, in the given zone. */
export function formatInstant(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(instant);
}

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter ${label}.` })
    .int(`${label[0]!.toUpperCase()}${label.slice(1)} must be a whole number.`)
    .min(min, `${label[0]!.toUpperCase()}${label.slice(1)} must be at least ${min}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} must be at most ${max}.`);

/** The assignment form, as the teacher fills it in. */
export const assignmentInputSchema = z
  .object({
    setSlug: z.string().trim().min(1, "Choose a set.").max(200),
    /** A subset of the set's items; empty means the whole set. */
    itemIds: z.array(z.string().min(1).max(64)).max(1000).default([]),
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
  .transform((input, context) => {
    const opensAt = localToInstant(input.opensAt, input.timeZone);
    const dueAt = localToInstant(input.dueAt, input.timeZone);
    if (!opensAt) context.addIssue({ code: "custom", path: ["opensAt"], message: "That opening date does not exist." });
    if (!dueAt) context.addIssue({ code: "custom", path: ["dueAt"], message: "That due date does not exist." });
    if (opensAt && dueAt && dueAt.getTime() <= opensAt.getTime()) {
      context.addIssue({ code: "custom", path: ["dueAt"], message: "The due date must be after the opening date." });
    }
    if (!opensAt || !dueAt) return z.NEVER;
    return { ...input, opensAt, dueAt };
  });

export type AssignmentInput = z.output<typeof assignmentInputSchema>;

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
