// Taking a quiz: answers saved as the student goes (once), the score, where a
// reload resumes, when answers are shown, attempt limits, who may answer, and
// the review each answer records for the item's card.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import type { QuizResponse } from "@/lib/quiz/response";
import type { Item } from "@/lib/quiz/types";
import { answerQuestion, finishAttempt } from "@/server/attempts/answer-question";
import { getAttemptPlayer } from "@/server/attempts/get-attempt-player";
import { NOT_IN_CLASS } from "@/server/attempts/attempt-access";
import { startAttempt } from "@/server/attempts/start-attempt";
import { joinClass, leaveClass } from "@/server/classes/join-class";
import { removeStudent } from "@/server/classes/manage-class";
import { getStudentAssignment } from "@/server/assignments/list-assignments";
import { setItemHidden } from "@/server/assignments/manage-assignment";
import { PRACTICE_QUESTION_COUNT, startPractice } from "@/server/attempts/start-practice";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { responseTo } from "@/tests/fixtures/attempts";
import { failure } from "@/tests/fixtures/errors";
import { createClassWithMembers, createStudent, createTeacher, createTestAssignment, ensureContent, WHILE_OPEN, type AssignmentForm } from "@/tests/fixtures/classes";

let teacher: SessionUser;

beforeAll(async () => {
  await ensureContent();
  teacher = await createTeacher();
});

afterAll(() => db().$disconnect());

async function itemOf(itemId: string): Promise<Item> {
  const row = await db().item.findUniqueOrThrow({ where: { id: itemId }, select: { payload: true } });
  return row.payload as unknown as Item;
}

/** A student in a class with an assignment of the teacher's (open at WHILE_OPEN), and their started attempt. */
async function startedQuiz(overrides: Partial<AssignmentForm> = {}) {
  const student = await createStudent();
  const created = await createClassWithMembers(teacher, [student]);
  const assignment = await createTestAssignment(teacher, created.id, overrides);
  const attempt = await startAttempt(student, assignment.id, WHILE_OPEN);
  const itemIds = (await getAttemptPlayer(student, attempt.id)).questions.map((question) => question.question.itemId);
  return { student, classId: created.id, joinCode: created.joinCode, assignmentId: assignment.id, attemptId: attempt.id, itemIds };
}

describe("answering", () => {
  it("saves the answer once: answering again returns the saved result and changes nothing", async () => {
    const { student, attemptId, itemIds } = await startedQuiz();
    const item = await itemOf(itemIds[0]!);
    const first = await answerQuestion(student, attemptId, item.id, responseTo(item, false), WHILE_OPEN);
    expect(first.feedback?.isCorrect).toBe(false);
    const again = await answerQuestion(student, attemptId, item.id, responseTo(item, true), new Date(WHILE_OPEN.getTime() + 60_000));
    expect(again).toEqual(first);
    const rows = await db().attemptAnswer.findMany({ where: { attemptId }, select: { isCorrect: true, answeredAt: true, response: true } });
    expect(rows).toEqual([{ isCorrect: false, answeredAt: WHILE_OPEN, response: responseTo(item, false) }]);
    expect((await getAttemptPlayer(student, attemptId)).score).toBe(0);
  });

  it("the same answer sent three times at once (a flaky phone) is stored, scored and reviewed once", async () => {
    const { student, attemptId, itemIds } = await startedQuiz();
    const item = await itemOf(itemIds[1]!);
    const outcomes = await Promise.all([1, 2, 3].map(() => answerQuestion(student, attemptId, item.id, responseTo(item, true), WHILE_OPEN)));
    for (const outcome of outcomes) expect(outcome.feedback?.isCorrect).toBe(true);
    expect(await db().attemptAnswer.count({ where: { attemptId } })).toBe(1);
    expect((await db().attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { score: true } })).score).toBe(1);
    expect(await db().reviewLog.count({ where: { userId: student.id } })).toBe(1);
  });

  it("counts the score, resumes at the first unanswered question and shows sourced feedback after each question", async () => {
    const { student, attemptId, itemIds } = await startedQuiz({ questionCount: "5" });
    expect(itemIds).toHaveLength(5);
    const rightness = [true, false, true];
    for (const [index, isRight] of rightness.entries()) {
      const item = await itemOf(itemIds[index]!);
      const outcome = await answerQuestion(student, attemptId, item.id, responseTo(item, isRight), WHILE_OPEN);
      expect(outcome.feedback).toMatchObject({ isCorrect: isRight, explanation: item.explanation });
      expect(outcome.feedback!.sources.length + (outcome.feedback!.conflict?.sides.length ?? 0)).toBeGreaterThan(0);
      for (const source of outcome.feedback!.sources) {
        const evidenceId = Number(/#evidence-(\d+)$/.exec(source.href ?? "")?.[1]);
        const evidence = await db().evidence.findUniqueOrThrow({ where: { id: evidenceId }, select: { articleSlug: true, quote: true } });
        expect(evidence).toEqual({ articleSlug: source.article, quote: source.quote });
      }
    }
    const player = await getAttemptPlayer(student, attemptId);
    expect(player).toMatchObject({ reveal: "after-each", isFinished: false, score: 2, position: 3 });
    expect(player.questions.map((question) => question.feedback?.isCorrect ?? null)).toEqual([true, false, true, null, null]);
    // The player never gets the answers of questions not yet answered.
    expect(JSON.stringify(player.questions[3])).not.toContain("explanation");
  });

  it("keeps right and wrong for the end when the assignment says so", async () => {
    const { student, attemptId, itemIds } = await startedQuiz({ revealAnswers: "at-end", questionCount: "3" });
    for (const itemId of itemIds) {
      const item = await itemOf(itemId);
      expect(await answerQuestion(student, attemptId, itemId, responseTo(item, itemId === itemIds[0]), WHILE_OPEN)).toEqual({ saved: true, feedback: null });
    }
    const during = await getAttemptPlayer(student, attemptId);
    expect(during).toMatchObject({ reveal: "at-end", score: null, position: 3 });
    expect(during.questions.every((question) => question.answer !== null && question.feedback === null)).toBe(true);
    expect(await finishAttempt(student, attemptId, WHILE_OPEN)).toEqual({ score: 1, total: 3 });
    const after = await getAttemptPlayer(student, attemptId);
    expect(after).toMatchObject({ isFinished: true, score: 1 });
    expect(after.questions.map((question) => question.feedback?.isCorrect)).toEqual([true, false, false]);
  });

  it("refuses a question not in the attempt, an answer of the wrong shape, and answers after finishing", async () => {
    const { student, attemptId, itemIds } = await startedQuiz({ questionCount: "3" });
    const otherItem = (await db().item.findFirstOrThrow({ where: { id: { notIn: itemIds } }, select: { id: true } })).id;
    expect(await failure(answerQuestion(student, attemptId, otherItem, { type: "true-false", value: true }, WHILE_OPEN))).toBeInstanceOf(NotFoundError);
    const item = await itemOf(itemIds[0]!);
    const wrongShape: QuizResponse = item.type === "true-false" ? { type: "numeric", text: "3" } : { type: "true-false", value: true };
    expect(await failure(answerQuestion(student, attemptId, item.id, wrongShape, WHILE_OPEN))).toBeInstanceOf(UserFacingError);
    expect(await failure(answerQuestion(student, attemptId, item.id, "A", WHILE_OPEN))).toBeInstanceOf(UserFacingError);
    await answerQuestion(student, attemptId, item.id, responseTo(item, true), WHILE_OPEN);
    await finishAttempt(student, attemptId, WHILE_OPEN);
    const late = await failure(answerQuestion(student, attemptId, itemIds[1]!, responseTo(await itemOf(itemIds[1]!), true), WHILE_OPEN));
    expect(late.message).toBe("This quiz is finished: its answers can no longer change.");
    // The answer saved before finishing is still returned as it was.
    expect((await answerQuestion(student, attemptId, item.id, responseTo(item, false), WHILE_OPEN)).feedback?.isCorrect).toBe(true);
    expect(await db().attemptAnswer.count({ where: { attemptId } })).toBe(1);
    expect(await finishAttempt(student, attemptId, new Date(WHILE_OPEN.getTime() + 1000))).toEqual({ score: 1, total: 3 });
    // Once finished, a question left unanswered counts as wrong and shows its answer.
    const finished = await getAttemptPlayer(student, attemptId);
    expect(finished.questions[1]).toMatchObject({ answer: null, feedback: { isCorrect: false, correctAnswer: expect.any(String) } });
  });

  it("another student can neither answer nor read the attempt, nor finish it", async () => {
    const { student, attemptId, itemIds } = await startedQuiz();
    const classmate = await createStudent("Brian Kiprop");
    const item = await itemOf(itemIds[0]!);
    expect(await failure(answerQuestion(classmate, attemptId, item.id, responseTo(item, true), WHILE_OPEN))).toBeInstanceOf(NotFoundError);
    expect(await failure(getAttemptPlayer(classmate, attemptId))).toBeInstanceOf(NotFoundError);
    expect(await failure(getAttemptPlayer(teacher, attemptId))).toBeInstanceOf(NotFoundError);
    expect(await failure(finishAttempt(classmate, attemptId, WHILE_OPEN))).toBeInstanceOf(NotFoundError);
    expect(await db().attemptAnswer.count({ where: { attemptId } })).toBe(0);
    expect((await getAttemptPlayer(student, attemptId)).isFinished).toBe(false);
  });
});

describe("a student no longer in the class", () => {
  /** What the attempt has stored: its answers, score, end and the student's reviews. */
  async function storedOf(student: SessionUser, attemptId: string) {
    const [answers, attempt, reviews] = await Promise.all([
      db().attemptAnswer.count({ where: { attemptId } }),
      db().attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { score: true, finishedAt: true } }),
      db().reviewLog.count({ where: { userId: student.id } }),
    ]);
    return { answers, ...attempt, reviews };
  }

  const ways = {
    "who left it": (student: SessionUser, classId: string) => leaveClass(student, classId),
    "whom the teacher removed": (student: SessionUser, classId: string) => removeStudent(teacher, classId, student.id),
  };

  for (const [way, takeOut] of Object.entries(ways)) {
    it(`${way} cannot answer or finish an open attempt: a clear message, and nothing is stored`, async () => {
      const { student, classId, attemptId, itemIds } = await startedQuiz();
      const first = await itemOf(itemIds[0]!);
      await answerQuestion(student, attemptId, first.id, responseTo(first, true), WHILE_OPEN);
      await takeOut(student, classId);
      const before = await storedOf(student, attemptId);
      expect(before).toMatchObject({ answers: 1, score: 1, finishedAt: null, reviews: 1 });

      const second = await itemOf(itemIds[1]!);
      const answering = await failure(answerQuestion(student, attemptId, second.id, responseTo(second, true), WHILE_OPEN));
      expect(answering).toBeInstanceOf(UserFacingError);
      expect(answering.message).toBe(`${NOT_IN_CLASS} Nothing was saved.`);
      // Not even the answer already saved is handed back: the attempt is closed to them.
      expect(await failure(answerQuestion(student, attemptId, first.id, responseTo(first, true), WHILE_OPEN))).toBeInstanceOf(UserFacingError);
      const finishing = await failure(finishAttempt(student, attemptId, WHILE_OPEN));
      expect(finishing).toBeInstanceOf(UserFacingError);
      expect(finishing.message).toBe(`${NOT_IN_CLASS} Nothing was saved.`);
      expect(await storedOf(student, attemptId)).toEqual(before);

      // The player says so instead of offering the questions.
      expect((await getAttemptPlayer(student, attemptId)).closedReason).toBe(NOT_IN_CLASS);
    });
  }

  it("may go on after joining the class again: access follows membership", async () => {
    const { student, classId, joinCode, attemptId, itemIds } = await startedQuiz();
    await leaveClass(student, classId);
    const item = await itemOf(itemIds[0]!);
    await failure(answerQuestion(student, attemptId, item.id, responseTo(item, true), WHILE_OPEN));
    await joinClass(student, joinCode);
    expect((await getAttemptPlayer(student, attemptId)).closedReason).toBeNull();
    expect((await answerQuestion(student, attemptId, item.id, responseTo(item, true), WHILE_OPEN)).saved).toBe(true);
    expect(await finishAttempt(student, attemptId, WHILE_OPEN)).toMatchObject({ score: 1 });
  });

  it("a practice attempt belongs to no class and stays open", async () => {
    const student = await createStudent();
    const set = await db().itemSet.findFirstOrThrow({ where: { kind: "all" }, select: { slug: true } });
    const practice = await startPractice(student, set.slug, WHILE_OPEN);
    const player = await getAttemptPlayer(student, practice.id);
    expect(player.closedReason).toBeNull();
    const item = await itemOf(player.questions[0]!.question.itemId);
    expect((await answerQuestion(student, practice.id, item.id, responseTo(item, true), WHILE_OPEN)).saved).toBe(true);
    expect(await finishAttempt(student, practice.id, WHILE_OPEN)).toMatchObject({ score: 1 });
  });
});

describe("a question the teacher takes out", () => {
  it("counts in no score (attempts are recounted), is not asked again, and keeps the answers", async () => {
    const { student, assignmentId, attemptId, itemIds } = await startedQuiz({ questionCount: "3", attemptsAllowed: "2", shuffle: "off" });
    for (const itemId of itemIds) await answerQuestion(student, attemptId, itemId, responseTo(await itemOf(itemId), true), WHILE_OPEN);
    expect(await finishAttempt(student, attemptId, WHILE_OPEN)).toEqual({ score: 3, total: 3 });
    const [taken] = itemIds;

    expect(await setItemHidden(teacher, assignmentId, taken!, true)).toEqual({ hiddenItemIds: [taken] });
    expect(await finishAttempt(student, attemptId, WHILE_OPEN)).toEqual({ score: 2, total: 2 });
    const player = await getAttemptPlayer(student, attemptId);
    expect(player).toMatchObject({ score: 2, removedItemIds: [taken] });
    expect(player.questions.map((question) => question.question.itemId)).toEqual(itemIds);
    expect(await db().attemptAnswer.count({ where: { attemptId } })).toBe(3);
    expect((await getStudentAssignment(student, assignmentId, WHILE_OPEN)).attempts).toEqual([expect.objectContaining({ score: 2, total: 2 })]);

    // A second attempt does not ask it, and an answer to it would not count.
    const second = await startAttempt(student, assignmentId, WHILE_OPEN);
    const asked = (await getAttemptPlayer(student, second.id)).questions.map((question) => question.question.itemId);
    expect(asked).not.toContain(taken);

    // Put back, it counts again.
    expect(await setItemHidden(teacher, assignmentId, taken!, false)).toEqual({ hiddenItemIds: [] });
    expect(await finishAttempt(student, attemptId, WHILE_OPEN)).toEqual({ score: 3, total: 3 });
  });

  it("keeps at least one question, and refuses a question the assignment does not have or another teacher", async () => {
    const { assignmentId, itemIds } = await startedQuiz({ questionCount: "2", itemIds: [], shuffle: "off" });
    const pool = (await db().assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { itemIds: true } })).itemIds as string[];
    for (const itemId of pool.slice(1)) await setItemHidden(teacher, assignmentId, itemId, true);
    expect(await failure(setItemHidden(teacher, assignmentId, pool[0]!, true))).toEqual(new UserFacingError("At least one question must stay in the assignment."));
    expect(await failure(setItemHidden(teacher, assignmentId, "no-such-item", true))).toBeInstanceOf(NotFoundError);
    expect(await failure(setItemHidden(await createTeacher(), assignmentId, itemIds[0]!, false))).toBeInstanceOf(NotFoundError);
    const stored = await db().assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { hiddenItemIds: true } });
    expect(stored.hiddenItemIds).toEqual(pool.slice(1));
  });
});

describe("attempt limits", () => {
  it("continues the unfinished attempt, and refuses a new one once the allowed attempts are finished", async () => {
    const { student, assignmentId, attemptId } = await startedQuiz({ attemptsAllowed: "2", questionCount: "2" });
    expect(await startAttempt(student, assignmentId, WHILE_OPEN)).toEqual({ id: attemptId, isResumed: true });
    await finishAttempt(student, attemptId, WHILE_OPEN);
    const second = await startAttempt(student, assignmentId, WHILE_OPEN);
    expect(second).toMatchObject({ isResumed: false });
    expect(second.id).not.toBe(attemptId);
    await finishAttempt(student, second.id, WHILE_OPEN);
    expect((await failure(startAttempt(student, assignmentId, WHILE_OPEN))).message).toBe("You have used all 2 attempts at this quiz.");
  });
});

describe("reviews from quiz answers", () => {
  it("a right answer is a Good review and a wrong one an Again review of the item's card, stored with the answer", async () => {
    const { student, attemptId, itemIds } = await startedQuiz();
    const [right, wrong] = await Promise.all([itemOf(itemIds[0]!), itemOf(itemIds[1]!)]);
    await answerQuestion(student, attemptId, right.id, responseTo(right, true), WHILE_OPEN);
    await answerQuestion(student, attemptId, wrong.id, responseTo(wrong, false), WHILE_OPEN);
    const logs = await db().reviewLog.findMany({ where: { userId: student.id }, select: { id: true, itemId: true, rating: true, origin: true }, orderBy: { rating: "desc" } });
    expect(logs).toEqual([
      { id: `quiz:${attemptId}:${right.id}`, itemId: right.id, rating: 3, origin: "quiz" },
      { id: `quiz:${attemptId}:${wrong.id}`, itemId: wrong.id, rating: 1, origin: "quiz" },
    ]);
    expect(await db().card.count({ where: { userId: student.id, itemId: { in: [right.id, wrong.id] } } })).toBe(2);
  });

  it("an answer that fails is not saved, and neither is its review", async () => {
    const { student, attemptId, itemIds } = await startedQuiz();
    const item = await itemOf(itemIds[0]!);
    // A review already stored under this answer's key by someone else makes the transaction fail after the answer row is written.
    const intruder = await createStudent("Intruder");
    await db().$transaction(async (tx) => {
      const { applyReview } = await import("@/server/reviews/apply-review");
      await applyReview(tx, intruder.id, { reviewId: `quiz:${attemptId}:${item.id}`, itemId: item.id, rating: 3, reviewedAt: WHILE_OPEN, origin: "quiz" }, WHILE_OPEN);
    });
    await failure(answerQuestion(student, attemptId, item.id, responseTo(item, true), WHILE_OPEN));
    expect(await db().attemptAnswer.count({ where: { attemptId } })).toBe(0);
    expect((await db().attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { score: true } })).score).toBe(0);
    expect(await db().card.count({ where: { userId: student.id } })).toBe(0);
  });
});

describe("practice", () => {
  it("a practice quiz on any set: 10 shuffled questions, answers shown, continued until finished, then as many as you like", async () => {
    const learner = await createStudent("Self Learner");
    const set = await db().itemSet.findFirstOrThrow({ where: { kind: "all" }, select: { slug: true, title: true } });
    const first = await startPractice(learner, set.slug, WHILE_OPEN);
    expect(await startPractice(learner, set.slug, WHILE_OPEN)).toEqual({ id: first.id, isResumed: true });
    const player = await getAttemptPlayer(learner, first.id);
    expect(player).toMatchObject({ title: `Practice: ${set.title}`, assignmentId: null, reveal: "after-each", position: 0 });
    expect(player.questions).toHaveLength(PRACTICE_QUESTION_COUNT);
    const item = await itemOf(player.questions[0]!.question.itemId);
    expect((await answerQuestion(learner, first.id, item.id, responseTo(item, true), WHILE_OPEN)).feedback?.isCorrect).toBe(true);
    await finishAttempt(learner, first.id, WHILE_OPEN);
    const second = await startPractice(learner, set.slug, new Date(WHILE_OPEN.getTime() + 1000));
    expect(second.isResumed).toBe(false);
    expect((await getAttemptPlayer(learner, second.id)).questions.map((question) => question.question.itemId)).not.toEqual(
      player.questions.map((question) => question.question.itemId),
    );
    expect(await failure(startPractice(learner, "no-such-set", WHILE_OPEN))).toBeInstanceOf(NotFoundError);
  });
});

describe("every item type", () => {
  it("each type, answered right and wrong, is graded as such", async () => {
    const student = await createStudent();
    const items = (await db().item.findMany({ where: { retiredAt: null }, select: { payload: true } })).map((row) => row.payload as unknown as Item);
    const oneOfEach = [...new Map(items.map((item) => [item.type, item])).values()];
    expect(oneOfEach).toHaveLength(10);
    const set = await db().itemSet.findFirstOrThrow({ where: { kind: "all" }, select: { slug: true } });
    for (const isRight of [true, false]) {
      const attempt = await db().attempt.create({ data: { studentId: student.id, setSlug: set.slug, itemIds: oneOfEach.map((item) => item.id), startedAt: WHILE_OPEN }, select: { id: true } });
      for (const item of oneOfEach) {
        const outcome = await answerQuestion(student, attempt.id, item.id, responseTo(item, isRight), WHILE_OPEN);
        expect(outcome.feedback?.isCorrect, `${item.type} ${isRight}`).toBe(isRight);
      }
      expect(await finishAttempt(student, attempt.id, WHILE_OPEN)).toEqual({ score: isRight ? 10 : 0, total: 10 });
    }
  });
});
