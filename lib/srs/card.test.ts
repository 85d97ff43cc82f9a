import { describe, expect, it } from "vitest";
import { CARD_FIELDS, CARD_SELECT, CARD_STATE, cardFromJson, cardFromRow, cardToJson, cardToRow, type SrsCard } from "./card";

const card: SrsCard = {
  due: new Date("2026-11-20T09:00:00Z"),
  stability: 4.5,
  fsrsDifficulty: 5.1,
  elapsedDays: 2,
  scheduledDays: 4,
  learningSteps: 0,
  reps: 3,
  lapses: 1,
  state: CARD_STATE.review,
  lastReview: new Date("2026-11-16T09:00:00Z"),
};

describe("the card's fields", () => {
  it("select exactly the ten scheduling columns", () => {
    expect(Object.keys(CARD_SELECT)).toEqual([...CARD_FIELDS]);
    expect(CARD_FIELDS).toHaveLength(10);
  });

  it("read a row without its other columns, and an unknown state as new", () => {
    expect(cardFromRow({ ...cardToRow(card), id: "c1", userId: "u1" } as ReturnType<typeof cardToRow>)).toEqual(card);
    expect(Object.keys(cardToRow(card))).toEqual([...CARD_FIELDS]);
    expect(cardFromRow({ ...cardToRow(card), state: 7 }).state).toBe(CARD_STATE.new);
  });

  it("survive JSON, dates as ISO strings", () => {
    const json = cardToJson(card);
    expect(json.due).toBe("2026-11-20T09:00:00.000Z");
    expect(cardFromJson(JSON.parse(JSON.stringify(json)))).toEqual(card);
    expect(cardFromJson({ ...json, lastReview: null }).lastReview).toBeNull();
  });
});
