// The teacher's report on an assignment, read from the real data layer: a
// class takes a quiz with planned answers, and the report must count each
// option, compute facility, choose the counted attempt as told, show the
// facts behind a flagged question, and leave out what is not this
// assignment's (other classes, other assignments, former students).
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setItemHidden } from "@/server/assignments/manage-assignment";
import { NotFoundError } from "@/lib/actions/result";
import { itemQuestionText } from "@/lib/quiz/describe";
import type { QuizResponse } from "@/lib/quiz/response";
import type { ChoiceItem, Item, TrueFalseItem, TypedAnswerItem } from "@/lib/quiz/types";
import { questionsCsv, studentsCsv } from "@/lib/reports/assignment-report";
import type { SessionUser } from "@/server/auth/session";
import { removeStudent } from "@/server/classes/manage-class";
import { db } from "@/server/db/client";
import { getAssignmentReport, type AssignmentReport, type ReportQuestion } from "@/server/reports/assignment-report";
import { getAttemptReview } from "@/server/reports/attempt-review";
import { takeAttempt } from "@/tests/fixtures/attempts";
import { createClassWithMembers, createStudent, createTeacher, createTestAssignment, ensureContent, WHILE_OPEN } from "@/tests/fixtures/classes";
import { failure } from "@/tests/fixtures/errors";

const FORMULA = "=SUM(A1:A9)";
const MINUTE_MS = 60_000;

let teacher: SessionUser;
let otherTeacher: SessionUser;
let students: SessionUser[];
let mc: ChoiceItem;
let typed: TypedAnswerItem;
let tf: TrueFalseItem;
let assignmentId: string;
let emptyAssignmentId: string;
let otherClassAssignmentId: string;
let otherClassAttemptId: string;
let attemptIds: Map<string, string[]>;
let startedOnly: SessionUser;
let notStarted: SessionUser;

const at = (minutes: number) => new Date(WHILE_OPEN.getTime() + minutes * MINUTE_MS);

function answers(mcChoice: string, typedText: string, tfValue: boolean): Map<string, QuizResponse> {
  return new Map<string, QuizResponse>([
    [mc.id, { type: mc.type, choice: mcChoice } as QuizResponse],
    [typed.id, { type: "typed-answer", text: typedText }],
    [tf.id, { type: "true-false", value: tfValue }],
  ]);
}

function question(report: AssignmentReport, item: Item): ReportQuestion {
  const found = report.questions.find((candidate) => candidate.item.id === item.id);
  if (!found) throw new Error(`No row for ${item.id}`);
  return found;
}

function optionCounts(row: ReportQuestion): Record<string, number> {
  if (row.analysis.responses.kind !== "options") throw new Error("not a choice question");
  return Object.fromEntries(row.analysis.responses.options.map((option) => [option.option, option.count]));
}

beforeAll(async () => {
  const bank = await ensureContent();
  mc = bank.items.find((item): item is ChoiceItem => item.type === "multiple-choice" && item.options.length >= 3)!;
  typed = bank.items.find((item): item is TypedAnswerItem => item.type === "typed-answer")!;
  tf = bank.items.find((item): item is TrueFalseItem => item.type === "true-false")!;
  [teacher, otherTeacher] = await Promise.all([createTeacher("Wanjiru Kamau"), createTeacher("Daniel Mwangi")]);
  students = await Promise.all(Array.from({ length: 10 }, (_, index) => createStudent(`Student ${String(index).padStart(2, "0")}`)));
  startedOnly = await createStudent("Zawadi Started");
  notStarted = await createStudent("Zuri Waiting");
  const leaver = await createStudent("Baraka Left");
  const created = await createClassWithMembers(teacher, [...students, startedOnly, notStarted, leaver]);
  const form = { setSlug: "all", itemIds: [mc.id, typed.id, tf.id], questionCount: "3", shuffle: "off", attemptsAllowed: "3", revealAnswers: "at-end" };
  assignmentId = (await createTestAssignment(teacher, created.id, { ...form, title: "Report quiz" })).id;
  emptyAssignmentId = (await createTestAssignment(teacher, created.id, { ...form, title: "Nobody has started" })).id;
  const sameClassOther = (await createTestAssignment(teacher, created.id, { ...form, title: "Another quiz of the class" })).id;

  const [wrongA, wrongB] = mc.options.filter((option) => option !== mc.answer);
  // First attempts: mc key ×6, wrongA ×2, wrongB ×2; typed right ×3, FORMULA ×7; tf wrong ×10.
  attemptIds = new Map();
  for (const [index, student] of students.entries()) {
    const choice = index < 6 ? mc.answer : index < 8 ? wrongA! : wrongB!;
    const text = index < 3 ? typed.answer : FORMULA;
    const id = await takeAttempt(student, assignmentId, answers(choice, text, !tf.answer), { startedAt: at(index), minutes: 4 + index });
    attemptIds.set(student.id, [id]);
  }
  // Student 00 tries again and gets everything right (best = latest = 3 of 3).
  attemptIds.get(students[0]!.id)!.push(await takeAttempt(students[0]!, assignmentId, answers(mc.answer, typed.answer, tf.answer), { startedAt: at(60) }));
  // Student 01: second attempt all wrong, third 1 of 3 (first 2 of 3 is also the best; latest is 1 of 3).
  attemptIds.get(students[1]!.id)!.push(await takeAttempt(students[1]!, assignmentId, answers(wrongA!, FORMULA, !tf.answer), { startedAt: at(60) }));
  attemptIds.get(students[1]!.id)!.push(await takeAttempt(students[1]!, assignmentId, answers(wrongA!, FORMULA, tf.answer), { startedAt: at(90) }));
  // Started, never finished: counts nowhere.
  await takeAttempt(startedOnly, assignmentId, answers(wrongB!, FORMULA, tf.answer), { startedAt: at(5), finish: false });
  // A student who left after taking it, and the class's other assignment: not in this report.
  await takeAttempt(leaver, assignmentId, answers(wrongB!, FORMULA, tf.answer), { startedAt: at(5) });
  await removeStudent(teacher, created.id, leaver.id);
  await takeAttempt(students[2]!, sameClassOther, answers(wrongB!, FORMULA, tf.answer), { startedAt: at(200) });
  // Another teacher's class takes the same questions.
  const outsider = await createStudent("Outside Student");
  const otherClass = await createClassWithMembers(otherTeacher, [outsider]);
  otherClassAssignmentId = (await createTestAssignment(otherTeacher, otherClass.id, { ...form, title: "Other class quiz" })).id;
  otherClassAttemptId = await takeAttempt(outsider, otherClassAssignmentId, answers(wrongB!, FORMULA, tf.answer), { startedAt: at(5) });
}, 120_000);

afterAll(() => db().$disconnect());

describe("the assignment report", () => {
  it("counts each option of a choice question and computes facility over first attempts", async () => {
    const report = await getAssignmentReport(teacher, assignmentId);
    expect(report.choice).toBe("first");
    expect(report.countedAttempts).toBe(10);
    const [wrongA, wrongB] = mc.options.filter((option) => option !== mc.answer);
    const mcRow = question(report, mc);
    expect(optionCounts(mcRow)).toEqual({ [mc.answer]: 6, [wrongA!]: 2, [wrongB!]: 2, ...Object.fromEntries(mc.options.slice(3).map((option) => [option, 0])) });
    expect(mcRow.analysis).toMatchObject({ n: 10, answered: 10, correct: 6, facility: { status: "ok", value: 0.6 } });
    // Ten answers: enough for facility, not for discrimination (decision 011).
    expect(mcRow.analysis.discrimination).toEqual({ status: "too-few", n: 10, needed: 15 });
    const typedRow = question(report, typed);
    expect(typedRow.analysis.facility).toEqual({ status: "ok", value: 0.3 });
    expect(typedRow.analysis.responses).toEqual({ kind: "typed", wrongAnswers: [{ text: FORMULA, count: 7 }] });
  });

  it("flags a question nobody got right and gives the facts behind it with their verbatim sentences", async () => {
    const report = await getAssignmentReport(teacher, assignmentId);
    const tfRow = question(report, tf);
    expect(tfRow.analysis.facility).toEqual({ status: "ok", value: 0 });
    expect(tfRow.flags.map((flag) => flag.kind)).toEqual(["too-hard"]);
    expect(tfRow.flags[0]!.reason).toContain("0 of 10 right");
    expect(tfRow.facts.map((fact) => fact.id)).toEqual(tf.factIds);
    expect(tfRow.facts[0]!.kind).toBe(tf.factKind);
    const quotes = tfRow.facts.flatMap((fact) => fact.evidence.map((evidence) => evidence.quote));
    expect(quotes).toEqual(expect.arrayContaining(tf.sources.map((source) => source.quote)));
    expect(tfRow.facts[0]!.evidence[0]!.href).toMatch(/^\/library\/articles\/.+#evidence-\d+$/);
    // Hardest first is the page's order; questions keep their place in the assignment.
    expect(report.questions.map((row) => row.position)).toEqual([1, 2, 3]);
  });

  it("gives each student's status, first, best and latest scores, the counted one per choice, and time spent", async () => {
    const first = await getAssignmentReport(teacher, assignmentId);
    const byName = (report: AssignmentReport, name: string) => report.students.find((student) => student.name === name)!;
    expect(first.students.map((student) => student.name)).toEqual([...students.map((student) => student.name), "Zawadi Started", "Zuri Waiting"]);
    expect(byName(first, "Zawadi Started")).toMatchObject({ status: "started", counted: null, timeSpentMs: null, attempts: 1 });
    expect(byName(first, "Zuri Waiting")).toMatchObject({ status: "not-started", counted: null, linkedAttemptId: null, attempts: 0 });

    const s0 = byName(first, "Student 00");
    expect(s0).toMatchObject({ status: "finished", attempts: 2 });
    expect(s0.counted?.score).toEqual({ correct: 2, total: 3 });
    expect(s0.scores.best?.score).toEqual({ correct: 3, total: 3 });
    expect(s0.linkedAttemptId).toBe(attemptIds.get(students[0]!.id)![0]);
    // 4 minutes for the first attempt, 5 for the second.
    expect(s0.timeSpentMs).toBe(9 * MINUTE_MS);

    const s1 = byName(first, "Student 01");
    expect([s1.scores.first, s1.scores.best, s1.scores.latest].map((counted) => counted?.score.correct)).toEqual([2, 2, 1]);

    const best = await getAssignmentReport(teacher, assignmentId, { choice: "best" });
    expect(byName(best, "Student 00").counted?.score).toEqual({ correct: 3, total: 3 });
    expect(byName(best, "Student 01").counted?.attempt.id).toBe(attemptIds.get(students[1]!.id)![0]);
    const latest = await getAssignmentReport(teacher, assignmentId, { choice: "latest" });
    expect(byName(latest, "Student 01").counted?.score).toEqual({ correct: 1, total: 3 });
    expect(byName(latest, "Student 01").linkedAttemptId).toBe(attemptIds.get(students[1]!.id)![2]);
    // The item analysis follows the choice: with latest attempts, students 00 and 01 get the true-false question right.
    expect(question(latest, tf).analysis).toMatchObject({ correct: 2, facility: { status: "ok", value: 0.2 } });
  });

  it("leaves a question the teacher took out out of every score and figure, and lists it to be put back", async () => {
    await setItemHidden(teacher, assignmentId, tf.id, true);
    try {
      const report = await getAssignmentReport(teacher, assignmentId);
      expect(report.hiddenQuestions.map(({ item }) => item.id)).toEqual([tf.id]);
      expect(report.questions.map((row) => row.item.id)).not.toContain(tf.id);
      const s0 = report.students.find((student) => student.name === "Student 00")!;
      expect(s0.counted?.score.total).toBe(2);
    } finally {
      await setItemHidden(teacher, assignmentId, tf.id, false);
    }
    expect((await getAssignmentReport(teacher, assignmentId)).hiddenQuestions).toEqual([]);
  });

  it("leaves out former students, other assignments and other classes", async () => {
    const report = await getAssignmentReport(teacher, assignmentId);
    expect(report.formerStudentAttempts).toBe(1);
    expect(report.students.map((student) => student.name)).not.toContain("Baraka Left");
    const linked = report.students.flatMap((student) => (student.linkedAttemptId ? [student.linkedAttemptId] : []));
    expect(linked).not.toContain(otherClassAttemptId);
    expect(await db().attempt.count({ where: { id: { in: linked }, assignmentId: { not: assignmentId } } })).toBe(0);
    // Student 02's attempt at the class's other assignment is not one of this one's.
    expect(report.students.find((student) => student.name === "Student 02")!.attempts).toBe(1);
    expect(question(report, mc).analysis.n).toBe(10);

    expect(await failure(getAssignmentReport(otherTeacher, assignmentId))).toBeInstanceOf(NotFoundError);
    expect(await failure(getAssignmentReport(teacher, otherClassAssignmentId))).toBeInstanceOf(NotFoundError);
    expect(await failure(getAssignmentReport(students[0]!, assignmentId))).toBeInstanceOf(NotFoundError);
  });

  it("shows an assignment nobody has started as empty, not as an error", async () => {
    const report = await getAssignmentReport(teacher, emptyAssignmentId);
    expect(report.countedAttempts).toBe(0);
    expect(report.students.every((student) => student.status === "not-started")).toBe(true);
    expect(report.questions.map((row) => [row.analysis.n, row.flags])).toEqual([
      [0, []],
      [0, []],
      [0, []],
    ]);
    expect(report.quiz).toMatchObject({ attempts: 0, mean: { status: "too-few", n: 0 } });
    expect(report.quiz.histogram.every((bin) => bin.count === 0)).toBe(true);
  });

  it("writes the CSV files, which parse back with a header row and the formula-looking answer escaped", async () => {
    const report = await getAssignmentReport(teacher, assignmentId);
    const items = parse(questionsCsv(report.questions, itemQuestionText), { columns: true }) as Record<string, string>[];
    expect(items).toHaveLength(3);
    const typedRow = items.find((row) => row["Item id"] === typed.id)!;
    expect(typedRow).toMatchObject({ Asked: "10", Right: "3", Facility: "0.3", "Most common wrong answer": `'${FORMULA} (7)` });
    expect(items.find((row) => row["Item id"] === tf.id)!.Flags).toContain("0 of 10 right");

    const scores = parse(studentsCsv(report.students, "first"), { columns: true }) as Record<string, string>[];
    expect(scores).toHaveLength(12);
    expect(scores[0]).toMatchObject({ Student: "Student 00", Status: "Finished", "Counted (first attempt): right": "2", "Best: right": "3" });
    expect(scores.find((row) => row.Student === "Zuri Waiting")).toMatchObject({ Status: "Not started", "Counted (first attempt): right": "" });
  });
});

describe("a student's attempt as the teacher reads it", () => {
  it("gives every question, the student's answer, right or wrong, the key and the sources", async () => {
    const attemptId = attemptIds.get(students[6]!.id)![0]!;
    const review = await getAttemptReview(teacher, assignmentId, attemptId);
    expect(review.student.name).toBe("Student 06");
    expect(review.score).toEqual({ correct: 0, total: 3 });
    expect(review.questions.map((row) => row.itemId)).toEqual([mc.id, typed.id, tf.id]);
    const [mcAnswer, typedAnswer, tfAnswer] = review.questions;
    expect(mcAnswer).toMatchObject({ isCorrect: false, question: itemQuestionText(mc), feedback: { correctAnswer: mc.answer } });
    expect(mcAnswer!.answer).not.toBe(mc.answer);
    expect(typedAnswer).toMatchObject({ answer: FORMULA, isCorrect: false });
    expect(tfAnswer).toMatchObject({ answer: tf.answer ? "False" : "True", isCorrect: false });
    expect(mcAnswer!.feedback.sources.map((source) => source.quote)).toEqual(mc.sources.map((source) => source.quote));

    const retake = await getAttemptReview(teacher, assignmentId, attemptIds.get(students[0]!.id)![1]!);
    expect(retake.score).toEqual({ correct: 3, total: 3 });
    expect(retake.questions.map((row) => [row.answer, row.isCorrect])).toEqual([
      [mc.answer, true],
      [typed.answer, true],
      [tf.answer ? "True" : "False", true],
    ]);
  });

  it("is not found for another assignment's attempt, another class's, or another teacher", async () => {
    const attemptId = attemptIds.get(students[6]!.id)![0]!;
    expect(await failure(getAttemptReview(teacher, emptyAssignmentId, attemptId))).toBeInstanceOf(NotFoundError);
    expect(await failure(getAttemptReview(teacher, otherClassAssignmentId, otherClassAttemptId))).toBeInstanceOf(NotFoundError);
    expect(await failure(getAttemptReview(teacher, assignmentId, otherClassAttemptId))).toBeInstanceOf(NotFoundError);
    expect(await failure(getAttemptReview(otherTeacher, assignmentId, attemptId))).toBeInstanceOf(NotFoundError);
    expect(await failure(getAttemptReview(students[6]!, assignmentId, attemptId))).toBeInstanceOf(NotFoundError);
  });
});
