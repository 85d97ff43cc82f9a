import { describe, expect, it } from "vitest";
import { TEST_ITEMS } from "@/tests/factories/items";
import { CHOICE_TYPES, isChoiceItem } from "./types";

describe("isChoiceItem", () => {
  it("is true of exactly the items answered by choosing one of their options", () => {
    for (const item of TEST_ITEMS) expect(isChoiceItem(item), item.id).toBe("options" in item && "answer" in item);
  });

  it("is true of an item of each choice type", () => {
    expect(new Set(TEST_ITEMS.filter(isChoiceItem).map((item) => item.type))).toEqual(new Set(CHOICE_TYPES));
  });

  it("reads the type alone, so it works on a question or a response too", () => {
    expect(isChoiceItem({ type: "attribution" })).toBe(true);
    expect(isChoiceItem({ type: "multi-select" })).toBe(false);
  });
});
