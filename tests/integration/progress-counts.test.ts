// The progress page's counts as the database makes them
// (server/progress/day-counts.ts) are lib/progress's over every card and
// review log, on generated histories, in zones with daylight-saving changes
// (some of them by half an hour or at odd offsets) and without, on days of
// a change and on ordinary days, with reviews and due dates on the very
// first and last millisecond of days.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dueToday, forecast, retentionByWeek, reviewsPerDay, streak, studiedSets } from "@/lib/progress/progress";
import { createRandom } from "@/lib/quiz/seeded-random";
import { CARD_STATE } from "@/lib/srs/card";
import { addDays, dayKey, dayRange } from "@/lib/time/calendar";
import { dayStart, timeZoneOrUtc } from "@/lib/time/zone";
import { practisableSetWhere } from "@/server/authoring/sets";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { countDueToday, FORECAST_DAYS, getProgress, RETENTION_WEEKS, REVIEW_HISTORY_DAYS } from "@/server/progress/get-progress";
import { createStudent, ensureContent, setItemIds, SMALL_SET } from "@/tests/fixtures/classes";

const ZONES = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kolkata", "America/St_Johns", "UTC"];

/** Days of daylight-saving changes in 2026 in those zones, and ordinary days, at several hours. */
const NOWS = [
  "2026-03-08T06:59:59.999Z", // New York and St. John's: the night of the change to summer time
  "2026-03-08T15:00:00Z",
  "2026-03-29T00:30:00Z", // London: half an hour before summer time
  "2026-03-29T23:30:00Z",
  "2026-04-04T14:45:00Z", // Lord Howe (half an hour back) and Chatham: the change back
  "2026-04-05T11:00:00Z",
  "2026-09-26T14:00:00Z", // Chatham: summer time
  "2026-10-03T15:30:00Z", // Lord Howe: summer time
  "2026-10-25T01:30:00Z", // London: winter time
  "2026-11-01T05:30:00Z", // New York: winter time
  "2026-11-20T07:00:00Z", // an ordinary day
].map((text) => new Date(text));

const FROM = Date.parse("2025-09-01T00:00:00Z");
const TO = Date.parse("2027-01-15T00:00:00Z");

type Learner = { user: SessionUser; zone: string };

/**
 * A learner whose days are counted in `zone`: cards in every state due at
 * random and on the edges of the days around each of NOWS, and review logs
 * at random (a tenth undone), on those edges too, and one a day at noon UTC
 * with a few gaps, so streaks run longer than the days the page shows.
 */
async function makeLearner(zone: string, index: number, studyItems: string[]): Promise<Learner> {
  const user = await createStudent(`Counts Learner ${index + 1}`);
  const random = createRandom(`progress-counts-${zone}`);
  const edges = NOWS.flatMap((now) => dayRange(addDays(dayKey(now, zone), -REVIEW_HISTORY_DAYS - 2), REVIEW_HISTORY_DAYS + FORECAST_DAYS + 4).map((day) => dayStart(day, zone).getTime()));
  const instant = () => {
    const edge = edges[random.int(edges.length)]!;
    const pick = random.next();
    return new Date(pick < 0.3 ? edge : pick < 0.6 ? edge - 1 : FROM + random.next() * (TO - FROM));
  };
  const state = () => [CARD_STATE.new, CARD_STATE.learning, CARD_STATE.review, CARD_STATE.review, CARD_STATE.relearning][random.int(5)]!;
  const itemIds = [...studyItems.slice(0, index % 2 === 0 ? studyItems.length : 3), ...Array.from({ length: 400 }, (_, card) => `counts-item-${index}-${card}`)];
  const cards = itemIds.map((itemId, card) => ({
    id: `counts-card-${index}-${card}`,
    userId: user.id,
    itemId,
    due: instant(),
    stability: random.next() * 40,
    fsrsDifficulty: 5,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: state(),
  }));
  await db().card.createMany({ data: cards });
  const gaps = new Set(["2026-01-20", "2026-05-15", "2026-10-10", "2026-11-02"]);
  const daily = dayRange("2026-01-01", 365)
    .filter((day) => !gaps.has(day))
    .map((day) => new Date(`${day}T12:00:00Z`));
  const times = [...daily, ...Array.from({ length: 1_500 }, instant)];
  await db().reviewLog.createMany({
    data: times.map((reviewedAt, log) => {
      const card = cards[random.int(cards.length)]!;
      return {
        id: `counts-log-${index}-${log}`,
        userId: user.id,
        cardId: card.id,
        itemId: card.itemId,
        rating: 1 + random.int(4),
        origin: random.next() < 0.8 ? ("flashcard" as const) : ("quiz" as const),
        reviewedAt,
        cardBefore: {},
        state: state(),
        stability: 1,
        fsrsDifficulty: 5,
        elapsedDays: 0,
        scheduledDays: 0,
        undoneAt: log >= daily.length && random.next() < 0.1 ? new Date(reviewedAt.getTime() + 5_000) : null,
      };
    }),
  });
  return { user, zone };
}

/** What lib/progress makes of every card and log of the learner, as the page showed it before the counting moved to the database. */
async function expected(user: SessionUser, now: Date, zone: string) {
  const [cards, logs, sets] = await Promise.all([
    db().card.findMany({ where: { userId: user.id }, select: { itemId: true, due: true, state: true, stability: true } }),
    db().reviewLog.findMany({ where: { userId: user.id }, select: { reviewedAt: true, rating: true, state: true, undoneAt: true }, orderBy: { reviewedAt: "asc" } }),
    db().itemSet.findMany({
      where: practisableSetWhere(user),
      orderBy: [{ ownerId: { sort: "asc", nulls: "first" } }, { position: "asc" }],
      select: { slug: true, title: true, items: { where: { item: { retiredAt: null } }, select: { itemId: true } } },
    }),
  ]);
  return {
    today: dayKey(now, zone),
    hasReviewed: logs.some((log) => log.undoneAt === null),
    dueToday: dueToday(cards, now, zone),
    forecast: forecast(cards, now, zone, FORECAST_DAYS),
    reviewsPerDay: reviewsPerDay(logs, now, zone, REVIEW_HISTORY_DAYS),
    retention: retentionByWeek(logs, zone).slice(-RETENTION_WEEKS),
    streak: streak(logs, now, zone),
    mastery: studiedSets(sets.map((set) => ({ slug: set.slug, title: set.title, itemIds: set.items.map((row) => row.itemId) })), cards),
  };
}

let learners: Learner[];

beforeAll(async () => {
  await ensureContent();
  const studyItems = await setItemIds(SMALL_SET);
  learners = [];
  for (const [index, zone] of ZONES.entries()) learners.push(await makeLearner(zone, index, studyItems));
}, 120_000);

afterAll(() => db().$disconnect());

describe("the progress page's counts from the database", () => {
  it.each(ZONES)("are lib/progress's over every card and log, in %s, on days of a clock change and others", async (zone) => {
    const { user } = learners.find((learner) => learner.zone === zone)!;
    for (const now of NOWS) {
      const { timeZone, ...progress } = await getProgress(user, now, zone);
      expect(timeZone).toBe(timeZoneOrUtc(zone));
      expect(progress, `${zone} at ${now.toISOString()}`).toEqual(await expected(user, now, zone));
    }
  });

  it("give streaks longer than the days the page shows", async () => {
    // A review every day since 21 January.
    const { user } = learners.find((learner) => learner.zone === "UTC")!;
    expect((await getProgress(user, new Date("2026-03-08T15:00:00Z"), "UTC")).streak.days).toBeGreaterThan(REVIEW_HISTORY_DAYS);
  });

  it("give the home page the progress page's due today, in every zone", async () => {
    for (const { user, zone } of learners) {
      for (const now of NOWS) expect(await countDueToday(user, now, zone)).toBe((await getProgress(user, now, zone)).dueToday);
    }
  });

  it("read only the learner's own cards and reviews", async () => {
    const newcomer = await createStudent("Counts Newcomer");
    const progress = await getProgress(newcomer, NOWS[0]!, "UTC");
    expect([progress.hasReviewed, progress.dueToday, progress.streak.days, progress.retention, progress.mastery]).toEqual([false, 0, 0, [], []]);
    expect(progress.reviewsPerDay.every((day) => day.count === 0) && progress.forecast.every((day) => day.count === 0)).toBe(true);
  });
});
