import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { formatFigures, reportFigures, type Figure } from "./figures";

const FIGURES: Figure[] = [
  { name: "queue, 100,000 cards", value: 86.4, unit: "ms", target: "≤ 200 ms", met: true },
  { name: "review submits", value: 120, unit: "/s", target: "≥ 500/s", met: false, note: "Next.js routing takes 8 ms a request" },
  { name: "cards", value: 100000, unit: "", target: "", met: null },
];

describe("formatFigures", () => {
  it("puts each figure beside its target, says which are missed and why", () => {
    const text = formatFigures(FIGURES);
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^queue, 100,000 cards\s+86\.4 ms\s+≤ 200 ms\s+met$/);
    expect(lines[1]).toMatch(/^review submits\s+120 \/s\s+≥ 500\/s\s+MISSED$/);
    expect(lines[2]).toMatch(/^cards\s+100000$/);
    expect(lines[3]).toBe("  review submits: Next.js routing takes 8 ms a request");
  });
});

describe("reportFigures", () => {
  it("writes the figures as JSON after --figures", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "figures-")), "out.json");
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    reportFigures(FIGURES, ["--figures", file]);
    log.mockRestore();
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(FIGURES);
  });
});
