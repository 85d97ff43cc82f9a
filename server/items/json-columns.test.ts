import { describe, expect, it } from "vitest";
import { itemIdsFrom } from "./json-columns";

describe("itemIdsFrom", () => {
  it("reads a list of ids in order, dropping anything that is not an id", () => {
    expect(itemIdsFrom(["b", "a", 3, null, "c"])).toEqual(["b", "a", "c"]);
  });

  it("reads anything but a list as no ids", () => {
    expect([itemIdsFrom(null), itemIdsFrom("a"), itemIdsFrom({ ids: ["a"] })]).toEqual([[], [], []]);
  });
});
