import { describe, expect, it } from "vitest";
import { formatInstant, instantToLocal, localToInstant } from "@/lib/time/zone";
import {
  assignmentInputSchema,
  assignmentStatus,
  compareForStudent,
  isDueDatePast,
  isWorkDone,
  isWorkStarted,
  standingOf,
  type AssignmentMode,
  type AssignmentStatus,
  type AssignmentWork,
} from "./assignment";

const valid = {
  setSlug: "all",
  mode: "quiz",
  opensAt: "2026-11-26T08:00",
  dueAt: "2026-11-27T17:30",
  timeZone: "Africa/Nairobi",
  questionCount: "10",
  attemptsAllowed: "2",
  revealAnswers: "after-each",
  shuffle: "on",
};

function errors(change: Record<string, unknown>) {
  const result = assignmentInputSchema.safeParse({ ...valid, ...change });
  return result.success ? {} : result.error.flatten().fieldErrors;
}

describe("dates in the teacher's time zone", () => {
  it("turn a local date-time into the instant and back", () => {
    const instant = localToInstant("2026-11-27T17:30", "Africa/Nairobi");
    expect(instant?.toISOString()).toBe("2026-11-27T14:30:00.000Z");
    expect(instantToLocal(instant!, "Africa/Nairobi")).toBe("2026-11-27T17:30");
    expect(localToInstant("2026-07-01T09:00", "America/New_York")?.toISOString()).toBe("2026-07-01T13:00:00.000Z");
  });

  it("reject impossible dates and unknown zones", () => {
    expect(localToInstant("2026-02-30T09:00", "UTC")).toBeNull();
    expect(localToInstant("2026-11-27T25:00", "UTC")).toBeNull();
    expect(localToInstant("2026-11-27T09:00", "Mars/Olympus")).toBeNull();
  });

  it("are shown in that zone", () => {
    expect(formatInstant(new Date("2026-11-27T14:30:00Z"), "Africa/Nairobi")).toBe("Fri, Nov 27, 5:30 PM GMT+3");
  });
});

describe("assignmentInputSchema", () => {
  it("accepts a valid form and converts the dates", () => {
    const parsed = assignmentInputSchema.parse(valid);
    expect(parsed).toMatchObject({ questionCount: 10, attemptsAllowed: 2, shuffle: true, itemIds: [] });
    expect(parsed.dueAt.toISOString()).toBe("2026-11-27T14:30:00.000Z");
  });

  it.each([
    [{ dueAt: "2026-11-25T08:00" }, "dueAt", "The due date must be after the opening date."],
    [{ dueAt: "2026-11-26T08:00" }, "dueAt", "The due date must be after the opening date."],
    [{ questionCount: "0" }, "questionCount", "The number of questions must be at least 1."],
    [{ questionCount: "-3" }, "questionCount", "The number of questions must be at least 1."],
    [{ questionCount: "2.5" }, "questionCount", "The number of questions must be a whole number."],
    [{ attemptsAllowed: "11" }, "attemptsAllowed", "The number of attempts must be at most 10."],
    [{ mode: "exam" }, "mode", "Choose quiz, flashcards or both."],
    [{ timeZone: "Nowhere/Else" }, "timeZone", "Unknown time zone."],
    [{ setSlug: "" }, "setSlug", "Choose a set."],
  ])("rejects %o", (change, field, message) => {
    expect(errors(change)).toMatchObject({ [field]: [message] });
  });

  it("reports a date error together with the other fields' errors, not after they are fixed", () => {
    expect(errors({ dueAt: "2026-11-25T08:00", questionCount: "0", mode: "exam" })).toMatchObject({
      dueAt: ["The due date must be after the opening date."],
      questionCount: ["The number of questions must be at least 1."],
      mode: ["Choose quiz, flashcards or both."],
    });
    expect(errors({ opensAt: "2026-02-30T09:00", attemptsAllowed: "11" })).toMatchObject({
      opensAt: ["That opening date does not exist."],
      attemptsAllowed: ["The number of attempts must be at most 10."],
    });
  });
});

describe("isDueDatePast", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  it("is true for a due date already passed in the teacher's zone, and only then", () => {
    expect(isDueDatePast("2026-11-26T14:59", "Africa/Nairobi", now)).toBe(true);
    expect(isDueDatePast("2026-11-26T15:01", "Africa/Nairobi", now)).toBe(false);
    expect(isDueDatePast("", "Africa/Nairobi", now)).toBe(false);
    expect(isDueDatePast("2026-11-20T09:00", "Nowhere/Else", now)).toBe(false);
  });
});

describe("status and order for students", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  const at = (opens: string, due: string) => ({ opensAt: new Date(opens), dueAt: new Date(due) });

  it("is upcoming before it opens, open until due, then overdue", () => {
    expect(assignmentStatus(at("2026-11-27T00:00Z", "2026-11-28T00:00Z"), now)).toBe("upcoming");
    expect(assignmentStatus(at("2026-11-25T00:00Z", "2026-11-28T00:00Z"), now)).toBe("open");
    expect(assignmentStatus(at("2026-11-20T00:00Z", "2026-11-25T00:00Z"), now)).toBe("overdue");
  });

  it("puts overdue first, then the nearest due, then what opens later", () => {
    const upcoming = at("2026-11-27T00:00Z", "2026-11-27T12:00Z");
    const overdue = at("2026-11-20T00:00Z", "2026-11-25T00:00Z");
    const later = at("2026-11-25T00:00Z", "2026-12-01T00:00Z");
    const soon = at("2026-11-25T00:00Z", "2026-11-26T18:00Z");
    expect([upcoming, later, soon, overdue].sort(compareForStudent(now))).toEqual([overdue, soon, later, upcoming]);
  });
});

describe("standingOf", () => {
  const work = (mode: AssignmentMode, quiz: Partial<AssignmentWork["quiz"]> = {}, cards: Partial<AssignmentWork["cards"]> = {}): AssignmentWork => ({
    mode,
    quiz: { isStarted: false, isFinished: false, ...quiz },
    cards: { reviewed: 0, total: 5, ...cards },
  });

  it("is done once an attempt is finished, whatever the dates say", () => {
    expect(standingOf("overdue", work("quiz", { isStarted: true, isFinished: true }))).toBe("done");
    expect(standingOf("upcoming", work("quiz", { isStarted: true, isFinished: true }))).toBe("done");
  });

  it("is otherwise what is left: not open yet, to do, in progress, or overdue", () => {
    expect(["upcoming", "open", "overdue"].map((status) => standingOf(status as AssignmentStatus, work("quiz")))).toEqual(["not-open", "to-do", "overdue"]);
    expect(standingOf("open", work("quiz", { isStarted: true }))).toBe("in-progress");
    expect(standingOf("overdue", work("quiz", { isStarted: true }))).toBe("overdue");
  });

  it("counts a flashcards assignment done once every card was reviewed, in progress before", () => {
    expect(standingOf("open", work("flashcards"))).toBe("to-do");
    expect(standingOf("open", work("flashcards", {}, { reviewed: 2 }))).toBe("in-progress");
    expect(standingOf("overdue", work("flashcards", {}, { reviewed: 5 }))).toBe("done");
    // The quiz part does not count for flashcards only.
    expect(standingOf("open", work("flashcards", { isStarted: true, isFinished: true }))).toBe("to-do");
  });

  it("needs both parts for quiz and flashcards", () => {
    expect(standingOf("open", work("both", { isStarted: true, isFinished: true }))).toBe("in-progress");
    expect(standingOf("open", work("both", {}, { reviewed: 5 }))).toBe("in-progress");
    expect(standingOf("open", work("both", { isStarted: true, isFinished: true }, { reviewed: 5 }))).toBe("done");
    expect(isWorkStarted(work("both"))).toBe(false);
    expect(isWorkDone(work("both", { isFinished: true }, { reviewed: 9 }))).toBe(true);
  });

  it("counts a flashcards assignment with no cards left (all retired) as done", () => {
    expect(standingOf("open", work("flashcards", {}, { total: 0 }))).toBe("done");
  });
});
