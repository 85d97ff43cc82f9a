// Finds evidence quotes in an article body and splits the body into
// paragraphs of plain and highlighted runs, for the article page.

export type Mark = { id: string; factId: string };
export type Run = { text: string; marks: Mark[] };
export type Paragraph = Run[];

type Span = { start: number; end: number; mark: Mark };

/**
 * Where `quote` occurs in `body`, comparing with runs of whitespace collapsed
 * to one space (as the content checker does), as offsets into the original
 * body; null when it does not occur.
 */
export function locateQuote(body: string, quote: string): { start: number; end: number } | null {
  const normalizedQuote = quote.replace(/\s+/g, " ").trim();
  if (normalizedQuote === "") return null;
  // Collapse the body the same way, remembering where each character came from.
  let normalized = "";
  const origin: number[] = [];
  let isInSpace = false;
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (/\s/.test(char)) {
      if (!isInSpace) {
        normalized += " ";
        origin.push(index);
      }
      isInSpace = true;
    } else {
      normalized += char;
      origin.push(index);
      isInSpace = false;
    }
  }
  const at = normalized.indexOf(normalizedQuote);
  if (at < 0) return null;
  const last = origin[at + normalizedQuote.length - 1]!;
  return { start: origin[at]!, end: last + 1 };
}

/**
 * Splits the body into paragraphs (separated by blank lines) of runs, each
 * run carrying the marks (evidence ids and their facts) that cover it. A
 * quote that spans a paragraph break is marked in both paragraphs.
 */
export function highlightBody(body: string, marks: Array<Mark & { quote: string }>): Paragraph[] {
  const spans: Span[] = [];
  for (const mark of marks) {
    const found = locateQuote(body, mark.quote);
    if (found) spans.push({ ...found, mark: { id: mark.id, factId: mark.factId } });
  }
  const paragraphs: Paragraph[] = [];
  const breaks = /\n\s*\n/g;
  let start = 0;
  const ranges: Array<[number, number]> = [];
  for (let match = breaks.exec(body); match; match = breaks.exec(body)) {
    ranges.push([start, match.index]);
    start = match.index + match[0].length;
  }
  ranges.push([start, body.length]);
  for (const [from, to] of ranges) {
    const text = body.slice(from, to).trim() === "" ? null : [from, to];
    if (!text) continue;
    const inside = spans.filter((span) => span.start < to && span.end > from);
    const cuts = new Set<number>([from, to]);
    for (const span of inside) {
      cuts.add(Math.max(span.start, from));
      cuts.add(Math.min(span.end, to));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: Run[] = [];
    for (let index = 0; index < points.length - 1; index++) {
      const runStart = points[index]!;
      const runEnd = points[index + 1]!;
      const runMarks = inside.filter((span) => span.start <= runStart && span.end >= runEnd).map((span) => span.mark);
      const previous = runs.at(-1);
      const runText = body.slice(runStart, runEnd);
      if (previous && sameMarks(previous.marks, runMarks)) previous.text += runText;
      else runs.push({ text: runText, marks: runMarks });
    }
    const first = runs[0];
    const last = runs.at(-1);
    if (first) first.text = first.text.trimStart();
    if (last) last.text = last.text.trimEnd();
    paragraphs.push(runs.filter((run) => run.text !== ""));
  }
  return paragraphs;
}

/**
 * Whether a marked run is worth a link of its own: one without a letter or a
 * digit (", " between two overlapping quotes) would be a target a few pixels
 * wide, so the page shows it underlined but not as a link.
 */
export function isLinkableRun(run: Run): boolean {
  return run.marks.length > 0 && /[\p{L}\p{N}]/u.test(run.text);
}

function sameMarks(a: Mark[], b: Mark[]): boolean {
  return a.length === b.length && a.every((mark, index) => mark.id === b[index]?.id);
}
