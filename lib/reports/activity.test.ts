import { describe, expect, it } from "vitest";
import { activityEvents, ACTIVITY_DAYS, classActivity, describeActivity, lastActiveAt, type ActivityAnswer, type ActivityReview } from "./activity";

// Friday 2026-11-20, 10:00 in Nairobi (UTC+3).
const NOW = new Date("2026-11-20T07:00:00Z");
const TZ = "Africa/Nairobi";
const at = (iso: string) => new Date(iso);

const flashcard = (studentId: string, iso: string, undoneAt: Date | null = null): ActivityReview => ({ studentId, reviewedAt: at(iso), origin: "flashcard", undoneAt });
const quizLog = (studentId: string, iso: string): ActivityReview => ({ studentId, reviewedAt: at(iso), origin: "quiz" });
const answer = (studentId: string, iso: string): ActivityAnswer => ({ studentId, answeredAt: at(iso) });

const reviews = [
  flashcard("ana", "2026-11-20T06:00:00Z"), // today
  flashcard("ana", "2026-11-19T21:00:00Z"), // 00:00 Nairobi: today
  flashcard("ben", "2026-11-19T20:59:00Z"), // 23:59 Nairobi: yesterday
  flashcard("ben", "2026-11-20T05:00:00Z", at("2026-11-20T05:00:10Z")), // undone
  quizLog("cy", "2026-11-20T04:00:00Z"), // the log of cy's quiz answer below
  flashcard("ana", "2026-10-22T20:00:00Z"), // Oct 22, 23:00 Nairobi: the first of the 30 days
  flashcard("ana", "2026-10-21T20:59:00Z"), // Oct 21: before the window
  flashcard("stranger", "2026-11-20T06:00:00Z"), // not in the class
];
const answers = [answer("cy", "2026-11-20T04:00:00Z"), answer("cy", "2026-11-20T04:01:00Z"), answer("ben", "2026-11-12T09:00:00Z")];
const studentIds = ["ana", "ben", "cy", "dee"];

describe("classActivity", () => {
  it("counts flashcard reviews, quiz answers and active students per day in the teacher's zone, today last", () => {
    const activity = classActivity({ studentIds, reviews, answers }, NOW, TZ);
    expect(ACTIVITY_DAYS).toBe(30);
    expect(activity.days).toHaveLength(30);
    expect(activity.days[0]).toEqual({ date: "2026-10-22", reviews: 1, quizAnswers: 0, activeStudents: 1 });
    expect(activity.days[21]).toEqual({ date: "2026-11-12", reviews: 0, quizAnswers: 1, activeStudents: 1 });
    expect(activity.days[28]).toEqual({ date: "2026-11-19", reviews: 1, quizAnswers: 0, activeStudents: 1 });
    expect(activity.days[29]).toEqual({ date: "2026-11-20", reviews: 2, quizAnswers: 2, activeStudents: 2 });
    expect(activity).toMatchObject({ reviews: 4, quizAnswers: 3, activeStudents: 3, students: 4 });
    expect(describeActivity(activity)).toBe("4 reviews and 3 quiz answers in the last 30 days; 3 of 4 students active; most active on Nov 20 (2 students).");
  });

  it("puts a review at 21:00 UTC on the next day in Nairobi, on the same day in UTC", () => {
    const utc = classActivity({ studentIds, reviews, answers }, NOW, "UTC", 2);
    expect(utc.days).toEqual([
      { date: "2026-11-19", reviews: 2, quizAnswers: 0, activeStudents: 2 },
      { date: "2026-11-20", reviews: 1, quizAnswers: 2, activeStudents: 2 },
    ]);
  });

  it("says so when nobody did anything", () => {
    const quiet = classActivity({ studentIds, reviews: [flashcard("ana", "2026-11-20T06:00:00Z", NOW)], answers: [] }, NOW, TZ);
    expect(quiet).toMatchObject({ reviews: 0, quizAnswers: 0, activeStudents: 0, students: 4 });
    expect(describeActivity(quiet)).toBe("No reviews or quiz answers in the last 30 days.");
  });
});

describe("lastActiveAt", () => {
  it("is each student's latest flashcard review not undone or quiz answer", () => {
    const latest = lastActiveAt(activityEvents(reviews, answers));
    expect(latest.get("ana")).toEqual(at("2026-11-20T06:00:00Z"));
    expect(latest.get("ben")).toEqual(at("2026-11-19T20:59:00Z")); // the undone review is later
    expect(latest.get("cy")).toEqual(at("2026-11-20T04:01:00Z"));
    expect(latest.has("dee")).toBe(false);
  });
});
