// The class gradebook and the per-student report, on the real data layer:
// family-name order, the attempt that counts under each choice, flashcard
// cells, students with no or unfinished attempts, the CSV parsed back, and
// who may see them.
import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setItemHidden } from "@/server/assignments/manage-assignment";
import { NotFoundError } from "@/lib/actions/result";
import { gradebookCsv } from "@/lib/reports/gradebook";
import { setAssignmentWithdrawn } from "@/server/assignments/manage-assignment";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { getGradebook } from "@/server/reports/gradebook";
import { getStudentReport } from "@/server/reports/student-report";
import { submitReviews } from "@/server/reviews/submit-reviews";
import { takeQuiz } from "@/tests/fixtures/attempts";
import { createAccounts, createClassWithMembers, createStudent, createTeacher, createTestAssignment, ensureContent, setItemIds, SMALL_SET, WHILE_OPEN } from "@/tests/fixtures/classes";
import { failure } from "@/tests/fixtures/errors";

const HOUR = 3_600_000;
const at = (hours: number) => new Date(WHILE_OPEN.getTime() + hours * HOUR);

let teacher: SessionUser;
let students: Record<"amina" | "zawadi" | "baraka" | "cmd", SessionUser>;
let classId: string;
let quizId: string;
let pool: string[];

beforeAll(async () => {
  await ensureContent();
  teacher = await createTeacher();
  students = await createAccounts({ amina: ["student", "Amina Otieno"], zawadi: ["student", "Zawadi Achieng"], baraka: ["student", "Baraka"], cmd: ["student", "=cmd Mwangi"] });
  classId = (await createClassWithMembers(teacher, Object.values(students))).id;
  quizId = (await createTestAssignment(teacher, classId, { title: "Money quiz", attemptsAllowed: "3", shuffle: "" })).id;
  pool = (await setItemIds(SMALL_SET)).slice(0, 4);
  // Due before the quiz, so its column comes first.
  await createTestAssignment(teacher, classId, { title: "Quote cards", mode: "flashcards", itemIds: pool, questionCount: "4", dueAt: "2026-03-15T17:00" });
  const withdrawn = await createTestAssignment(teacher, classId, { title: "Old quiz" });
  await takeQuiz(students.zawadi, withdrawn.id, 5, at(0));
  await setAssignmentWithdrawn(teacher, withdrawn.id, true);

  await takeQuiz(students.amina, quizId, 2, at(0));
  await takeQuiz(students.amina, quizId, 5, at(1));
  await takeQuiz(students.amina, quizId, 3, at(2), { blanks: true });
  await takeQuiz(students.zawadi, quizId, 4, at(0));
  await takeQuiz(students.cmd, quizId, 1, at(0), { finish: false });
  await submitReviews(
    students.amina,
    pool.slice(0, 3).map((itemId) => ({ reviewId: randomUUID(), itemId, rating: 3 as const, reviewedAt: at(3) })),
    at(3),
  );
});

afterAll(() => db().$disconnect());

const NOW = at(4);

describe("the gradebook", () => {
  it("has a row per student by family name (a one-word name is its own family name) and a column per assignment by due date, withdrawn ones left out", async () => {
    const gradebook = await getGradebook(teacher, classId, { now: NOW });
    expect(gradebook.rows.map((row) => [row.student.familyName, row.student.givenNames])).toEqual([
      ["Achieng", "Zawadi"],
      ["Baraka", ""],
      ["Mwangi", "=cmd"],
      ["Otieno", "Amina"],
    ]);
    expect(gradebook.assignments.map((assignment) => assignment.title)).toEqual(["Quote cards", "Money quiz"]);
    expect(gradebook).toMatchObject({ choice: "first", withdrawnCount: 1 });
  });

  it.each([
    ["first", 2],
    ["best", 5],
    ["latest", 3],
  ] as const)("counts the %s of several finished attempts (a blank is wrong)", async (choice, correct) => {
    const gradebook = await getGradebook(teacher, classId, { choice, now: NOW });
    const cell = (id: string) => gradebook.rows.find((row) => row.student.id === id)!.cells[1];
    expect(cell(students.amina.id)).toMatchObject({ quiz: { kind: "score", score: { correct, total: 5 } }, standing: "done" });
    expect(cell(students.zawadi.id)).toMatchObject({ quiz: { kind: "score", score: { correct: 4, total: 5 } } });
    expect(gradebook.choice).toBe(choice);
  });

  it("leaves a question the teacher took out out of every score, in the gradebook and on the student's page", async () => {
    const attempt = await db().attempt.findFirstOrThrow({ where: { assignmentId: quizId, studentId: students.zawadi.id }, select: { itemIds: true } });
    const [first] = attempt.itemIds as string[];
    await setItemHidden(teacher, quizId, first!, true);
    try {
      const gradebook = await getGradebook(teacher, classId, { now: NOW });
      const zawadi = gradebook.rows.find((row) => row.student.id === students.zawadi.id)!.cells[1];
      expect(zawadi).toMatchObject({ quiz: { kind: "score", score: { correct: 3, total: 4 } } });
      const report = await getStudentReport(teacher, classId, students.zawadi.id, { now: NOW });
      expect(report.assignments.find((row) => row.id === quizId)?.quiz).toMatchObject({ score: { correct: 3, total: 4 } });
    } finally {
      await setItemHidden(teacher, quizId, first!, false);
    }
  });

  it("shows flashcards as cards reviewed since the assignment opened, a student with no attempt as not started, an unfinished one as in progress", async () => {
    const gradebook = await getGradebook(teacher, classId, { now: NOW });
    const cells = new Map(gradebook.rows.map((row) => [row.student.id, row.cells]));
    expect(cells.get(students.amina.id)![0]).toEqual({ quiz: null, cards: { reviewed: 3, total: 4 }, standing: "in-progress" });
    expect(cells.get(students.zawadi.id)![0]).toEqual({ quiz: null, cards: { reviewed: 0, total: 4 }, standing: "to-do" });
    expect(cells.get(students.baraka.id)).toEqual([
      { quiz: null, cards: { reviewed: 0, total: 4 }, standing: "to-do" },
      { quiz: { kind: "not-started" }, cards: null, standing: "to-do" },
    ]);
    expect(cells.get(students.cmd.id)![1]).toEqual({ quiz: { kind: "in-progress" }, cards: null, standing: "in-progress" });
  });

  it("writes the CSV in the table's shape: percentages, cards reviewed, empty cells without a score, formula names escaped", async () => {
    const csv = gradebookCsv(await getGradebook(teacher, classId, { choice: "best", now: NOW }));
    expect(parse(csv)).toEqual([
      ["Family name", "Given names", "Username", "Quote cards (cards reviewed of 4)", "Money quiz (% right)"],
      ["Achieng", "Zawadi", students.zawadi.username, "0", "80"],
      ["Baraka", "", students.baraka.username, "0", ""],
      ["Mwangi", "'=cmd", students.cmd.username, "0", ""],
      ["Otieno", "Amina", students.amina.username, "3", "100"],
    ]);
  });

  it("is empty, not an error, for a class with no students or no assignments", async () => {
    const empty = await createClassWithMembers(teacher);
    expect(await getGradebook(teacher, empty.id)).toMatchObject({ rows: [], assignments: [], withdrawnCount: 0 });
    const noAssignments = await createClassWithMembers(teacher, [students.baraka]);
    const gradebook = await getGradebook(teacher, noAssignments.id);
    expect(gradebook.assignments).toEqual([]);
    expect(gradebook.rows).toEqual([{ student: expect.objectContaining({ id: students.baraka.id }), cells: [] }]);
  });

  it("is not found for another teacher or a student", async () => {
    const other = await createTeacher("Daniel Mwangi");
    expect(await failure(getGradebook(other, classId))).toBeInstanceOf(NotFoundError);
    expect(await failure(getGradebook(students.amina, classId))).toBeInstanceOf(NotFoundError);
  });
});

describe("the per-student report", () => {
  it("lists the class's assignments with standing and first, best and latest scores", async () => {
    const report = await getStudentReport(teacher, classId, students.amina.id, { now: NOW });
    expect(report.student).toMatchObject({ id: students.amina.id, name: "Amina Otieno", canReset: false });
    expect(report.assignments.map((row) => row.title)).toEqual(["Quote cards", "Money quiz"]);
    const [cards, quiz] = report.assignments;
    expect(cards).toMatchObject({ standing: "in-progress", cards: { reviewed: 3, total: 4 }, scores: null, quiz: null });
    expect(quiz).toMatchObject({ standing: "done", attemptsUsed: 3, attemptsAllowed: 3, cards: null });
    expect(quiz!.scores!.first!.score).toEqual({ correct: 2, total: 5 });
    expect(quiz!.scores!.best!.score).toEqual({ correct: 5, total: 5 });
    expect(quiz!.scores!.latest!.score).toEqual({ correct: 3, total: 5 });
  });

  it("ranks the assigned facts they studied by predicted recall, lowest first, and counts the rest", async () => {
    const { facts } = await getStudentReport(teacher, classId, students.amina.id, { now: NOW });
    const assigned = new Set([...pool, ...(await setItemIds(SMALL_SET))]);
    const factCount = new Set((await db().itemFact.findMany({ where: { itemId: { in: [...assigned] } }, select: { factId: true } })).map((row) => row.factId)).size;
    // A week from today (UTC unless told), as the class forecast's default.
    expect(facts.day).toBe("2026-03-17");
    expect(facts.studied).toBeGreaterThan(0);
    expect(facts.weakest[0]!.recall).toBeLessThan(facts.weakest.at(-1)!.recall);
    expect(facts.studied + facts.notStudied).toBe(factCount);
    const recalls = facts.weakest.map((fact) => fact.recall);
    expect(recalls).toEqual([...recalls].sort((a, b) => a - b));
    expect(facts.weakest[0]!.statement).toEqual(expect.any(String));
    // A student who has studied nothing has no weakest facts, only unstudied ones.
    const baraka = await getStudentReport(teacher, classId, students.baraka.id, { now: NOW });
    expect(baraka.facts).toMatchObject({ weakest: [], studied: 0, notStudied: factCount });
  });

  it("shows the latest reviews and answers first", async () => {
    const { activity } = await getStudentReport(teacher, classId, students.amina.id, { now: NOW });
    // 15 quiz answers less 2 blanks, and 3 flashcard reviews.
    expect(activity.events).toHaveLength(16);
    expect(activity.lastActiveAt).toEqual(at(3));
    expect(activity.recent).toHaveLength(10);
    expect(activity.recent.slice(0, 3).map((event) => event.kind)).toEqual(["review", "review", "review"]);
    expect(activity.recent[3]).toMatchObject({ kind: "quizAnswer", at: at(2), prompt: expect.any(String) });
  });

  it("is not found for a student outside the class, another teacher or a student", async () => {
    const outsider = await createStudent("Juma Kiprop");
    const other = await createTeacher("Daniel Mwangi");
    expect(await failure(getStudentReport(teacher, classId, outsider.id))).toBeInstanceOf(NotFoundError);
    expect(await failure(getStudentReport(other, classId, students.amina.id))).toBeInstanceOf(NotFoundError);
    expect(await failure(getStudentReport(students.amina, classId, students.amina.id))).toBeInstanceOf(NotFoundError);
  });
});
