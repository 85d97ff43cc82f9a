// The progress page's data: a learner's own cards and reviews, counted in
// their time zone, with undone reviews left out and nobody else's data read.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CARD_STATE } from "@/lib/srs/card";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { countDueToday, getProgress } from "@/server/progress/get-progress";
import { studySet } from "@/server/reviews/review-queue";
import { createStudent, ensureContent, setItemIds, SMALL_SET } from "@/tests/fixtures/classes";

// Friday 2026-11-20, 10:00 in Nairobi (UTC+3).
const NOW = new Date("2026-11-20T07:00:00Z");
const TZ = "Africa/Nairobi";

type CardSeed = { itemId: string; state: number; stability: number; due: string };
type LogSeed = { itemId: string; rating: number; state: number; reviewedAt: string; undoneAt?: string };

async function seedHistory(user: SessionUser, cards: CardSeed[], logs: LogSeed[]) {
  const ids = new Map<string, string>();
  for (const card of cards) {
    const created = await db().card.create({
      data: {
        userId: user.id,
        itemId: card.itemId,
        due: new Date(card.due),
        stability: card.stability,
        fsrsDifficulty: 5,
        elapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: card.state,
      },
      select: { id: true },
    });
    ids.set(card.itemId, created.id);
  }
  await db().reviewLog.createMany({
    data: logs.map((log) => ({
      id: randomUUID(),
      userId: user.id,
      cardId: ids.get(log.itemId)!,
      itemId: log.itemId,
      rating: log.rating,
      origin: "flashcard",
      reviewedAt: new Date(log.reviewedAt),
      cardBefore: {},
      state: log.state,
      stability: 1,
      fsrsDifficulty: 5,
      elapsedDays: 0,
      scheduledDays: 0,
      undoneAt: log.undoneAt ? new Date(log.undoneAt) : null,
    })),
  });
}

let learner: SessionUser;
let other: SessionUser;
let items: string[];

beforeAll(async () => {
  await ensureContent();
  items = await setItemIds(SMALL_SET);
  learner = await createStudent("Amina Otieno");
  other = await createStudent("Baraka Mwangi");
  const [a, b, c, d] = items as [string, string, string, string];
  await seedHistory(
    learner,
    [
      { itemId: a, state: CARD_STATE.review, stability: 30, due: "2026-11-20T12:00:00Z" }, // due today, mastered
      { itemId: b, state: CARD_STATE.review, stability: 5, due: "2026-11-22T12:00:00Z" },
      { itemId: c, state: CARD_STATE.learning, stability: 1, due: "2026-11-19T12:00:00Z" }, // overdue: today
      { itemId: d, state: CARD_STATE.new, stability: 0, due: "2026-11-20T06:00:00Z" }, // new: not a due review
    ],
    [
      { itemId: a, rating: 3, state: CARD_STATE.review, reviewedAt: "2026-11-20T05:00:00Z" },
      { itemId: b, rating: 1, state: CARD_STATE.review, reviewedAt: "2026-11-19T12:00:00Z" },
      { itemId: c, rating: 3, state: CARD_STATE.learning, reviewedAt: "2026-11-18T12:00:00Z" },
      // Undone: would add a lapse on Nov 19 and stretch the streak back to Nov 17.
      { itemId: b, rating: 1, state: CARD_STATE.review, reviewedAt: "2026-11-19T13:00:00Z", undoneAt: "2026-11-19T13:00:04Z" },
      { itemId: a, rating: 4, state: CARD_STATE.review, reviewedAt: "2026-11-17T12:00:00Z", undoneAt: "2026-11-17T12:00:09Z" },
    ],
  );
  // Another learner with more of everything, on the same items: none of it may show up.
  await seedHistory(
    other,
    items.slice(0, 6).map((itemId) => ({ itemId, state: CARD_STATE.review, stability: 60, due: "2026-11-21T08:00:00Z" })),
    items.slice(0, 6).flatMap((itemId) => [
      { itemId, rating: 3, state: CARD_STATE.review, reviewedAt: "2026-11-16T09:00:00Z" },
      { itemId, rating: 4, state: CARD_STATE.review, reviewedAt: "2026-11-20T06:00:00Z" },
    ]),
  );
});

afterAll(() => db().$disconnect());

describe("getProgress", () => {
  it("counts the learner's due cards per day in their time zone, overdue ones today and new ones never", async () => {
    const progress = await getProgress(learner, NOW, TZ);
    expect(progress.timeZone).toBe(TZ);
    expect(progress.today).toBe("2026-11-20");
    expect(progress.dueToday).toBe(2);
    expect(progress.forecast).toHaveLength(14);
    expect(progress.forecast.slice(0, 3)).toEqual([
      { date: "2026-11-20", count: 2 },
      { date: "2026-11-21", count: 0 },
      { date: "2026-11-22", count: 1 },
    ]);
  });

  it("leaves undone reviews out of the totals, reviews per day, retention and streak", async () => {
    const progress = await getProgress(learner, NOW, TZ);
    expect(progress.hasReviewed).toBe(true);
    expect(progress.reviewsPerDay.reduce((sum, day) => sum + day.count, 0)).toBe(3);
    expect(progress.reviewsPerDay).toHaveLength(30);
    expect(progress.reviewsPerDay.slice(-4)).toEqual([
      { date: "2026-11-17", count: 0 },
      { date: "2026-11-18", count: 1 },
      { date: "2026-11-19", count: 1 },
      { date: "2026-11-20", count: 1 },
    ]);
    // Only reviews of cards in review state: one pass (Nov 20) and one lapse (Nov 19).
    expect(progress.retention).toEqual([{ weekStart: "2026-11-16", reviews: 2, passed: 1, retention: 0.5 }]);
    expect(progress.streak).toEqual({ days: 3, hasReviewedToday: true });
  });

  it("counts due today with the one function the home page calls too", async () => {
    expect(await countDueToday(learner, NOW, TZ)).toBe((await getProgress(learner, NOW, TZ)).dueToday);
    expect(await countDueToday(learner, NOW, "America/Los_Angeles")).toBe((await getProgress(learner, NOW, "America/Los_Angeles")).dueToday);
    expect(await countDueToday(other, NOW, TZ)).toBe(0);
  });

  it("reports mastery for the set the learner studies, not for every set sharing one of its cards", async () => {
    // Four cards of SMALL_SET are no whole set: nothing is listed.
    expect((await getProgress(learner, NOW, TZ)).mastery).toEqual([]);
    const studying = await createStudent("Njoki Wairimu");
    await studySet(studying, SMALL_SET, NOW);
    const progress = await getProgress(studying, NOW, TZ);
    expect(progress.mastery).toEqual([expect.objectContaining({ slug: SMALL_SET, total: items.length, started: items.length, mastered: 0 })]);
  });

  it("never includes another learner's cards or reviews", async () => {
    const mine = await getProgress(learner, NOW, TZ);
    const theirs = await getProgress(other, NOW, TZ);
    expect(theirs.reviewsPerDay.reduce((sum, day) => sum + day.count, 0)).toBe(12);
    expect(theirs.forecast[1]).toEqual({ date: "2026-11-21", count: 6 });
    // The learner's numbers are exactly their own (checked above), unchanged by the other's history.
    expect(mine.forecast[1]!.count).toBe(0);
    expect(mine.reviewsPerDay.find((day) => day.date === "2026-11-16")!.count).toBe(0);
  });

  it("has nothing for a new learner, and counts days in UTC for an unknown time zone", async () => {
    const newcomer = await createStudent("Chebet Kiprop");
    const progress = await getProgress(newcomer, NOW, "Mars/Olympus_Mons");
    expect(progress.timeZone).toBe("UTC");
    expect(progress.hasReviewed).toBe(false);
    expect(progress.dueToday).toBe(0);
    expect(progress.retention).toEqual([]);
    expect(progress.streak).toEqual({ days: 0, hasReviewedToday: false });
    expect(progress.mastery).toEqual([]);
  });

  it("counts days in the learner's zone when it is behind UTC", async () => {
    // At 07:00 UTC on Nov 20 it is still Nov 19 in Los Angeles, and the 05:00 UTC review was on Nov 19 there.
    const progress = await getProgress(learner, NOW, "America/Los_Angeles");
    expect(progress.today).toBe("2026-11-19");
    expect(progress.reviewsPerDay.slice(-2)).toEqual([
      { date: "2026-11-18", count: 1 },
      { date: "2026-11-19", count: 2 },
    ]);
    expect(progress.streak).toEqual({ days: 2, hasReviewedToday: true });
  });
});
