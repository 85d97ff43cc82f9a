import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { Q1, Q4, answerOf, reportAttempt } from "@/tests/factories/report-attempts";
import { itemQuestionText } from "@/lib/quiz/describe";
import { studentScores, type ReportAttempt } from "./attempt-choice";
import {
  formatDuration,
  questionsCsv,
  scoreWithPercent,
  sortQuestions,
  statisticText,
  studentStatus,
  studentsCsv,
  timeSpentMs,
  type QuestionRow,
  type StudentRow,
} from "./assignment-report";
import { analyzeAssignment, type ItemAnalysis } from "./item-analysis";

const NONE: ReadonlySet<string> = new Set();

describe("a student's status and time spent", () => {
  const finished = reportAttempt("a1", [Q1], [], { minute: 0 });
  const unfinished = reportAttempt("a2", [Q1], [], { minute: 30, finished: false });

  it("is not started without attempts, started with only unfinished ones, finished with one finished", () => {
    expect(studentStatus([])).toBe("not-started");
    expect(studentStatus([unfinished])).toBe("started");
    expect(studentStatus([finished, unfinished])).toBe("finished");
  });

  it("adds up start to finish of finished attempts only", () => {
    expect(timeSpentMs([])).toBeNull();
    expect(timeSpentMs([unfinished])).toBeNull();
    const second = reportAttempt("a3", [Q1], [], { minute: 60 });
    expect(timeSpentMs([finished, unfinished, second])).toBe(20 * 60_000);
  });

  it("writes durations in seconds, minutes or hours", () => {
    expect(formatDuration(44_600)).toBe("45 s");
    expect(formatDuration(12 * 60_000 + 20_000)).toBe("12 min");
    expect(formatDuration(65 * 60_000)).toBe("1 h 5 min");
    expect(formatDuration(120 * 60_000)).toBe("2 h");
  });

  it("writes a score with its percent, or says no question counts", () => {
    expect(scoreWithPercent({ correct: 3, total: 5 })).toBe("3 of 5 (60%)");
    expect(scoreWithPercent({ correct: 0, total: 0 })).toBe("no questions count");
  });
});

function analysisWith(itemId: string, facility: number | null, discrimination: number | null): ItemAnalysis {
  const [base] = analyzeAssignment({ items: [Q1], attempts: [], hiddenItemIds: NONE }).items;
  return {
    ...base!,
    itemId,
    facility: facility === null ? { status: "too-few", n: 3, needed: 10 } : { status: "ok", value: facility },
    discrimination: discrimination === null ? { status: "no-value", reason: "none" } : { status: "ok", value: discrimination },
  };
}

function questionRow(position: number, facility: number | null, discrimination: number | null, flags = 0): QuestionRow {
  return {
    item: { ...Q1, id: `q${position}` },
    position,
    analysis: analysisWith(`q${position}`, facility, discrimination),
    flags: Array.from({ length: flags }, () => ({ kind: "too-hard" as const, option: null, reason: "Too hard." })),
  };
}

describe("sorting the questions", () => {
  const rows = [questionRow(1, 0.8, 20), questionRow(2, null, null), questionRow(3, 0.1, -5, 2), questionRow(4, 0.8, 40, 1)];
  const order = (sorted: QuestionRow[]) => sorted.map((row) => row.position);

  it("puts the hardest first by default, ties in the assignment's order, questions without a facility last", () => {
    expect(order(sortQuestions(rows, "hardest"))).toEqual([3, 1, 4, 2]);
    expect(order(sortQuestions(rows, "easiest"))).toEqual([1, 4, 3, 2]);
  });

  it("sorts by discrimination, by flags and back to the assignment's order", () => {
    expect(order(sortQuestions(rows, "discrimination"))).toEqual([3, 1, 4, 2]);
    expect(order(sortQuestions(rows, "flags"))).toEqual([3, 4, 1, 2]);
    expect(order(sortQuestions([...rows].reverse(), "order"))).toEqual([1, 2, 3, 4]);
  });

  it("says how many answers a figure still needs", () => {
    expect(statisticText({ status: "too-few", n: 3, needed: 10 }, String)).toBe("not enough answers (3 of 10 needed)");
    expect(statisticText({ status: "ok", value: 0.5 }, (value) => value.toFixed(2))).toBe("0.50");
  });
});

describe("the CSV files", () => {
  it("writes the questions with a header row, numbers as numbers and a formula-looking answer escaped", () => {
    const attempts: ReportAttempt[] = [
      reportAttempt("a1", [Q1, Q4], [answerOf(Q1, { type: "multiple-choice", choice: "Nairobi" }), answerOf(Q4, { type: "typed-answer", text: "=HYPERLINK(1)" })]),
      reportAttempt("a2", [Q1, Q4], [answerOf(Q1, { type: "multiple-choice", choice: "Mombasa" }), answerOf(Q4, { type: "typed-answer", text: "=HYPERLINK(1)" })]),
    ];
    const analysis = analyzeAssignment({ items: [Q1, Q4], attempts, hiddenItemIds: NONE, minimums: { facility: 1, discrimination: 1 } });
    const rows = analysis.items.map((item, index): QuestionRow => ({ item: [Q1, Q4][index]!, position: index + 1, analysis: item, flags: [] }));
    const parsed = parse(questionsCsv(rows, itemQuestionText)) as string[][];
    expect(parsed[0]).toEqual(expect.arrayContaining(["Position", "Item id", "Facility", "Discrimination", "Most common wrong answer"]));
    expect(parsed).toHaveLength(3);
    const header = parsed[0]!;
    const q1 = Object.fromEntries(header.map((name, index) => [name, parsed[1]![index]]));
    expect(q1).toMatchObject({ "Item id": Q1.id, Asked: "2", Right: "1", Facility: "0.5" });
    expect(q1["Options (count, share, point-biserial)"]).toContain("Nairobi (key): 1, 50%");
    const q4 = Object.fromEntries(header.map((name, index) => [name, parsed[2]![index]]));
    expect(q4["Most common wrong answer"]).toBe("'=HYPERLINK(1) (2)");
  });

  it("writes the students with the counted score first", () => {
    const attempts = [reportAttempt("a1", [Q1], [answerOf(Q1, { type: "multiple-choice", choice: "Mombasa" })]), reportAttempt("a2", [Q1], [answerOf(Q1, { type: "multiple-choice", choice: "Nairobi" })], { minute: 30 })];
    const scores = studentScores(attempts, NONE);
    const row: StudentRow = {
      studentId: "s1",
      name: "-Amina",
      username: "amina",
      isDeleted: false,
      status: "finished",
      attempts: 2,
      scores,
      counted: scores.best,
      timeSpentMs: 20 * 60_000,
      linkedAttemptId: "a2",
    };
    const parsed = parse(studentsCsv([row], "best")) as string[][];
    expect(parsed[0]!.slice(0, 6)).toEqual(["Student", "Username", "Status", "Attempts", "Counted (best attempt): right", "Counted: questions"]);
    expect(parsed[1]).toEqual(["'-Amina", "amina", "Finished", "2", "1", "1", "0", "1", "1", "1", "1", "1", "20"]);
  });
});
