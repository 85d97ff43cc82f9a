import { describe, expect, it } from "vitest";
import { Q1, Q2, Q3, Q4, Q5, answerOf, reportAttempt } from "@/tests/factories/report-attempts";
import {
  ATTEMPT_CHOICES,
  ATTEMPT_CHOICE_LABEL,
  DEFAULT_ATTEMPT_CHOICE,
  countedAttempt,
  isAttemptChoice,
  scoreFraction,
  scoreOf,
  scoreText,
  studentScores,
  type ReportAttempt,
} from "./attempt-choice";

const NONE_HIDDEN: ReadonlySet<string> = new Set();
const ASKED = [Q1, Q2, Q3, Q4, Q5];

const right = {
  q1: answerOf(Q1, { type: "multiple-choice", choice: "Nairobi" }),
  q2: answerOf(Q2, { type: "true-false", value: true }),
  q3: answerOf(Q3, { type: "multi-select", choices: ["Kenya", "Bahamas"] }),
  q4: answerOf(Q4, { type: "typed-answer", text: "Port-au-Prince" }),
  q5: answerOf(Q5, { type: "attribution", choice: "William Ruto" }),
};
const wrong = {
  q1: answerOf(Q1, { type: "multiple-choice", choice: "Kisumu" }),
  q4: answerOf(Q4, { type: "typed-answer", text: "Jacmel" }),
};

/** Attempts that right-answer the first `correct` of five questions and get the rest wrong. */
function attemptWith(id: string, correct: number, minute: number, finished = true): ReportAttempt {
  const answers = [right.q1, right.q2, right.q3, right.q4, right.q5].slice(0, correct);
  return reportAttempt(id, ASKED, answers, { minute, finished });
}

describe("scoreOf", () => {
  it("counts right answers over the questions asked; a blank is wrong", () => {
    // Q1 and Q3 right, Q4 wrong, Q2 and Q5 blank.
    const attempt = reportAttempt("a", ASKED, [right.q1, right.q3, wrong.q4]);
    expect(scoreOf(attempt, NONE_HIDDEN)).toEqual({ correct: 2, total: 5 });
  });

  it("leaves hidden questions out of the right answers and the total", () => {
    const attempt = reportAttempt("a", ASKED, [right.q1, right.q3, wrong.q4]);
    expect(scoreOf(attempt, new Set([Q1.id, Q2.id]))).toEqual({ correct: 1, total: 3 });
  });

  it("ignores an answer to a question the attempt did not ask", () => {
    const attempt = reportAttempt("a", [Q1, Q2], [right.q1, right.q5]);
    expect(scoreOf(attempt, NONE_HIDDEN)).toEqual({ correct: 1, total: 2 });
  });
});

describe("scoreFraction and scoreText", () => {
  it("gives the share right and 'n of m'", () => {
    expect(scoreFraction({ correct: 3, total: 4 })).toBe(0.75);
    expect(scoreText({ correct: 3, total: 4 })).toBe("3 of 4");
  });

  it("has no fraction when no question counts, never NaN", () => {
    expect(scoreFraction({ correct: 0, total: 0 })).toBeNull();
    expect(scoreText({ correct: 0, total: 0 })).toBe("0 of 0");
  });
});

describe("countedAttempt", () => {
  // Started in this order: 2 of 5, then 4 of 5, then 3 of 5, then one still in progress with 5 right so far.
  const second = attemptWith("second", 4, 20);
  const first = attemptWith("first", 2, 10);
  const unfinished = attemptWith("unfinished", 5, 40, false);
  const third = attemptWith("third", 3, 30);
  const attempts = [third, unfinished, first, second];

  it.each([
    ["first", "first", { correct: 2, total: 5 }],
    ["best", "second", { correct: 4, total: 5 }],
    ["latest", "third", { correct: 3, total: 5 }],
  ] as const)("%s: the %s attempt, whatever the order given, never the unfinished one", (choice, id, score) => {
    expect(countedAttempt(attempts, choice, NONE_HIDDEN)).toEqual({ attempt: attempts.find((attempt) => attempt.id === id), score });
  });

  it("best: of equal scores, the earliest", () => {
    const early = attemptWith("early", 3, 10);
    const late = attemptWith("late", 3, 20);
    expect(countedAttempt([late, early], "best", NONE_HIDDEN)?.attempt.id).toBe("early");
  });

  it("best compares shares, not counts: 3 of 4 beats 3 of 5", () => {
    const ofFive = attemptWith("of-five", 3, 10);
    const ofFour = reportAttempt("of-four", [Q1, Q2, Q3, Q4], [right.q1, right.q2, right.q3], { minute: 20 });
    expect(countedAttempt([ofFive, ofFour], "best", NONE_HIDDEN)?.score).toEqual({ correct: 3, total: 4 });
  });

  it("best puts an attempt with no question left (all hidden) below a score of 0", () => {
    const allHidden = reportAttempt("all-hidden", [Q1], [right.q1], { minute: 10 });
    const zero = reportAttempt("zero", [Q1, Q2], [wrong.q1], { minute: 20 });
    expect(countedAttempt([allHidden, zero], "best", new Set([Q1.id]))?.attempt.id).toBe("zero");
  });

  it("hidden questions can change which attempt is best", () => {
    // All five count: 2 of 5 against 3 of 5. Q3 and Q4 hidden: 2 of 3 against 1 of 3.
    const firstTry = reportAttempt("first-try", ASKED, [right.q1, right.q2], { minute: 10 });
    const secondTry = reportAttempt("second-try", ASKED, [right.q1, right.q3, right.q4], { minute: 20 });
    expect(countedAttempt([firstTry, secondTry], "best", NONE_HIDDEN)?.attempt.id).toBe("second-try");
    expect(countedAttempt([firstTry, secondTry], "best", new Set([Q3.id, Q4.id]))?.attempt.id).toBe("first-try");
  });

  it("ties on start time are broken by id, so the input order never matters", () => {
    const b = attemptWith("b", 1, 10);
    const a = attemptWith("a", 2, 10);
    expect(countedAttempt([b, a], "first", NONE_HIDDEN)?.attempt.id).toBe("a");
    expect(countedAttempt([a, b], "latest", NONE_HIDDEN)?.attempt.id).toBe("b");
  });

  it.each(ATTEMPT_CHOICES)("%s: null without a finished attempt", (choice) => {
    expect(countedAttempt([], choice, NONE_HIDDEN)).toBeNull();
    expect(countedAttempt([unfinished], choice, NONE_HIDDEN)).toBeNull();
  });
});

describe("studentScores", () => {
  it("gives the first, best and latest attempts at once", () => {
    const attempts = [attemptWith("one", 1, 10), attemptWith("two", 5, 20), attemptWith("three", 2, 30)];
    const scores = studentScores(attempts, NONE_HIDDEN);
    expect({ first: scores.first?.attempt.id, best: scores.best?.attempt.id, latest: scores.latest?.attempt.id }).toEqual({ first: "one", best: "two", latest: "three" });
  });
});

describe("attempt choice words", () => {
  it("labels each choice, defaults to the first attempt, and recognizes only the three", () => {
    expect(ATTEMPT_CHOICES.map((choice) => ATTEMPT_CHOICE_LABEL[choice])).toEqual(["First attempt", "Best attempt", "Latest attempt"]);
    expect(DEFAULT_ATTEMPT_CHOICE).toBe("first");
    expect(ATTEMPT_CHOICES.every(isAttemptChoice)).toBe(true);
    expect(isAttemptChoice("last")).toBe(false);
    expect(isAttemptChoice("")).toBe(false);
  });
});
