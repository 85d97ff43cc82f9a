import { describe, expect, it } from "vitest";
import { highlightBody, locateQuote } from "./highlight";

const body = "Kenya offered to lead the force.  It will send\n1,000 officers.\n\nThe UN Security Council must approve it.\n";

describe("locateQuote", () => {
  it("finds a quote across a line break and double space", () => {
    const found = locateQuote(body, "It will send 1,000 officers.");
    expect(found && body.slice(found.start, found.end)).toBe("It will send\n1,000 officers.");
  });

  it("returns null when the quote is not in the body", () => {
    expect(locateQuote(body, "Kenya refused")).toBeNull();
  });
});

describe("highlightBody", () => {
  it("splits paragraphs and marks the runs each quote covers", () => {
    const paragraphs = highlightBody(body, [
      { id: "e1", factId: "f1", quote: "It will send 1,000 officers." },
      { id: "e2", factId: "f2", quote: "1,000 officers" },
      { id: "e3", factId: "f3", quote: "Security Council must approve" },
    ]);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toEqual([
      { text: "Kenya offered to lead the force.  ", marks: [] },
      { text: "It will send\n", marks: [{ id: "e1", factId: "f1" }] },
      { text: "1,000 officers", marks: [{ id: "e1", factId: "f1" }, { id: "e2", factId: "f2" }] },
      { text: ".", marks: [{ id: "e1", factId: "f1" }] },
    ]);
    expect(paragraphs[1]).toEqual([
      { text: "The UN ", marks: [] },
      { text: "Security Council must approve", marks: [{ id: "e3", factId: "f3" }] },
      { text: " it.", marks: [] },
    ]);
  });

  it("keeps the text unchanged apart from paragraph breaks", () => {
    const paragraphs = highlightBody(body, [{ id: "e1", factId: "f1", quote: "lead the force" }]);
    expect(paragraphs.map((runs) => runs.map((run) => run.text).join(""))).toEqual([
      "Kenya offered to lead the force.  It will send\n1,000 officers.",
      "The UN Security Council must approve it.",
    ]);
  });
});
