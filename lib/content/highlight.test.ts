import { describe, expect, it } from "vitest";
import { highlightBody, isLinkableRun, locateQuote } from "./highlight";

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

describe("isLinkableRun", () => {
  const mark = { id: "1", factId: "fact" };
  it("links a marked run with words or numbers", () => {
    expect(isLinkableRun({ text: "It will send 1,000 officers.", marks: [mark] })).toBe(true);
    expect(isLinkableRun({ text: "1,000", marks: [mark] })).toBe(true);
    expect(isLinkableRun({ text: "Moïse", marks: [mark] })).toBe(true);
  });
  it("does not link punctuation between two quotes, nor an unmarked run", () => {
    expect(isLinkableRun({ text: ", ", marks: [mark] })).toBe(false);
    expect(isLinkableRun({ text: " — ", marks: [mark] })).toBe(false);
    expect(isLinkableRun({ text: "Kenya", marks: [] })).toBe(false);
  });
  it("finds the punctuation shared by two overlapping quotes", () => {
    const [runs] = highlightBody("Austin signed it, in Nairobi.", [
      { id: "1", factId: "a", quote: "Austin signed it," },
      { id: "2", factId: "b", quote: ", in Nairobi." },
    ]);
    expect(runs!.map((run) => [run.text, run.marks.map((mark) => mark.id), isLinkableRun(run)])).toEqual([
      ["Austin signed it", ["1"], true],
      [",", ["1", "2"], false],
      [" in Nairobi.", ["2"], true],
    ]);
  });
});
