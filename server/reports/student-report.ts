import "server-only";
import type { AssignmentMode, Standing } from "@/lib/classes/assignment";
import { activityEvents, ACTIVITY_DAYS, lastActiveAt, type ActivityEvent } from "@/lib/reports/activity";
import { studentScores, type AttemptChoice, type CountedAttempt } from "@/lib/reports/attempt-choice";
import { attemptsByCell, compareByDue, gradebookCell, type CardWork, type GradebookAttempt, type QuizCell } from "@/lib/reports/gradebook";
import { defaultForecastDay, forecastInstant } from "@/lib/reports/memory-forecast";
import { weakestFacts, type WeakestFacts } from "@/lib/reports/student-report";
import { CARD_SELECT, cardFromRow } from "@/lib/srs/card";
import type { SessionUser } from "@/server/auth/session";
import { cardWorkOf } from "@/server/assignments/card-work";
import { getResettableStudent, type ResettableStudent } from "@/server/classes/reset-student-password";
import { db } from "@/server/db/client";
import { itemIdsFrom } from "@/server/items/json-columns";
import { readLearnerSettings } from "@/server/reviews/settings";
import { REPORT_ASSIGNMENT } from "./gradebook";
import { quizWork } from "./quiz-work";

/** How many of the latest reviews and answers the page lists. */
export const RECENT_ACTIVITY_SHOWN = 10;

export type StudentAssignmentReport = {
  id: string;
  title: string;
  mode: AssignmentMode;
  opensAt: Date;
  dueAt: Date;
  standing: Standing;
  attemptsUsed: number;
  attemptsAllowed: number;
  /** The first, best and latest finished attempts with their scores; null for flashcards only. */
  scores: Record<AttemptChoice, CountedAttempt<GradebookAttempt> | null> | null;
  quiz: QuizCell | null;
  cards: CardWork | null;
};

export type RecentActivity = ActivityEvent & { prompt: string | null; isCorrect: boolean | null };

export type StudentReport = {
  student: ResettableStudent;
  assignments: StudentAssignmentReport[];
  /** The assigned facts they will remember least on `day`, a week from today (decision 015), with the fact's statement. */
  facts: Omit<WeakestFacts, "weakest"> & { day: string; weakest: Array<WeakestFacts["weakest"][number] & { statement: string }> };
  /** Reviews (not undone) and quiz answers of the last ACTIVITY_DAYS days, the latest first. */
  activity: { days: number; events: ActivityEvent[]; lastActiveAt: Date | null; recent: RecentActivity[] };
};

const DAY_MS = 86_400_000;

/**
 * One student of `actor`'s class as their teacher sees them: the class's
 * assignments (not withdrawn) with their standing and first, best and
 * latest scores; the facts of the assigned items they are least likely to
 * recall a week from today (in `timeZone`, the teacher's), as the class
 * forecast's default day; their recent activity. NotFoundError for another teacher or a
 * student who is not in the class.
 */
export async function getStudentReport(
  actor: SessionUser,
  classId: string,
  studentId: string,
  { now = new Date(), timeZone = "UTC" }: { now?: Date; timeZone?: string } = {},
): Promise<StudentReport> {
  const student = await getResettableStudent(actor, classId, studentId);
  const rows = await db().assignment.findMany({ where: { classId, withdrawnAt: null }, select: { ...REPORT_ASSIGNMENT, attemptsAllowed: true } });
  const attempts = attemptsByCell(
    await quizWork(
      rows.map((row) => row.id),
      [studentId],
    ),
  );
  const cards = await cardWorkOf([studentId], rows);
  const assignments = rows
    .map((row) => ({ ...row, pool: itemIdsFrom(row.itemIds) }))
    .sort(compareByDue)
    .map((row): StudentAssignmentReport => {
      const own = attempts.get(`${studentId}:${row.id}`) ?? [];
      const hidden = new Set(itemIdsFrom(row.hiddenItemIds));
      const cell = gradebookCell(row, own, cards.get(`${studentId}:${row.id}`), "first", hidden, now);
      return {
        id: row.id,
        title: row.title,
        mode: row.mode,
        opensAt: row.opensAt,
        dueAt: row.dueAt,
        standing: cell.standing,
        attemptsUsed: own.length,
        attemptsAllowed: row.attemptsAllowed,
        scores: cell.quiz ? studentScores(own, hidden) : null,
        quiz: cell.quiz,
        cards: cell.cards,
      };
    });
  const assigned = [...new Set(rows.flatMap((row) => itemIdsFrom(row.itemIds)))];
  return {
    student,
    assignments,
    facts: await assignedFacts(studentId, assigned, defaultForecastDay(now, timeZone), timeZone),
    activity: await recentActivity(studentId, now),
  };
}

/**
 * The facts of the assigned items, each with the student's cards of every
 * item that asks it (retired ones too: memory of a fact through a retired
 * question is still memory, decision 012), ranked by weakestFacts. Four queries.
 */
async function assignedFacts(studentId: string, assigned: string[], day: string, timeZone: string): Promise<StudentReport["facts"]> {
  if (assigned.length === 0) return { day, weakest: [], studied: 0, notStudied: 0 };
  const factIds = [...new Set((await db().itemFact.findMany({ where: { itemId: { in: assigned } }, select: { factId: true } })).map((row) => row.factId))];
  const links = await db().itemFact.findMany({ where: { factId: { in: factIds } }, select: { factId: true, itemId: true, fact: { select: { statement: true, position: true } } } });
  const cards = new Map(
    (
      await db().card.findMany({
        where: { userId: studentId, itemId: { in: [...new Set(links.map((link) => link.itemId))] } },
        select: { itemId: true, ...CARD_SELECT },
      })
    ).map((row) => [row.itemId, cardFromRow(row)]),
  );
  const facts = new Map<string, { statement: string; position: number; itemIds: string[] }>();
  for (const link of links) {
    const fact = facts.get(link.factId) ?? { ...link.fact, itemIds: [] };
    fact.itemIds.push(link.itemId);
    facts.set(link.factId, fact);
  }
  // In the content's order, so facts of equal recall keep it.
  const ordered = [...facts].sort(([, a], [, b]) => a.position - b.position);
  const { parameters } = await readLearnerSettings(db(), studentId);
  const ranked = weakestFacts(
    ordered.map(([factId, fact]) => ({ factId, cards: fact.itemIds.flatMap((itemId) => cards.get(itemId) ?? []) })),
    forecastInstant(day, timeZone)!,
    parameters,
  );
  return { day, ...ranked, weakest: ranked.weakest.map((fact) => ({ ...fact, statement: facts.get(fact.factId)!.statement })) };
}

/** The student's reviews and quiz answers of the last ACTIVITY_DAYS days. Three queries. */
async function recentActivity(studentId: string, now: Date): Promise<StudentReport["activity"]> {
  const since = new Date(now.getTime() - ACTIVITY_DAYS * DAY_MS);
  const reviews = await db().reviewLog.findMany({
    where: { userId: studentId, origin: "flashcard", reviewedAt: { gte: since } },
    select: { reviewedAt: true, origin: true, undoneAt: true, itemId: true },
  });
  const answers = await db().attemptAnswer.findMany({
    where: { attempt: { studentId }, answeredAt: { gte: since } },
    select: { answeredAt: true, itemId: true, isCorrect: true },
  });
  const events = activityEvents(
    reviews.map((review) => ({ ...review, studentId })),
    answers.map((answer) => ({ ...answer, studentId })),
  ).sort((a, b) => b.at.getTime() - a.at.getTime());
  // The events keep no item: pair each with its row again to name the question.
  const details = [
    ...reviews.filter((review) => review.undoneAt === null).map((review) => ({ at: review.reviewedAt, kind: "review" as const, itemId: review.itemId, isCorrect: null })),
    ...answers.map((answer) => ({ at: answer.answeredAt, kind: "quizAnswer" as const, itemId: answer.itemId, isCorrect: answer.isCorrect })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, RECENT_ACTIVITY_SHOWN);
  const prompts = new Map(
    details.length === 0
      ? []
      : (await db().item.findMany({ where: { id: { in: [...new Set(details.map((row) => row.itemId))] } }, select: { id: true, prompt: true } })).map((item) => [item.id, item.prompt]),
  );
  return {
    days: ACTIVITY_DAYS,
    events,
    lastActiveAt: lastActiveAt(events).get(studentId) ?? null,
    recent: details.map((row) => ({ studentId, at: row.at, kind: row.kind, isCorrect: row.isCorrect, prompt: prompts.get(row.itemId) ?? null })),
  };
}
