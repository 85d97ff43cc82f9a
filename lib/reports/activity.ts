// A class's activity per calendar day: flashcard reviews, quiz answers and
// how many students did either. Pure: the caller passes the timestamps, `now`
// and the teacher's time zone; days are counted as the progress page counts
// them (lib/progress entriesPerDay).
import { entriesPerDay } from "@/lib/progress/progress";
import { plural } from "@/lib/progress/describe";
import { dayLabel } from "@/lib/time/calendar";

/** The activity chart covers this many days, today last. */
export const ACTIVITY_DAYS = 30;

/** A review log. A quiz answer also writes one (origin "quiz"); it is counted as the answer, not again as a review. */
export type ActivityReview = { studentId: string; reviewedAt: Date; origin: "flashcard" | "quiz"; undoneAt?: Date | null };

/** A saved answer to a quiz question (an assignment's or a practice quiz's). */
export type ActivityAnswer = { studentId: string; answeredAt: Date };

/** One thing a student did: a flashcard review (not undone) or a quiz answer. */
export type ActivityEvent = { studentId: string; at: Date; kind: "review" | "quizAnswer" };

export type ActivityDay = { date: string; reviews: number; quizAnswers: number; activeStudents: number };

export type ClassActivity = {
  days: ActivityDay[];
  /** Totals over the days. */
  reviews: number;
  quizAnswers: number;
  /** Students active on at least one of the days. */
  activeStudents: number;
  /** Students in the class. */
  students: number;
};

export type ActivityInput = {
  studentIds: readonly string[];
  reviews: readonly ActivityReview[];
  answers: readonly ActivityAnswer[];
};

/**
 * What counts as activity: flashcard reviews that were not undone and quiz
 * answers. Undone reviews count for nothing; quiz-origin review logs are the
 * answers' own and are left out so an answer counts once.
 */
export function activityEvents(reviews: readonly ActivityReview[], answers: readonly ActivityAnswer[]): ActivityEvent[] {
  return [
    ...reviews.filter((log) => log.origin === "flashcard" && log.undoneAt == null).map((log) => ({ studentId: log.studentId, at: log.reviewedAt, kind: "review" as const })),
    ...answers.map((answer) => ({ studentId: answer.studentId, at: answer.answeredAt, kind: "quizAnswer" as const })),
  ];
}

/** Each student's latest activity; students never active are missing. */
export function lastActiveAt(events: readonly ActivityEvent[]): Map<string, Date> {
  const latest = new Map<string, Date>();
  for (const { studentId, at } of events) {
    const seen = latest.get(studentId);
    if (!seen || at > seen) latest.set(studentId, at);
  }
  return latest;
}

/** The class's activity on each of the last `days` days in the time zone, today last; only the listed students count. */
export function classActivity({ studentIds, reviews, answers }: ActivityInput, now: Date, timeZone: string, days = ACTIVITY_DAYS): ClassActivity {
  const roster = new Set(studentIds);
  const events = activityEvents(reviews, answers).filter((event) => roster.has(event.studentId));
  const active = new Set<string>();
  const perDay = entriesPerDay(events, (event) => event.at, now, timeZone, days).map(({ date, entries }) => {
    const students = new Set(entries.map((event) => event.studentId));
    for (const student of students) active.add(student);
    const reviewCount = entries.filter((event) => event.kind === "review").length;
    return { date, reviews: reviewCount, quizAnswers: entries.length - reviewCount, activeStudents: students.size };
  });
  return {
    days: perDay,
    reviews: perDay.reduce((sum, day) => sum + day.reviews, 0),
    quizAnswers: perDay.reduce((sum, day) => sum + day.quizAnswers, 0),
    activeStudents: active.size,
    students: roster.size,
  };
}

/** "412 reviews and 230 quiz answers in the last 30 days; 18 of 25 students active; most active on Nov 12 (9 students)." */
export function describeActivity(activity: ClassActivity): string {
  const span = `the last ${plural(activity.days.length, "day")}`;
  if (activity.reviews + activity.quizAnswers === 0) return `No reviews or quiz answers in ${span}.`;
  const top = activity.days.reduce((best, day) => (day.activeStudents > best.activeStudents ? day : best));
  return `${plural(activity.reviews, "review")} and ${plural(activity.quizAnswers, "quiz answer")} in ${span}; ${activity.activeStudents} of ${plural(
    activity.students,
    "student",
  )} active; most active on ${dayLabel(top.date)} (${plural(top.activeStudents, "student")}).`;
}
