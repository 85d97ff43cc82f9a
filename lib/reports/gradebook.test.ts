import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { deletedStudentId, deletedStudentsOf } from "./deleted-student";
import { attemptChoiceFrom, buildGradebook, compareByFamilyName, gradebookCsv, scorePercent, sortedName, splitName, type GradebookAssignment, type GradebookAttempt } from "./gradebook";

const DAY = 86_400_000;
const OPENS = new Date("2026-03-02T05:00:00Z");
const NOW = new Date("2026-03-04T09:00:00Z");

const quiz = (id: string, dueDay: number, mode: GradebookAssignment["mode"] = "quiz"): GradebookAssignment => ({
  id,
  title: `Quiz ${id}`,
  mode,
  opensAt: OPENS,
  dueAt: new Date(OPENS.getTime() + dueDay * DAY),
});

/** A finished (unless told) attempt at five questions q1..q5 with `right` of them right, started `minute` minutes in. */
function attempt(id: string, studentId: string, assignmentId: string, right: number, minute: number, finished = true): GradebookAttempt {
  const itemIds = ["q1", "q2", "q3", "q4", "q5"];
  const startedAt = new Date(OPENS.getTime() + minute * 60_000);
  return {
    id,
    studentId,
    assignmentId,
    startedAt,
    finishedAt: finished ? new Date(startedAt.getTime() + 60_000) : null,
    itemIds,
    answers: itemIds.slice(0, right).map((itemId) => ({ itemId, isCorrect: true })),
  };
}

describe("family names", () => {
  it("is the last word; the given names are the words before it; one word is all family name", () => {
    expect(splitName("  Amina   Wanjiru Otieno ")).toEqual({ familyName: "Otieno", givenNames: "Amina Wanjiru" });
    expect(splitName("Baraka")).toEqual({ familyName: "Baraka", givenNames: "" });
    expect(sortedName(splitName("Amina Wanjiru Otieno"))).toBe("Otieno, Amina Wanjiru");
    expect(sortedName(splitName("Baraka"))).toBe("Baraka");
  });

  it("sorts by family name, then given names (without case or accents), then username", () => {
    const people = [
      { name: "Zawadi Achieng", username: "z" },
      { name: "amina otieno", username: "a2" },
      { name: "Amina Otieno", username: "a1" },
      { name: "Baraka", username: "b" },
      { name: "Émile Achieng", username: "e" },
    ];
    expect([...people].sort(compareByFamilyName).map((person) => person.username)).toEqual(["e", "z", "b", "a1", "a2"]);
  });
});

describe("buildGradebook", () => {
  const students = [
    { id: "s1", name: "Amina Otieno", username: "amina" },
    { id: "s2", name: "Baraka Achieng", username: "baraka" },
    { id: "s3", name: "Chebet Mwangi", username: "chebet" },
  ];
  const assignments = [quiz("late", 9), quiz("early", 3), quiz("cards", 5, "flashcards")];
  const attempts = [
    attempt("a1", "s1", "early", 2, 0),
    attempt("a2", "s1", "early", 5, 30),
    attempt("a3", "s1", "early", 3, 60),
    attempt("a4", "s2", "early", 4, 0, false),
  ];
  const cardsOf = (studentId: string, assignmentId: string) => (assignmentId === "cards" ? { reviewed: studentId === "s1" ? 4 : 0, total: 10 } : undefined);
  const build = (choice: "first" | "best" | "latest") => buildGradebook({ students, assignments, attempts, cardsOf, choice, now: NOW });

  it("orders rows by family name and columns by due date", () => {
    const gradebook = build("first");
    expect(gradebook.rows.map((row) => row.student.familyName)).toEqual(["Achieng", "Mwangi", "Otieno"]);
    expect(gradebook.assignments.map((assignment) => assignment.id)).toEqual(["early", "cards", "late"]);
  });

  it.each([
    ["first", 2],
    ["best", 5],
    ["latest", 3],
  ] as const)("counts the %s attempt", (choice, correct) => {
    const amina = build(choice).rows.find((row) => row.student.id === "s1")!;
    expect(amina.cells[0]).toMatchObject({ quiz: { kind: "score", score: { correct, total: 5 } }, cards: null, standing: "done" });
  });

  it("shows an unfinished attempt as in progress, no attempt as not started, flashcards as cards reviewed", () => {
    const [baraka, chebet, amina] = build("first").rows;
    expect(baraka!.cells[0]).toEqual({ quiz: { kind: "in-progress" }, cards: null, standing: "in-progress" });
    expect(chebet!.cells[0]).toEqual({ quiz: { kind: "not-started" }, cards: null, standing: "to-do" });
    expect(amina!.cells[1]).toEqual({ quiz: null, cards: { reviewed: 4, total: 10 }, standing: "in-progress" });
    expect(chebet!.cells[1]).toEqual({ quiz: null, cards: { reviewed: 0, total: 10 }, standing: "to-do" });
  });

  it("writes the CSV in the table's shape, with numbers for scores and formula cells escaped", () => {
    const gradebook = buildGradebook({
      students: [...students, { id: "s4", name: "=cmd", username: "cmd" }],
      assignments,
      attempts,
      cardsOf,
      choice: "best",
      now: NOW,
    });
    const rows = parse(gradebookCsv(gradebook)) as string[][];
    expect(rows).toEqual([
      ["Family name", "Given names", "Username", "Quiz early (% right)", "Quiz cards (cards reviewed of 10)", "Quiz late (% right)"],
      ["'=cmd", "", "cmd", "", "0", ""],
      ["Achieng", "Baraka", "baraka", "", "0", ""],
      ["Mwangi", "Chebet", "chebet", "", "0", ""],
      ["Otieno", "Amina", "amina", "100", "4", ""],
    ]);
  });

  it("rounds a percentage to one decimal, and has none when no question counts", () => {
    expect(scorePercent({ correct: 2, total: 3 })).toBe(66.7);
    expect(scorePercent({ correct: 0, total: 0 })).toBeNull();
  });

  it("reads the choice from the address, first unless it is best or latest", () => {
    expect(attemptChoiceFrom("best")).toBe("best");
    expect(attemptChoiceFrom("latest")).toBe("latest");
    expect(attemptChoiceFrom("worst")).toBe("first");
    expect(attemptChoiceFrom(["best", "latest"])).toBe("first");
    expect(attemptChoiceFrom(undefined)).toBe("first");
  });
});

describe("deleted students", () => {
  const assignments = [quiz("early", 3)];
  const gone = deletedStudentId("k2");
  const earlier = deletedStudentId("k1");
  const attempts = [attempt("a1", "s1", "early", 2, 0), attempt("a2", gone, "early", 4, 0), attempt("a3", earlier, "early", 1, 0)];
  const students = [{ id: "s1", name: "Zawadi Achieng", username: "zawadi" }, ...deletedStudentsOf(attempts.map((row) => row.studentId))];
  const gradebook = buildGradebook({ students, assignments, attempts, cardsOf: () => undefined, choice: "first", now: NOW });

  it("come after the class's students, each a row of its own with its kept score, named and without a username", () => {
    expect(gradebook.rows.map((row) => [row.student.name, row.student.username, row.student.isDeleted])).toEqual([
      ["Zawadi Achieng", "zawadi", false],
      ["Deleted student", "", true],
      ["Deleted student", "", true],
    ]);
    expect(gradebook.rows.map((row) => row.student.id)).toEqual(["s1", earlier, gone]);
    expect(gradebook.rows[2]!.cells[0]!.quiz).toMatchObject({ kind: "score", score: { correct: 4, total: 5 } });
  });

  it("are written as \"Deleted student\" in the CSV, not split into a family name", () => {
    const [, , row] = parse(gradebookCsv(gradebook)) as string[][];
    expect(row!.slice(0, 3)).toEqual(["Deleted student", "", ""]);
  });
});
