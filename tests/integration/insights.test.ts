// What the class remembers, who has fallen behind and the class's activity,
// read through the data layer (server/reports) from reviews made through
// it, and checked against lib/reports on the same cards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserFacingError } from "@/lib/actions/result";
import type { Item } from "@/lib/quiz/types";
import { factsBelow, forecastInstant, forecastRecall, type ForecastCard } from "@/lib/reports/memory-forecast";
import { CARD_SELECT, cardFromRow } from "@/lib/srs/card";
import { DEFAULT_PARAMETERS, retrievability } from "@/lib/srs/scheduler";
import { addDays, dayKey } from "@/lib/time/calendar";
import { answerQuestion } from "@/server/attempts/answer-question";
import { getOwnAttempt, startAttempt } from "@/server/attempts/start-attempt";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { itemIdsFrom } from "@/server/items/json-columns";
import { getClassInsight } from "@/server/reports/class-insight";
import { createForecastReview } from "@/server/reports/forecast-review";
import { getReviewQueue } from "@/server/reviews/review-queue";
import { undoLastReview } from "@/server/reviews/undo-review";
import { createClassWithMembers, createStudent, createTeacher, createTestAssignment, ensureContent, setItemIds, SMALL_SET } from "@/tests/fixtures/classes";
import { daysBefore, reviewedAt } from "@/tests/fixtures/past-reviews";

// Tuesday 10 March 2026, 12:00 in Nairobi (UTC+3); the default forecast day is Tuesday 17 March.
const NOW = new Date("2026-03-10T09:00:00Z");
const ZONE = "Africa/Nairobi";
const DAY = addDays(dayKey(NOW, ZONE), 7);
const AT = forecastInstant(DAY, ZONE)!;

afterAll(() => db().$disconnect());

let small: string[];
/** A fact outside SMALL_SET with two current items: the class is assigned `assigned`, a student studied `other`. */
let multi: { factId: string; assigned: string; other: string };

beforeAll(async () => {
  await ensureContent();
  small = await setItemIds(SMALL_SET);
  const smallFacts = new Set((await db().itemFact.findMany({ where: { itemId: { in: small } }, select: { factId: true } })).map((row) => row.factId));
  const links = await db().itemFact.findMany({ where: { item: { retiredAt: null } }, select: { itemId: true, factId: true }, orderBy: { itemId: "asc" } });
  const byFact = new Map<string, string[]>();
  for (const link of links) byFact.set(link.factId, [...(byFact.get(link.factId) ?? []), link.itemId]);
  const [factId, items] = [...byFact].find(([id, itemIds]) => !smallFacts.has(id) && itemIds.length >= 2 && itemIds.every((item) => !small.includes(item)))!;
  multi = { factId, assigned: items[0]!, other: items[1]! };
});

/** What lib's forecast gives on the cards, parameters and facts as stored, computed here from the rows. */
async function expectedForecast(classId: string, at: Date) {
  const members = await db().membership.findMany({ where: { classId }, select: { studentId: true } });
  const studentIds = members.map((member) => member.studentId);
  const assignments = await db().assignment.findMany({ where: { classId, withdrawnAt: null }, select: { itemIds: true } });
  const assigned = assignments.flatMap((assignment) => itemIdsFrom(assignment.itemIds));
  const factIds = [...new Set((await db().itemFact.findMany({ where: { itemId: { in: assigned } }, select: { factId: true } })).map((row) => row.factId))];
  const links = await db().itemFact.findMany({ where: { factId: { in: factIds } }, select: { factId: true, itemId: true } });
  const order = await db().fact.findMany({ where: { id: { in: factIds } }, select: { id: true }, orderBy: { position: "asc" } });
  const facts = order.map((fact) => ({ factId: fact.id, itemIds: links.filter((link) => link.factId === fact.id).map((link) => link.itemId) }));
  const cards: ForecastCard[] = (
    await db().card.findMany({ where: { userId: { in: studentIds } }, select: { userId: true, itemId: true, ...CARD_SELECT } })
  ).map((row) => ({ ...cardFromRow(row), userId: row.userId, itemId: row.itemId }));
  const settings = await db().learnerSettings.findMany({ where: { userId: { in: studentIds } }, select: { userId: true, parameters: true } });
  const parameters = new Map(settings.map((row) => [row.userId, row.parameters as number[] | null]));
  return forecastRecall({ students: studentIds.map((studentId) => ({ studentId, parameters: parameters.get(studentId) ?? null })), facts, cards, at });
}

async function cardOf(user: SessionUser, itemId: string) {
  return cardFromRow(await db().card.findUniqueOrThrow({ where: { userId_itemId: { userId: user.id, itemId } }, select: CARD_SELECT }));
}

describe("the memory forecast", () => {
  let teacher: SessionUser;
  let classId: string;
  let students: Record<"a" | "b" | "c" | "d", SessionUser>;
  /** b's personal FSRS parameters: the defaults with a steeper forgetting curve. */
  const personal = DEFAULT_PARAMETERS.map((weight, index) => (index === 20 ? 0.6 : weight));

  beforeAll(async () => {
    teacher = await createTeacher("Wanjiru Kamau");
    const [a, b, c, d] = await Promise.all([createStudent("Amina Otieno"), createStudent("Baraka Ochieng"), createStudent("Chebet Rono"), createStudent("Dalmas Kiprop")]);
    students = { a: a!, b: b!, c: c!, d: d! };
    classId = (await createClassWithMembers(teacher, [a!, b!, c!, d!])).id;
    await createTestAssignment(teacher, classId, { mode: "quiz" });
    await createTestAssignment(teacher, classId, { setSlug: "all", itemIds: [multi.assigned], mode: "flashcards", questionCount: "1" });
    // A withdrawn assignment's items are not in scope.
    const withdrawn = await createTestAssignment(teacher, classId, { setSlug: "all", mode: "flashcards", questionCount: "1" });
    await db().assignment.update({ where: { id: withdrawn.id }, data: { withdrawnAt: NOW } });

    // a, b and c know the first fact well: reviewed Easy ten days ago and again yesterday.
    for (const student of [a!, b!, c!]) {
      await reviewedAt(student, [small[0]!], daysBefore(NOW, 10), 4);
      await reviewedAt(student, [small[0]!], daysBefore(NOW, 1), 4);
    }
    // a studied the multi-item fact through its item the class was not assigned.
    await reviewedAt(a!, [multi.other], daysBefore(NOW, 3), 3);
    // b forgot the second fact two days ago, and has personal parameters.
    await reviewedAt(b!, [small[1]!], daysBefore(NOW, 2), 1);
    await db().learnerSettings.upsert({ where: { userId: b!.id }, create: { userId: b!.id, parameters: personal }, update: { parameters: personal } });
    // d has no card at all.
  });

  it("gives each fact lib's forecastRecall of the stored cards, lowest first, a week ahead by default", async () => {
    const insight = await getClassInsight(teacher, classId, { timeZone: ZONE }, NOW);
    expect(insight.day).toBe(DAY);
    expect(insight.at).toEqual(AT);
    const expected = await expectedForecast(classId, AT);
    expect(insight.facts.map(({ factId, studied, students }) => ({ factId, studied, students }))).toEqual(
      expected.map(({ factId, studied, students }) => ({ factId, studied, students })),
    );
    insight.facts.forEach((fact, index) => expect(fact.share).toBeCloseTo(expected[index]!.share, 12));
    // The seven facts of the quiz and the fact of the flashcards, not the withdrawn assignment's.
    expect(insight.facts).toHaveLength(small.length + 1);
    expect(insight.facts.every((fact) => fact.students === 4 && fact.statement.length > 0)).toBe(true);
  });

  it("counts a student without a card as not recalling, and a fact's other items as knowing it", async () => {
    const insight = await getClassInsight(teacher, classId, { day: DAY, timeZone: ZONE }, NOW);
    const fact = insight.facts.find((candidate) => candidate.factId === multi.factId)!;
    expect(fact.studied).toBe(1);
    expect(fact.share).toBeCloseTo(retrievability(await cardOf(students.a, multi.other), AT) / 4, 12);
    const first = insight.facts.find((candidate) => candidate.factId !== multi.factId && candidate.studied === 3)!;
    const recalls = await Promise.all([students.a, students.b, students.c].map(async (student) => retrievability(await cardOf(student, small[0]!), AT, { parameters: student === students.b ? personal : null })));
    expect(fact.share).toBeGreaterThan(0);
    expect(first.share).toBeCloseTo((recalls[0]! + recalls[1]! + recalls[2]! + 0) / 4, 12);
  });

  it("uses each student's own FSRS parameters", async () => {
    const insight = await getClassInsight(teacher, classId, { day: DAY, timeZone: ZONE }, NOW);
    const card = await cardOf(students.b, small[1]!);
    const forgotten = insight.facts.find((fact) => fact.studied === 1 && fact.factId !== multi.factId)!;
    expect(forgotten.share).toBeCloseTo(retrievability(card, AT, { parameters: personal }) / 4, 12);
    expect(forgotten.share).not.toBeCloseTo(retrievability(card, AT) / 4, 6);
  });

  it("lists the facts below 70%, and the well-known fact is not one of them", async () => {
    const insight = await getClassInsight(teacher, classId, { day: DAY, timeZone: ZONE }, NOW);
    expect(insight.below.map((fact) => fact.factId)).toEqual(factsBelow(await expectedForecast(classId, AT)).map((fact) => fact.factId));
    const known = insight.facts.find((fact) => fact.studied === 3)!;
    expect(known.share).toBeGreaterThanOrEqual(0.705);
    expect(insight.below.map((fact) => fact.factId)).not.toContain(known.factId);
    expect(insight.below.map((fact) => fact.factId)).toContain(multi.factId);
    expect(insight.below).toHaveLength(small.length);
    expect(insight.reviewItemCount).toBe(small.length);
    expect(insight.hasStudied).toBe(true);
  });

  it("creates a flashcards review of exactly those facts' assigned items, due at the start of the day, that students can review", async () => {
    const insight = await getClassInsight(teacher, classId, { day: DAY, timeZone: ZONE }, NOW);
    const belowFacts = new Set(insight.below.map((fact) => fact.factId));
    const created = await createForecastReview(teacher, classId, { day: DAY, timeZone: ZONE }, NOW);
    expect(created).toMatchObject({ factCount: insight.below.length, itemCount: small.length });
    const row = await db().assignment.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ classId, mode: "flashcards", title: "Review before Tue, Mar 17", opensAt: NOW, dueAt: AT, timeZone: ZONE });
    const itemIds = itemIdsFrom(row.itemIds);
    // The class was assigned `multi.assigned` of the multi-item fact, not `multi.other`.
    const expected = (await db().itemFact.findMany({ where: { factId: { in: [...belowFacts] }, itemId: { in: [...small, multi.assigned] } }, select: { itemId: true } })).map((link) => link.itemId);
    expect([...itemIds].sort()).toEqual([...new Set(expected)].sort());
    expect(itemIds).toContain(multi.assigned);
    expect(itemIds).not.toContain(multi.other);
    expect(itemIds).not.toContain(small[0]);
    // The set it names holds them all.
    expect(await db().setItem.count({ where: { setSlug: row.setSlug, itemId: { in: itemIds } } })).toBe(itemIds.length);
    const queue = await getReviewQueue(students.d, new Date(NOW.getTime() + 60_000), { assignmentId: created.id });
    expect(queue.entries.map((entry) => entry.itemId).sort()).toEqual([...itemIds].sort());
  });

  it("refuses a bad day with a clear message and creates nothing", async () => {
    const before = await db().assignment.count({ where: { classId } });
    for (const day of ["2026-02-30", "tomorrow", "2026-03-09"]) {
      const error = await getClassInsight(teacher, classId, { day, timeZone: ZONE }, NOW).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(UserFacingError);
      expect(error).toMatchObject({ field: "day", message: expect.stringMatching(/is not a date|later day/) });
    }
    const today = await createForecastReview(teacher, classId, { day: dayKey(NOW, ZONE), timeZone: ZONE }, NOW).catch((thrown: unknown) => thrown);
    expect(today).toMatchObject({ field: "day", message: "A review assignment needs a day after today to fall due on." });
    const garbage = await createForecastReview(teacher, classId, { day: "=1+1", timeZone: ZONE }, NOW).catch((thrown: unknown) => thrown);
    expect(garbage).toBeInstanceOf(UserFacingError);
    expect(await db().assignment.count({ where: { classId } })).toBe(before);
  });
});

describe("empty classes", () => {
  it("a class with students and nothing assigned has no facts and nothing to review", async () => {
    const teacher = await createTeacher();
    const student = await createStudent();
    const { id } = await createClassWithMembers(teacher, [student]);
    const insight = await getClassInsight(teacher, id, { timeZone: ZONE }, NOW);
    expect(insight).toMatchObject({ facts: [], below: [], assignmentCount: 0, hasStudied: false, reviewItemCount: 0 });
    expect(insight.students).toEqual([expect.objectContaining({ id: student.id })]);
    await expect(createForecastReview(teacher, id, { day: DAY, timeZone: ZONE }, NOW)).rejects.toThrow("No fact is predicted below 70% by Tue, Mar 17");
  });

  it("a class without students forecasts 0 for every fact and has no activity", async () => {
    const teacher = await createTeacher();
    const { id } = await createClassWithMembers(teacher, []);
    await createTestAssignment(teacher, id);
    const insight = await getClassInsight(teacher, id, { timeZone: ZONE }, NOW);
    expect(insight.students).toEqual([]);
    expect(insight.facts).toHaveLength(small.length);
    expect(insight.facts.every((fact) => fact.share === 0 && fact.students === 0)).toBe(true);
    expect(insight.behind).toEqual([]);
    expect(insight.activity).toMatchObject({ reviews: 0, quizAnswers: 0, activeStudents: 0, students: 0 });
    expect(insight.activity.days).toHaveLength(30);
  });
});

/** A well-formed answer to a choice or true/false question. */
function someResponse(item: Item): unknown {
  if (item.type === "true-false") return { type: item.type, value: true };
  if ("options" in item && Array.isArray(item.options)) return { type: item.type, choice: item.options[0] };
  throw new Error(`No response written for ${item.type}`);
}

describe("students who have fallen behind, and activity", () => {
  let teacher: SessionUser;
  let classId: string;
  let students: Record<"e" | "f" | "g" | "h", SessionUser>;

  beforeAll(async () => {
    teacher = await createTeacher();
    const [e, f, g, h] = await Promise.all([createStudent("Esther Wanjiku"), createStudent("Felix Omondi"), createStudent("Grace Akinyi"), createStudent("Hassan Ali")]);
    students = { e: e!, f: f!, g: g!, h: h! };
    classId = (await createClassWithMembers(teacher, [e!, f!, g!, h!])).id;
    const all = await setItemIds("all");
    const quiz = await createTestAssignment(teacher, classId, { mode: "quiz" });
    await createTestAssignment(teacher, classId, { setSlug: "all", mode: "flashcards", questionCount: "1" });
    await db().membership.updateMany({ where: { classId }, data: { joinedAt: daysBefore(NOW, 50) } });
    await db().membership.update({ where: { classId_studentId: { classId, studentId: e!.id } }, data: { joinedAt: daysBefore(NOW, 10) } });
    // e: never active since joining ten days ago. f: last reviewed forty days ago, before the chart's 30 days.
    await reviewedAt(f!, [all[0]!], daysBefore(NOW, 40));
    // g: 20 cards forgotten three days ago (Again: due a minute later), so overdue today.
    await reviewedAt(g!, all.slice(0, 20), daysBefore(NOW, 3), 1);
    // h: answered a quiz question yesterday, and made a flashcard review they undid.
    const yesterday = daysBefore(NOW, 1);
    const attempt = await startAttempt(h!, quiz.id, yesterday);
    const [itemId] = (await getOwnAttempt(h!, attempt.id)).itemIds;
    const item = await db().item.findUniqueOrThrow({ where: { id: itemId! }, select: { payload: true } });
    await answerQuestion(h!, attempt.id, itemId!, someResponse(item.payload as unknown as Item), yesterday);
    await reviewedAt(h!, [all[30]!], yesterday);
    await undoLastReview(h!, yesterday);
  });

  it("lists those with 20 overdue cards or a week without activity, with the reasons", async () => {
    const insight = await getClassInsight(teacher, classId, { timeZone: ZONE }, NOW);
    const behind = new Map(insight.behind.map((row) => [row.studentId, row]));
    expect(behind.get(students.e.id)).toMatchObject({ name: "Esther Wanjiku", daysInactive: null, reasons: ["No activity since joining 10 days ago (Feb 28)."] });
    expect(behind.get(students.f.id)).toMatchObject({ daysInactive: 40, reasons: ["No activity for 40 days (last on Jan 29)."] });
    expect(behind.get(students.g.id)).toMatchObject({ overdueCards: 20, reasons: ["20 cards overdue."] });
    expect(behind.has(students.h.id)).toBe(false);
    expect(insight.behind).toHaveLength(3);
  });

  it("counts the last 30 days' reviews, quiz answers and active students per day", async () => {
    const insight = await getClassInsight(teacher, classId, { timeZone: ZONE }, NOW);
    const { activity } = insight;
    expect(activity.days).toHaveLength(30);
    expect(activity.days.at(-1)!.date).toBe("2026-03-10");
    const day = (date: string) => activity.days.find((entry) => entry.date === date);
    expect(day("2026-03-07")).toEqual({ date: "2026-03-07", reviews: 20, quizAnswers: 0, activeStudents: 1 });
    // The quiz answer counts once (not again as its review log); the undone review not at all.
    expect(day("2026-03-09")).toEqual({ date: "2026-03-09", reviews: 0, quizAnswers: 1, activeStudents: 1 });
    expect(activity).toMatchObject({ reviews: 20, quizAnswers: 1, activeStudents: 2, students: 4 });
  });
});
