import "server-only";
import { articlePageHref } from "@/lib/quiz/feedback";
import { DEFAULT_ATTEMPT_CHOICE, studentScores, type AttemptChoice, type ReportAttempt, type ScoredAttempt } from "@/lib/reports/attempt-choice";
import { attemptStudentId, deletedStudentsOf } from "@/lib/reports/deleted-student";
import { studentStatus, timeSpentMs, type QuestionRow, type StudentRow } from "@/lib/reports/assignment-report";
import { itemFlags } from "@/lib/reports/flags";
import { analyzeAssignment, type QuizSummary } from "@/lib/reports/item-analysis";
import type { FeedbackSource } from "@/lib/quiz/feedback";
import type { ArticleKind, ConflictKind, FactKind } from "@/lib/content/types";
import { itemSourceOf, type Item } from "@/lib/quiz/types";
import type { SessionUser } from "@/server/auth/session";
import { findOwnAssignment } from "@/server/classes/access";
import { db } from "@/server/db/client";
import { itemFromPayload, itemIdsFrom, responseFrom } from "@/server/items/json-columns";

/** One quoted sentence behind a fact, linked to its highlighted place in the article. */
export type ReportEvidence = FeedbackSource & { side: string | null; sideIsError: boolean };

/** A fact behind a question, as a teacher needs it to judge a flag. */
export type ReportFact = {
  id: string;
  statement: string;
  kind: FactKind;
  voice: string | null;
  conflict: { kind: ConflictKind; about: string; correction: string | null; note: string | null } | null;
  /** Supporting quotes first, then each side of a conflict, in the content's order. */
  evidence: ReportEvidence[];
};

export type ReportQuestion = QuestionRow & { facts: ReportFact[] };

export type AssignmentReport = {
  id: string;
  title: string;
  classId: string;
  className: string;
  timeZone: string;
  dueAt: Date;
  questionCount: number;
  attemptsAllowed: number;
  choice: AttemptChoice;
  students: StudentRow[];
  /** Counted attempts (one per student with a finished attempt). */
  countedAttempts: number;
  /** Attempts by students who have left the class: kept, but not in the report (a deleted student's are: decision 021). */
  formerStudentAttempts: number;
  /** Questions the teacher took out (decision 017): in no score or figure, listed to be put back. */
  hiddenQuestions: Array<{ item: Item; position: number }>;
  questions: ReportQuestion[];
  quiz: QuizSummary;
};

const evidenceSelect = {
  id: true,
  quote: true,
  side: true,
  sideIsError: true,
  article: {
    select: { slug: true, title: true, titleIsSupplied: true, outlet: true, citedAs: true, republishedFrom: true, author: true, published: true, kind: true },
  },
} as const;

/**
 * The report on one of `actor`'s assignments: each current student's status,
 * scores and time spent, and those of students who deleted their account
 * (without answers, so not in the item analysis); the item analysis of the counted attempts (the
 * first, unless the teacher chooses best or latest), with flags and the facts
 * behind each question; and the quiz's score spread. Four queries whatever
 * the class size: the ownership check, the assignment with its members and
 * every attempt's answers, the items, and the facts with their evidence.
 */
export async function getAssignmentReport(
  actor: SessionUser,
  assignmentId: string,
  options: { choice?: AttemptChoice } = {},
): Promise<AssignmentReport> {
  await findOwnAssignment(actor, assignmentId);
  const choice = options.choice ?? DEFAULT_ATTEMPT_CHOICE;
  const row = await db().assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: {
      id: true,
      title: true,
      timeZone: true,
      dueAt: true,
      questionCount: true,
      attemptsAllowed: true,
      itemIds: true,
      hiddenItemIds: true,
      class: { select: { id: true, name: true, members: { select: { student: { select: { id: true, name: true, username: true } } } } } },
      attempts: {
        select: {
          id: true,
          studentId: true,
          deletedStudentKey: true,
          rightItemIds: true,
          startedAt: true,
          finishedAt: true,
          itemIds: true,
          answers: { select: { itemId: true, response: true, isCorrect: true } },
        },
        orderBy: [{ startedAt: "asc" }, { id: "asc" }],
      },
    },
  });

  const pool = itemIdsFrom(row.itemIds);
  const hiddenItemIds: ReadonlySet<string> = new Set(itemIdsFrom(row.hiddenItemIds));
  const itemRows = await db().item.findMany({ where: { id: { in: pool } }, select: { id: true, payload: true } });
  const itemsById = new Map(itemRows.map((item) => [item.id, itemFromPayload(item.payload)]));
  const items = pool.flatMap((id) => (itemsById.has(id) ? [itemsById.get(id)!] : []));
  const factsByItem = await loadFacts(pool);

  const memberIds = new Set(row.class.members.map((member) => member.student.id));
  const attemptsByStudent = new Map<string, ReportAttempt[]>();
  // A deleted student's kept attempts: only their right answers are left, enough for a score.
  const deletedAttempts = new Map<string, ScoredAttempt[]>();
  let formerStudentAttempts = 0;
  for (const attempt of row.attempts) {
    const studentId = attemptStudentId(attempt);
    if (attempt.studentId === null && studentId !== null) {
      const kept: ScoredAttempt = {
        id: attempt.id,
        startedAt: attempt.startedAt,
        finishedAt: attempt.finishedAt,
        itemIds: itemIdsFrom(attempt.itemIds),
        answers: attempt.rightItemIds === null ? [] : itemIdsFrom(attempt.rightItemIds).map((itemId) => ({ itemId, isCorrect: true })),
      };
      deletedAttempts.set(studentId, [...(deletedAttempts.get(studentId) ?? []), kept]);
      continue;
    }
    if (studentId === null || !memberIds.has(studentId)) {
      formerStudentAttempts += 1;
      continue;
    }
    const reportAttempt: ReportAttempt = {
      id: attempt.id,
      startedAt: attempt.startedAt,
      finishedAt: attempt.finishedAt,
      itemIds: itemIdsFrom(attempt.itemIds),
      answers: attempt.answers.map((answer) => ({ itemId: answer.itemId, response: responseFrom(answer.response), isCorrect: answer.isCorrect })),
    };
    attemptsByStudent.set(studentId, [...(attemptsByStudent.get(studentId) ?? []), reportAttempt]);
  }

  const countedAttempts: ReportAttempt[] = [];
  const members = row.class.members
    .map(({ student }): StudentRow => {
      const attempts = attemptsByStudent.get(student.id) ?? [];
      const scores = studentScores(attempts, hiddenItemIds);
      const counted = scores[choice];
      if (counted) countedAttempts.push(counted.attempt);
      return {
        studentId: student.id,
        name: student.name,
        username: student.username,
        isDeleted: false,
        status: studentStatus(attempts),
        attempts: attempts.length,
        scores,
        counted,
        timeSpentMs: timeSpentMs(attempts),
        linkedAttemptId: counted?.attempt.id ?? attempts.at(-1)?.id ?? null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }) || a.username.localeCompare(b.username, "en"));
  const deleted = deletedStudentsOf(deletedAttempts.keys()).map((student): StudentRow => {
    const attempts = deletedAttempts.get(student.id)!;
    const scores = studentScores(attempts, hiddenItemIds);
    return {
      studentId: student.id,
      name: student.name,
      username: student.username,
      isDeleted: true,
      status: studentStatus(attempts),
      attempts: attempts.length,
      scores,
      counted: scores[choice],
      timeSpentMs: timeSpentMs(attempts),
      linkedAttemptId: null,
    };
  });
  const students = [...members, ...deleted];

  const analysis = analyzeAssignment({ items, attempts: countedAttempts, hiddenItemIds });
  const positions = new Map(pool.map((id, index) => [id, index + 1]));
  const questions = analysis.items.map(
    (itemAnalysis): ReportQuestion => ({
      item: itemsById.get(itemAnalysis.itemId)!,
      position: positions.get(itemAnalysis.itemId)!,
      analysis: itemAnalysis,
      flags: itemFlags(itemAnalysis),
      facts: inItemOrder(itemsById.get(itemAnalysis.itemId)!, factsByItem.get(itemAnalysis.itemId) ?? []),
    }),
  );

  return {
    id: row.id,
    title: row.title,
    classId: row.class.id,
    className: row.class.name,
    timeZone: row.timeZone,
    dueAt: row.dueAt,
    questionCount: row.questionCount,
    attemptsAllowed: row.attemptsAllowed,
    choice,
    students,
    countedAttempts: countedAttempts.length,
    formerStudentAttempts,
    hiddenQuestions: pool.flatMap((id) => (hiddenItemIds.has(id) && itemsById.has(id) ? [{ item: itemsById.get(id)!, position: positions.get(id)! }] : [])),
    questions,
    quiz: analysis.quiz,
  };
}

/** The facts behind each item, with every evidence quote and its article, in one query. */
async function loadFacts(itemIds: string[]): Promise<Map<string, ReportFact[]>> {
  const links = await db().itemFact.findMany({
    where: { itemId: { in: itemIds } },
    select: {
      itemId: true,
      fact: {
        select: {
          id: true,
          statement: true,
          kind: true,
          voice: true,
          conflictAbout: true,
          conflictKind: true,
          conflictCorrection: true,
          conflictNote: true,
          evidence: { select: evidenceSelect, orderBy: { position: "asc" } },
        },
      },
    },
  });
  const byItem = new Map<string, ReportFact[]>();
  for (const { itemId, fact } of links) {
    const conflictKind = fact.conflictKind === "disagreement" || fact.conflictKind === "source-error" ? fact.conflictKind : null;
    const reportFact: ReportFact = {
      id: fact.id,
      statement: fact.statement,
      kind: fact.kind,
      voice: fact.voice,
      conflict:
        conflictKind && fact.conflictAbout
          ? { kind: conflictKind, about: fact.conflictAbout, correction: fact.conflictCorrection, note: fact.conflictNote }
          : null,
      evidence: fact.evidence.map(({ id, quote, side, sideIsError, article }) => ({
        ...itemSourceOf({ ...article, kind: article.kind as ArticleKind }, quote),
        side,
        sideIsError,
        href: articlePageHref(article.slug, id),
      })),
    };
    byItem.set(itemId, [...(byItem.get(itemId) ?? []), reportFact]);
  }
  return byItem;
}

/** An item's facts in the order the item names them (its first fact is the one its kind comes from). */
function inItemOrder(item: Item, facts: readonly ReportFact[]): ReportFact[] {
  const order = new Map(item.factIds.map((id, index) => [id, index]));
  return [...facts].sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
}
