import { describe, expect, it } from "vitest";
import type { QueueEntry } from "./flashcard";
import { DEVICE_RATINGS_MAX, parseDeviceRatings, ratedItemIds, ratingsStillAhead, withoutRated, type DeviceRating } from "./rated-on-device";

const NOW = Date.parse("2026-03-10T09:00:00Z");
const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();

function entry(itemId: string): QueueEntry {
  return { itemId, isNew: false, flashcard: { question: itemId, answer: "", explanation: "", sources: [] } as unknown as QueueEntry["flashcard"], buttons: [] };
}

describe("the cards a session started from a kept copy leaves out", () => {
  it("leaves out cards with a review waiting on the device, and sent ratings until their card is due again", () => {
    const ratings: DeviceRating[] = [
      { reviewId: "r1", itemId: "sent-good", due: at(3 * 24 * 60) },
      { reviewId: "r2", itemId: "sent-again-past", due: at(-1) },
    ];
    const rated = ratedItemIds(["queued"], ratings, NOW);
    expect([...rated].sort()).toEqual(["queued", "sent-good"]);
    const entries = ["queued", "sent-good", "sent-again-past", "fresh"].map(entry);
    expect(withoutRated(entries, rated).map((kept) => kept.itemId)).toEqual(["sent-again-past", "fresh"]);
  });

  it("keeps only ratings still ahead, newest last, and at most a bounded number", () => {
    const many = Array.from({ length: DEVICE_RATINGS_MAX + 5 }, (_, index) => ({ reviewId: `r${index}`, itemId: `i${index}`, due: at(10) }));
    const kept = ratingsStillAhead([{ reviewId: "old", itemId: "x", due: at(-5) }, ...many], NOW);
    expect(kept).toHaveLength(DEVICE_RATINGS_MAX);
    expect(kept.at(-1)?.reviewId).toBe(`r${DEVICE_RATINGS_MAX + 4}`);
    expect(kept.some((rating) => rating.reviewId === "old")).toBe(false);
  });

  it("reads only well-formed ratings from what a device kept", () => {
    expect(parseDeviceRatings("nope")).toEqual([]);
    expect(parseDeviceRatings([{ reviewId: "r", itemId: "i", due: at(1) }, { reviewId: "r", itemId: 3, due: at(1) }, { reviewId: "r", itemId: "i", due: "soon" }, null])).toEqual([
      { reviewId: "r", itemId: "i", due: at(1) },
    ]);
  });
});
