import { describe, expect, it } from "vitest";
import { CARD_STATE } from "@/lib/srs/card";
import { countOverdue, INACTIVE_DAYS_BEHIND, OVERDUE_CARDS_BEHIND, overdueCutoff, studentsBehind, type BehindInput } from "./behind";

// Friday 2026-11-20, 10:00 in Nairobi (UTC+3).
const NOW = new Date("2026-11-20T07:00:00Z");
const TZ = "Africa/Nairobi";
const at = (iso: string) => new Date(iso);

describe("overdue cards", () => {
  it("are cards due before the start of today in the zone; new cards never are", () => {
    expect(overdueCutoff(NOW, TZ)).toEqual(at("2026-11-19T21:00:00Z"));
    expect(overdueCutoff(NOW, "Not/AZone")).toEqual(at("2026-11-20T00:00:00Z"));
    const cards = [
      { due: at("2026-11-19T20:59:00Z"), state: CARD_STATE.review }, // Thursday 23:59 in Nairobi: overdue
      { due: at("2026-11-19T21:00:00Z"), state: CARD_STATE.review }, // Friday 00:00 in Nairobi: due today, not overdue
      { due: at("2026-11-20T06:00:00Z"), state: CARD_STATE.relearning }, // due earlier today
      { due: at("2026-10-01T00:00:00Z"), state: CARD_STATE.learning }, // long overdue
      { due: at("2026-10-01T00:00:00Z"), state: CARD_STATE.new },
    ];
    expect(countOverdue(cards, NOW, TZ)).toBe(2);
    // In UTC today starts at 00:00 UTC, so the card due at 21:00 UTC yesterday is overdue too.
    expect(countOverdue(cards, NOW, "UTC")).toBe(3);
  });
});

describe("studentsBehind", () => {
  const student = (studentId: string, fields: Partial<BehindInput>): BehindInput => ({
    studentId,
    joinedAt: at("2026-09-01T08:00:00Z"),
    lastActiveAt: at("2026-11-20T06:00:00Z"),
    overdueCards: 0,
    ...fields,
  });

  it("flags 20 or more overdue cards", () => {
    expect(OVERDUE_CARDS_BEHIND).toBe(20);
    const result = studentsBehind([student("ok", { overdueCards: 19 }), student("pile", { overdueCards: 20 })], NOW, TZ);
    expect(result).toEqual([{ studentId: "pile", reasons: ["20 cards overdue."], overdueCards: 20, daysInactive: 0 }]);
  });

  it("flags no activity on 7 calendar days in the teacher's zone", () => {
    expect(INACTIVE_DAYS_BEHIND).toBe(7);
    const students = [
      student("thursday-night", { lastActiveAt: at("2026-11-13T20:59:00Z") }), // Fri Nov 13, 23:59 in Nairobi: 7 days ago
      student("saturday-midnight", { lastActiveAt: at("2026-11-13T21:00:00Z") }), // Sat Nov 14, 00:00 in Nairobi: 6 days ago
      student("long-gone", { lastActiveAt: at("2026-10-20T12:00:00Z") }),
    ];
    expect(studentsBehind(students, NOW, TZ)).toEqual([
      { studentId: "thursday-night", reasons: ["No activity for 7 days (last on Nov 13)."], overdueCards: 0, daysInactive: 7 },
      { studentId: "long-gone", reasons: ["No activity for 31 days (last on Oct 20)."], overdueCards: 0, daysInactive: 31 },
    ]);
    // In UTC the second student's last activity was on Nov 13 as well.
    expect(studentsBehind(students, NOW, "UTC").map((s) => s.studentId)).toEqual(["thursday-night", "saturday-midnight", "long-gone"]);
  });

  it("counts a student never active from the day they joined, and not before a week has passed", () => {
    const result = studentsBehind(
      [
        student("joined-a-week-ago", { joinedAt: at("2026-11-13T12:00:00Z"), lastActiveAt: null }),
        student("joined-six-days-ago", { joinedAt: at("2026-11-13T21:30:00Z"), lastActiveAt: null }), // Nov 14 in Nairobi
        student("both", { joinedAt: at("2026-11-01T12:00:00Z"), lastActiveAt: null, overdueCards: 31 }),
      ],
      NOW,
      TZ,
    );
    expect(result).toEqual([
      { studentId: "joined-a-week-ago", reasons: ["No activity since joining 7 days ago (Nov 13)."], overdueCards: 0, daysInactive: null },
      { studentId: "both", reasons: ["31 cards overdue.", "No activity since joining 19 days ago (Nov 1)."], overdueCards: 31, daysInactive: null },
    ]);
  });

  it("is empty when everyone keeps up", () => {
    expect(studentsBehind([student("a", {}), student("b", { overdueCards: 5, lastActiveAt: at("2026-11-15T08:00:00Z") })], NOW, TZ)).toEqual([]);
  });
});
