// Flashcards with spaced repetition: applying, batching and undoing reviews,
// the daily queue, settings, per-learner access and the optimizer, against
// the real database.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIN_REVIEWS_FOR_OPTIMIZATION, REVIEWS_BETWEEN_OPTIMIZATIONS } from "@/lib/srs/optimizer";
import { cardFromRow, cardToJson } from "@/lib/srs/card";
import { DEFAULT_PARAMETERS, newCard, review } from "@/lib/srs/scheduler";
import { learnerSettingsSchema } from "@/lib/srs/settings";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { applyReview, CONFLICT_REASON, MAX_REVIEW_AGE_MS } from "@/server/reviews/apply-review";
import { importCards } from "@/server/authoring/import-cards";
import { publishOwnSet } from "@/server/authoring/sets";
import { maybeOptimize } from "@/server/reviews/optimize";
import { getReviewQueue, studySet } from "@/server/reviews/review-queue";
import { getLearnerSettings, updateLearnerSettings } from "@/server/reviews/settings";
import { submitReviews } from "@/server/reviews/submit-reviews";
import { undoLastReview } from "@/server/reviews/undo-review";
import { NotFoundError } from "@/lib/actions/result";
import { standingOf } from "@/lib/classes/assignment";
import { getStudentAssignment, getTeacherAssignment, listStudentAssignments } from "@/server/assignments/list-assignments";
import { getTeacherClass } from "@/server/classes/list-classes";
import { setAssignmentWithdrawn } from "@/server/assignments/manage-assignment";
import { AFTER_DUE, BEFORE_OPENING, createClassWithMembers, createStudent, createTeacher, createTestAssignment, ensureContent, setItemIds, SMALL_SET, WHILE_OPEN } from "@/tests/fixtures/classes";
import { simulatedHistory } from "@/tests/fixtures/review-history";

const NOW = new Date("2026-03-10T09:00:00Z");
const MINUTE = 60_000;
const DAY = 86_400_000;

let items: string[];

beforeAll(async () => {
  await ensureContent();
  items = await setItemIds(SMALL_SET);
});

afterAll(() => db().$disconnect());

function cardOf(user: SessionUser, itemId: string) {
  return db().card.findUnique({ where: { userId_itemId: { userId: user.id, itemId } } });
}

function good(itemId: string, reviewedAt = NOW, rating: 1 | 2 | 3 | 4 = 3) {
  return { reviewId: randomUUID(), itemId, rating, reviewedAt };
}

describe("applying reviews", () => {
  it("creates the card on the first review and schedules it as ts-fsrs does", async () => {
    const learner = await createStudent();
    const [result] = await submitReviews(learner, [good(items[0]!)], NOW);
    const expected = review(newCard(NOW), 3, NOW, { desiredRetention: 0.9 }).card;
    expect(result).toMatchObject({ status: "stored", due: expected.due });
    const card = await cardOf(learner, items[0]!);
    expect(cardFromRow(card!)).toEqual(expected);
    const logs = await db().reviewLog.findMany({ where: { userId: learner.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: 3, origin: "flashcard", state: 0, reviewedAt: NOW, receivedAt: NOW, undoneAt: null });
    expect(logs[0]!.cardBefore).toEqual(cardToJson(newCard(NOW)));
  });

  it("is idempotent on the review id: the same review sent again returns the stored result and changes nothing", async () => {
    const learner = await createStudent();
    const first = good(items[0]!);
    const [stored] = await submitReviews(learner, [first], NOW);
    const cardAfterFirst = await cardOf(learner, items[0]!);
    const later = new Date(NOW.getTime() + DAY);
    const [again] = await submitReviews(learner, [{ ...first }], later);
    expect(again).toEqual({ ...stored, status: "duplicate" });
    expect(await cardOf(learner, items[0]!)).toEqual(cardAfterFirst);
    expect(await db().reviewLog.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("answers a review id reused for a different review with a conflict, and changes nothing", async () => {
    const learner = await createStudent();
    const first = good(items[0]!);
    await submitReviews(learner, [first], NOW);
    const cardAfterFirst = await cardOf(learner, items[0]!);
    const later = new Date(NOW.getTime() + DAY);
    const changed = [
      { ...first, rating: 1 as const },
      { ...first, itemId: items[1]! },
      { ...first, reviewedAt: new Date(NOW.getTime() - MINUTE) },
    ];
    const results = await submitReviews(learner, changed, later);
    expect(results).toEqual(changed.map(() => ({ reviewId: first.reviewId, status: "conflict", reason: CONFLICT_REASON, due: null })));
    expect(await cardOf(learner, items[0]!)).toEqual(cardAfterFirst);
    expect(await cardOf(learner, items[1]!)).toBeNull();
    expect(await db().reviewLog.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("a retry of a review whose clock ran ahead is the same review (its time is bounded the same way again)", async () => {
    const learner = await createStudent();
    const ahead = good(items[0]!, new Date(NOW.getTime() + 2 * DAY));
    await submitReviews(learner, [ahead], NOW);
    const [again] = await submitReviews(learner, [ahead], new Date(NOW.getTime() + 3 * DAY));
    expect(again!.status).toBe("duplicate");
  });

  it("stores a batch sent twice at once only once", async () => {
    const learner = await createStudent();
    const batch = [good(items[0]!), good(items[1]!)];
    const [a, b] = await Promise.all([submitReviews(learner, batch, NOW), submitReviews(learner, batch, NOW)]);
    expect([...a!, ...b!].filter((result) => result.status === "stored")).toHaveLength(2);
    expect(await db().reviewLog.count({ where: { userId: learner.id } })).toBe(2);
    expect(await db().card.count({ where: { userId: learner.id } })).toBe(2);
  });

  it("rejects an unknown item and a review id another learner used, writing nothing", async () => {
    const [learner, other] = [await createStudent(), await createStudent()];
    const taken = good(items[0]!);
    await submitReviews(other, [taken], NOW);
    const results = await submitReviews(learner, [good("no-such-item"), { ...taken }], NOW);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    expect(await db().card.count({ where: { userId: learner.id } })).toBe(0);
    expect(await db().reviewLog.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("bounds reviewedAt: not after now, not more than 30 days back, not before the card's last review", async () => {
    const learner = await createStudent();
    const future = new Date(NOW.getTime() + DAY);
    const ancient = new Date(NOW.getTime() - 90 * DAY);
    const [first] = await submitReviews(learner, [good(items[0]!, future)], NOW);
    expect(first!.status).toBe("stored");
    const second = new Date(NOW.getTime() + 10 * MINUTE);
    await submitReviews(learner, [good(items[0]!, new Date(NOW.getTime() - 5 * MINUTE))], second);
    await submitReviews(learner, [good(items[1]!, ancient)], NOW);
    const logs = await db().reviewLog.findMany({ where: { userId: learner.id }, orderBy: { receivedAt: "asc" } });
    const byItem = (itemId: string) => logs.filter((log) => log.itemId === itemId).map((log) => log.reviewedAt);
    expect(byItem(items[0]!)).toEqual([NOW, NOW]);
    expect(byItem(items[1]!)).toEqual([new Date(NOW.getTime() - MAX_REVIEW_AGE_MS)]);
    expect((await cardOf(learner, items[0]!))!.lastReview).toEqual(NOW);
  });

  it("runs inside a caller's transaction and rolls back with it (the quiz engine's use)", async () => {
    const learner = await createStudent();
    await expect(
      db().$transaction(async (tx) => {
        await applyReview(tx, learner.id, { ...good(items[0]!), origin: "quiz" }, NOW);
        throw new Error("the answer could not be saved");
      }),
    ).rejects.toThrow("the answer could not be saved");
    expect(await cardOf(learner, items[0]!)).toBeNull();
    const saved = await db().$transaction((tx) => applyReview(tx, learner.id, { ...good(items[0]!, NOW, 1), origin: "quiz" }, NOW));
    expect(saved.status).toBe("stored");
    expect(await db().reviewLog.findFirst({ where: { userId: learner.id }, select: { origin: true, rating: true } })).toEqual({ origin: "quiz", rating: 1 });
  });
});

describe("whose cards a learner may review", () => {
  it("refuses a review of a teacher's own item the learner was never given, until it is assigned to their class", async () => {
    const [teacher, learner] = [await createTeacher(), await createStudent()];
    const report = await importCards(teacher, { fileName: "capitals.csv", text: "Nairobi,Capital of Kenya\nMombasa,Main port of Kenya\n" }, NOW);
    const own = (await db().setItem.findMany({ where: { setSlug: report.setSlug! }, orderBy: { position: "asc" }, select: { itemId: true } })).map((row) => row.itemId);

    const [refused] = await submitReviews(learner, [good(own[0]!)], NOW);
    expect(refused).toMatchObject({ status: "rejected", reason: "That card is not yours to review." });
    expect(await db().card.count({ where: { userId: learner.id } })).toBe(0);
    expect(await db().reviewLog.count({ where: { userId: learner.id } })).toBe(0);
    // The teacher may practise their own draft set.
    expect((await submitReviews(teacher, [good(own[0]!)], NOW))[0]!.status).toBe("stored");

    await publishOwnSet(teacher, report.setSlug!, NOW);
    const created = await createClassWithMembers(teacher, [learner]);
    await createTestAssignment(teacher, created.id, { setSlug: report.setSlug!, mode: "flashcards", questionCount: "2" });
    expect((await submitReviews(learner, [good(own[0]!)], NOW))[0]!.status).toBe("stored");
  });
});

describe("concurrent reviews of one card", () => {
  it("stores 50 different reviews of one card sent at once, and the card counts each", async () => {
    const learner = await createStudent();
    const reviews = Array.from({ length: 50 }, (_, index) => good(items[0]!, new Date(NOW.getTime() + index * MINUTE), ((index % 4) + 1) as 1 | 2 | 3 | 4));
    const later = new Date(NOW.getTime() + DAY);
    const settled = await Promise.allSettled(reviews.map((one) => submitReviews(learner, [one], later)));
    const failures = settled.filter((outcome) => outcome.status === "rejected");
    expect(failures.map((failure) => String((failure as PromiseRejectedResult).reason))).toEqual([]);
    const results = settled.flatMap((outcome) => (outcome.status === "fulfilled" ? outcome.value : []));
    expect(results.map((result) => result.status)).toEqual(Array(50).fill("stored"));
    const card = await cardOf(learner, items[0]!);
    expect(card!.reps).toBe(50);
    expect(await db().reviewLog.count({ where: { userId: learner.id, cardId: card!.id } })).toBe(50);
    expect(await db().card.count({ where: { userId: learner.id } })).toBe(1);
  });
});

describe("undo", () => {
  it("restores the card exactly and keeps the log, marked undone; undoes one review at a time", async () => {
    const learner = await createStudent();
    await submitReviews(learner, [good(items[0]!)], NOW);
    const afterFirst = await cardOf(learner, items[0]!);
    const later = new Date(NOW.getTime() + 2 * DAY);
    const second = good(items[0]!, later, 1);
    await submitReviews(learner, [second], later);
    expect(await cardOf(learner, items[0]!)).not.toEqual(afterFirst);

    const undoAt = new Date(later.getTime() + MINUTE);
    const undone = await undoLastReview(learner, undoAt);
    expect(undone).toMatchObject({ reviewId: second.reviewId, itemId: items[0] });
    expect(await cardOf(learner, items[0]!)).toEqual(afterFirst);
    const log = await db().reviewLog.findUnique({ where: { id: second.reviewId } });
    expect(log!.undoneAt).toEqual(undoAt);

    await undoLastReview(learner, undoAt);
    expect(cardFromRow((await cardOf(learner, items[0]!))!)).toEqual(newCard(NOW));
    expect(await db().reviewLog.count({ where: { userId: learner.id } })).toBe(2);
    expect(await undoLastReview(learner, undoAt)).toBeNull();
  });

  it("undoes a named flashcard review only while it is the card's latest, and never a quiz answer", async () => {
    const learner = await createStudent();
    const flashcard = good(items[1]!);
    await submitReviews(learner, [flashcard], NOW);
    const later = new Date(NOW.getTime() + DAY);
    await db().$transaction((tx) => applyReview(tx, learner.id, { ...good(items[1]!, later, 1), origin: "quiz" }, later));
    // The quiz answer came after it: undoing the flashcard review would lose it.
    expect(await undoLastReview(learner, later, { reviewId: flashcard.reviewId })).toBeNull();
    // Nor without naming it: the card has moved on, and the quiz answer stays.
    await undoLastReview(learner, later);
    expect(await db().reviewLog.count({ where: { userId: learner.id, undoneAt: { not: null } } })).toBe(0);

    const other = good(items[2]!, later);
    await submitReviews(learner, [other], later);
    expect(await undoLastReview(learner, later, { reviewId: other.reviewId })).toMatchObject({ reviewId: other.reviewId });
  });
});

describe("the review queue", () => {
  it("brings due cards first, by due date, then new cards from a studied set", async () => {
    const learner = await createStudent();
    await submitReviews(learner, [good(items[0]!, NOW, 1), good(items[1]!, NOW, 3)], NOW);
    await studySet(learner, SMALL_SET, NOW);
    const later = new Date(NOW.getTime() + 20 * MINUTE);
    const queue = await getReviewQueue(learner, later, { limit: 5 });
    expect(queue.entries.map((entry) => [entry.itemId, entry.isNew])).toEqual([
      [items[0], false],
      [items[1], false],
      [items[2], true],
      [items[3], true],
      [items[4], true],
    ]);
    const first = queue.entries[0]!;
    expect(first.buttons.map((button) => button.label)).toEqual(["Again", "Hard", "Good", "Easy"]);
    expect(first.flashcard.question.length).toBeGreaterThan(0);
    expect(first.flashcard.sources.length).toBeGreaterThan(0);
  });

  it("studying a set twice adds nothing the second time", async () => {
    const learner = await createStudent();
    expect(await studySet(learner, SMALL_SET, NOW)).toEqual({ added: items.length, total: items.length });
    expect(await studySet(learner, SMALL_SET, NOW)).toEqual({ added: 0, total: items.length });
  });

  it("introduces at most newCardsPerDay new cards a day, counting those started today", async () => {
    const learner = await createStudent();
    await updateLearnerSettings(learner, { desiredRetention: 0.9, newCardsPerDay: 4, maxReviewsPerDay: 200 });
    await studySet(learner, SMALL_SET, NOW);
    expect((await getReviewQueue(learner, NOW)).entries.filter((entry) => entry.isNew)).toHaveLength(4);
    await submitReviews(learner, [good(items[0]!, NOW, 4), good(items[1]!, NOW, 4), good(items[2]!, NOW, 4)], NOW);
    const queue = await getReviewQueue(learner, NOW);
    expect(queue.entries.filter((entry) => entry.isNew)).toHaveLength(1);
    // The next day brings new ones again.
    const tomorrow = new Date(NOW.getTime() + DAY);
    expect((await getReviewQueue(learner, tomorrow)).entries.filter((entry) => entry.isNew)).toHaveLength(4);
  });

  it("stops at maxReviewsPerDay, counting today's reviews", async () => {
    const learner = await createStudent();
    await updateLearnerSettings(learner, { desiredRetention: 0.9, newCardsPerDay: 100, maxReviewsPerDay: 5 });
    await studySet(learner, SMALL_SET, NOW);
    expect((await getReviewQueue(learner, NOW)).availableCount).toBe(5);
    await submitReviews(learner, [good(items[0]!, NOW, 4), good(items[1]!, NOW, 4)], NOW);
    expect((await getReviewQueue(learner, NOW)).availableCount).toBe(3);
  });

  it("shows when the next card falls due when nothing is left", async () => {
    const learner = await createStudent();
    const [result] = await submitReviews(learner, [good(items[0]!, NOW, 4)], NOW);
    const queue = await getReviewQueue(learner, NOW);
    expect(queue).toEqual({ entries: [], availableCount: 0, nextDueAt: result!.due });
  });

  it("includes items assigned as flashcards in the learner's classes, not quiz-only or withdrawn ones", async () => {
    const teacher = await createTeacher();
    const [learner, outsider] = [await createStudent(), await createStudent()];
    const klass = await createClassWithMembers(teacher, [learner]);
    await createTestAssignment(teacher, klass.id, { mode: "quiz", itemIds: items.slice(0, 3), questionCount: "3" });
    expect((await getReviewQueue(learner, WHILE_OPEN)).availableCount).toBe(0);
    const withdrawn = await createTestAssignment(teacher, klass.id, { mode: "both", itemIds: items.slice(5, 7), questionCount: "2" });
    await setAssignmentWithdrawn(teacher, withdrawn.id, true);
    expect((await getReviewQueue(learner, WHILE_OPEN)).availableCount).toBe(0);
    await createTestAssignment(teacher, klass.id, { mode: "flashcards", itemIds: items.slice(3, 5), questionCount: "2" });
    expect((await getReviewQueue(learner, BEFORE_OPENING)).availableCount).toBe(0);
    const queue = await getReviewQueue(learner, WHILE_OPEN);
    expect(queue.entries.map((entry) => [entry.itemId, entry.isNew])).toEqual(items.slice(3, 5).map((itemId) => [itemId, true]));
    expect((await getReviewQueue(outsider, WHILE_OPEN)).availableCount).toBe(0);
  });
});

describe("a flashcards assignment", () => {
  async function standing(learner: SessionUser, assignmentId: string, now = WHILE_OPEN) {
    const listed = (await listStudentAssignments(learner, now)).find((row) => row.id === assignmentId)!;
    const opened = await getStudentAssignment(learner, assignmentId, now);
    expect(opened.work).toEqual(listed.work);
    return { cards: listed.work.cards, standing: standingOf(listed.status, listed.work) };
  }

  it("reviews exactly its cards, not yet reviewed since it opened, and is done once each was", async () => {
    const teacher = await createTeacher();
    const learner = await createStudent();
    const klass = await createClassWithMembers(teacher, [learner]);
    const pool = items.slice(0, 4);
    // Reviewed before the assignment opened, and another card due now: neither is part of its work.
    await submitReviews(learner, [good(pool[0]!, BEFORE_OPENING, 4), good(items[6]!, BEFORE_OPENING, 1)], BEFORE_OPENING);
    const assignment = await createTestAssignment(teacher, klass.id, { mode: "flashcards", itemIds: pool, questionCount: "4" });
    expect(await standing(learner, assignment.id)).toEqual({ cards: { reviewed: 0, total: 4 }, standing: "to-do" });

    const queue = await getReviewQueue(learner, WHILE_OPEN, { assignmentId: assignment.id });
    // Pool order; the card reviewed before opening is asked again (not new), though it is not due yet.
    expect(queue.entries.map((entry) => [entry.itemId, entry.isNew])).toEqual([
      [pool[0], false],
      [pool[1], true],
      [pool[2], true],
      [pool[3], true],
    ]);
    expect(queue).toMatchObject({ availableCount: 4, nextDueAt: null });

    await submitReviews(learner, [good(pool[1]!, WHILE_OPEN)], WHILE_OPEN);
    expect(await standing(learner, assignment.id)).toEqual({ cards: { reviewed: 1, total: 4 }, standing: "in-progress" });
    expect((await getReviewQueue(learner, WHILE_OPEN, { assignmentId: assignment.id })).entries.map((entry) => entry.itemId)).toEqual([
      pool[0],
      pool[2],
      pool[3],
    ]);

    // An undone review does not count.
    const soon = new Date(WHILE_OPEN.getTime() + 1000);
    await submitReviews(learner, [good(pool[2]!, soon)], soon);
    expect((await standing(learner, assignment.id, soon)).cards.reviewed).toBe(2);
    expect(await undoLastReview(learner, soon)).toMatchObject({ itemId: pool[2] });
    expect((await standing(learner, assignment.id)).cards.reviewed).toBe(1);

    const later = new Date(WHILE_OPEN.getTime() + MINUTE);
    await submitReviews(learner, [good(pool[0]!, later), good(pool[2]!, later), good(pool[3]!, later)], later);
    expect(await standing(learner, assignment.id, later)).toEqual({ cards: { reviewed: 4, total: 4 }, standing: "done" });
    expect(await getReviewQueue(learner, later, { assignmentId: assignment.id })).toEqual({ entries: [], availableCount: 0, nextDueAt: null });
    // Done stays done after the due date.
    expect((await standing(learner, assignment.id, AFTER_DUE)).standing).toBe("done");
    // The teacher sees the same, and counts the student as started.
    expect((await getTeacherAssignment(teacher, assignment.id)).work.get(learner.id)).toMatchObject({ cards: { reviewed: 4, total: 4 } });
    expect((await getTeacherClass(teacher, klass.id)).assignments).toEqual([expect.objectContaining({ id: assignment.id, studentsStarted: 1 })]);
  });

  it("is not given to someone outside the class, before it opens, once withdrawn, or for a quiz-only assignment", async () => {
    const teacher = await createTeacher();
    const [learner, outsider] = [await createStudent(), await createStudent()];
    const klass = await createClassWithMembers(teacher, [learner]);
    const cards = await createTestAssignment(teacher, klass.id, { mode: "both", itemIds: items.slice(0, 2), questionCount: "2" });
    const quizOnly = await createTestAssignment(teacher, klass.id, { mode: "quiz", itemIds: items.slice(0, 2), questionCount: "2" });
    expect((await getReviewQueue(learner, WHILE_OPEN, { assignmentId: cards.id })).availableCount).toBe(2);
    await expect(getReviewQueue(outsider, WHILE_OPEN, { assignmentId: cards.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReviewQueue(learner, BEFORE_OPENING, { assignmentId: cards.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReviewQueue(learner, WHILE_OPEN, { assignmentId: quizOnly.id })).rejects.toBeInstanceOf(NotFoundError);
    await setAssignmentWithdrawn(teacher, cards.id, true);
    await expect(getReviewQueue(learner, WHILE_OPEN, { assignmentId: cards.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("needs the quiz finished too when the mode is both", async () => {
    const teacher = await createTeacher();
    const learner = await createStudent();
    const klass = await createClassWithMembers(teacher, [learner]);
    const assignment = await createTestAssignment(teacher, klass.id, { mode: "both", itemIds: items.slice(0, 2), questionCount: "2" });
    await submitReviews(learner, [good(items[0]!, WHILE_OPEN), good(items[1]!, WHILE_OPEN)], WHILE_OPEN);
    expect(await standing(learner, assignment.id)).toEqual({ cards: { reviewed: 2, total: 2 }, standing: "in-progress" });
  });
});

describe("settings", () => {
  it("saves valid settings and refuses values out of range", async () => {
    const learner = await createStudent();
    expect((await getLearnerSettings(learner)).desiredRetention).toBe(0.9);
    await updateLearnerSettings(learner, { desiredRetention: 0.85, newCardsPerDay: 0, maxReviewsPerDay: 9999 });
    expect(await getLearnerSettings(learner)).toMatchObject({ desiredRetention: 0.85, newCardsPerDay: 0, maxReviewsPerDay: 9999, reviewCount: 0 });
    for (const bad of [
      { desiredRetention: 0.69, newCardsPerDay: 20, maxReviewsPerDay: 200 },
      { desiredRetention: 0.98, newCardsPerDay: 20, maxReviewsPerDay: 200 },
      { desiredRetention: 0.9, newCardsPerDay: 501, maxReviewsPerDay: 200 },
      { desiredRetention: 0.9, newCardsPerDay: 2.5, maxReviewsPerDay: 200 },
      { desiredRetention: 0.9, newCardsPerDay: 20, maxReviewsPerDay: 0 },
    ]) {
      expect(learnerSettingsSchema.safeParse(bad).success).toBe(false);
      await expect(updateLearnerSettings(learner, bad)).rejects.toThrow();
    }
    expect(await getLearnerSettings(learner)).toMatchObject({ desiredRetention: 0.85, newCardsPerDay: 0, maxReviewsPerDay: 9999 });
  });

  it("schedules with the learner's desired retention", async () => {
    const [strict, relaxed] = [await createStudent(), await createStudent()];
    await updateLearnerSettings(strict, { desiredRetention: 0.97, newCardsPerDay: 20, maxReviewsPerDay: 200 });
    await updateLearnerSettings(relaxed, { desiredRetention: 0.7, newCardsPerDay: 20, maxReviewsPerDay: 200 });
    const [a] = await submitReviews(strict, [good(items[0]!, NOW, 4)], NOW);
    const [b] = await submitReviews(relaxed, [good(items[0]!, NOW, 4)], NOW);
    expect(a!.due!.getTime()).toBeLessThan(b!.due!.getTime());
  });
});

describe("access", () => {
  it("a learner's reviews, undo and queue never touch another learner's cards", async () => {
    const [alice, bob] = [await createStudent(), await createStudent()];
    await submitReviews(bob, [good(items[0]!)], NOW);
    const bobsCard = await cardOf(bob, items[0]!);
    await submitReviews(alice, [good(items[0]!, NOW, 1)], NOW);
    expect(await cardOf(bob, items[0]!)).toEqual(bobsCard);
    await undoLastReview(alice, NOW);
    expect(await cardOf(bob, items[0]!)).toEqual(bobsCard);
    expect(await db().reviewLog.count({ where: { userId: bob.id, undoneAt: null } })).toBe(1);
    expect(await undoLastReview(alice, NOW)).toBeNull();
    expect((await getReviewQueue(alice, new Date(NOW.getTime() + DAY))).entries.map((entry) => entry.itemId)).toEqual([items[0]]);
    await updateLearnerSettings(alice, { desiredRetention: 0.75, newCardsPerDay: 1, maxReviewsPerDay: 2 });
    expect((await getLearnerSettings(bob)).desiredRetention).toBe(0.9);
  });
});

describe("optimization", () => {
  it("fits and stores personal parameters once the learner has enough reviews, then waits for more", async () => {
    const learner = await createStudent();
    expect(await maybeOptimize(learner.id)).toMatchObject({ status: "skipped" });
    const history = simulatedHistory(60, 8, `db-${learner.id}`, Date.UTC(2025, 0, 1, 9));
    expect(history.length).toBeGreaterThanOrEqual(MIN_REVIEWS_FOR_OPTIMIZATION);
    const cardIds = new Map<string, string>();
    const allItems = (await db().item.findMany({ select: { id: true }, take: 60, orderBy: { id: "asc" } })).map((row) => row.id);
    expect(allItems).toHaveLength(60);
    for (const [index, itemId] of allItems.entries()) {
      const card = await db().card.create({ data: { userId: learner.id, itemId, ...cardRowFor(newCard(NOW)) }, select: { id: true } });
      cardIds.set(`card-${index}`, card.id);
    }
    await db().reviewLog.createMany({
      data: history.map((entry) => ({
        id: randomUUID(),
        userId: learner.id,
        cardId: cardIds.get(entry.cardId)!,
        itemId: allItems[Number(entry.cardId.slice(5))]!,
        rating: entry.rating,
        origin: "flashcard",
        reviewedAt: entry.reviewedAt,
        receivedAt: entry.reviewedAt,
        cardBefore: cardToJson(newCard(NOW)),
        state: 2,
        stability: 1,
        fsrsDifficulty: 5,
        elapsedDays: 0,
        scheduledDays: 0,
      })),
    });
    // Stored without the review route: a call that says only one was stored still waits for the rest.
    expect(await maybeOptimize(learner.id, NOW)).toEqual({ status: "skipped", reason: "waiting for more reviews" });
    const outcome = await maybeOptimize(learner.id, NOW, history.length);
    expect(outcome.status).toBe("optimized");
    const settings = await getLearnerSettings(learner);
    expect(settings.parameters).toHaveLength(21);
    expect(settings.parameters).not.toEqual(DEFAULT_PARAMETERS);
    expect(settings.previousParameters).toEqual(DEFAULT_PARAMETERS);
    expect(settings.optimizedAt).toEqual(NOW);
    expect(settings.optimizedReviewCount).toBe(history.length);
    expect(await maybeOptimize(learner.id, NOW)).toEqual({ status: "skipped", reason: "optimized recently" });
    // Not due again before REVIEWS_BETWEEN_OPTIMIZATIONS more: it does not count them until then.
    expect(await maybeOptimize(learner.id, NOW, 1)).toEqual({ status: "skipped", reason: "waiting for more reviews" });
    expect(await maybeOptimize(learner.id, NOW, REVIEWS_BETWEEN_OPTIMIZATIONS - 1)).toEqual({ status: "skipped", reason: "optimized recently" });
  }, 60_000);
});

function cardRowFor(card: ReturnType<typeof newCard>) {
  const { due, stability, fsrsDifficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } = card;
  return { due, stability, fsrsDifficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview };
}
