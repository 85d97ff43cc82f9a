import { describe, expect, it } from "vitest";
import { answeredReviews, queueNotices, splitByOwner, type QueuedReview } from "./device-queue";

function queued(reviewId: string, userId: string, queuedAt: number): QueuedReview {
  return { reviewId, userId, itemId: "f-001-mc", rating: 3, reviewedAt: "2026-03-10T09:00:00.000Z", queuedAt };
}

describe("splitByOwner", () => {
  it("gives the signed-in account only its own reviews, oldest first, and counts the others", () => {
    const rows = [queued("a2", "amina", 20), queued("b1", "brian", 15), queued("a1", "amina", 10), queued("b2", "brian", 30)];
    expect(splitByOwner(rows, "amina")).toEqual({ own: [rows[2], rows[0]], othersCount: 2 });
    expect(splitByOwner(rows, "brian").own.map((row) => row.reviewId)).toEqual(["b1", "b2"]);
    expect(splitByOwner(rows, "chris")).toEqual({ own: [], othersCount: 4 });
  });
});

describe("answeredReviews", () => {
  it("forgets every review the server answered, each status being final, and counts the conflicts", () => {
    expect(
      answeredReviews([
        { reviewId: "r1", status: "stored", due: "2026-03-11T09:00:00.000Z" },
        { reviewId: "r2", status: "duplicate", due: "2026-03-11T09:00:00.000Z" },
        { reviewId: "r3", status: "rejected", due: null },
        { reviewId: "r4", status: "conflict", due: null },
        { reviewId: null, status: "rejected", due: null },
      ]),
    ).toEqual({ forget: ["r1", "r2", "r3", "r4"], conflicts: 1 });
  });
});

describe("queueNotices", () => {
  const none = { othersCount: 0, unownedDropped: 0, conflictsDropped: 0, isBlocked: false };

  it("says nothing when there is nothing to say", () => {
    expect(queueNotices(none)).toEqual([]);
  });

  it("counts other accounts' reviews without naming them, and says what was dropped and why", () => {
    expect(queueNotices({ ...none, othersCount: 1 })).toEqual(["1 review from another account on this device is waiting for it to sign in."]);
    expect(queueNotices({ othersCount: 3, unownedDropped: 2, conflictsDropped: 1, isBlocked: true })).toEqual([
      "Factdeck is open in another tab with an older version. Close that tab so reviews can be saved on this device.",
      "3 reviews from another account on this device are waiting for it to sign in.",
      "2 reviews made before this update could not be sent: this device did not record whose they were.",
      "1 review could not be saved: the server already had a different review with the same id.",
    ]);
  });
});
