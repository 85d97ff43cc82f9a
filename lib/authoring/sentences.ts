// An article's body read once with wink-nlp: its sentences, its tokens with
// their parts of speech, and the numbers, money, percentages and dates wink
// finds, every one with exact offsets into the body. The authoring step's
// one reader of bodies (the instance is lib/nlp/wink.ts).
import type { ItemEntity, ItemSentence } from "wink-nlp";
import { wink } from "@/lib/nlp/wink";
import type { Span } from "./types";

/** A sentence of the body: `body.slice(start, end) === text`, without surrounding whitespace. */
export type Sentence = Span & { text: string };

/** A word or punctuation mark of the body with its part of speech ("NOUN", "NUM", "PUNCT", …). */
export type Token = Span & { text: string; pos: string };

/** An entity wink finds: CARDINAL, MONEY, PERCENT, DATE, TIME, DURATION, ORDINAL, … */
export type WinkEntity = Span & { text: string; type: string };

/** What one reading of a body gives. */
export type ReadBody = { sentences: Sentence[]; tokens: Token[]; entities: WinkEntity[] };

/** The body's sentences in order; a line break always ends a sentence. */
export function splitSentences(body: string): Sentence[] {
  return readBody(body).sentences;
}

/** Reads the body once: sentences, tokens and wink's entities, with offsets into `body`. */
export function readBody(body: string): ReadBody {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(body);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  const tags = doc.tokens().out(its.pos);

  // wink keeps every character: each token follows its preceding whitespace.
  // Searching forward guards the offsets should a token ever be normalized.
  // Line breaks are tokens of their own in wink: they are kept out of the
  // tokens and end the sentence they fall in.
  const spans: Span[] = [];
  const isBreak: boolean[] = [];
  let position = 0;
  values.forEach((value, index) => {
    const space = spaces[index] ?? "";
    let start = position + space.length;
    if (body.slice(start, start + value.length) !== value) {
      const found = body.indexOf(value, position);
      start = found === -1 ? start : found;
    }
    const end = Math.min(start + value.length, body.length);
    spans.push({ start, end });
    isBreak.push(value.trim() === "");
    position = end;
  });
  const tokens: Token[] = [];
  spans.forEach((span, index) => {
    if (!isBreak[index]) tokens.push({ ...span, text: body.slice(span.start, span.end), pos: tags[index] ?? "" });
  });

  const sentences: Sentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    let from = -1;
    for (let index = first; index <= last + 1; index += 1) {
      const ends = index > last || isBreak[index] || (from !== -1 && body.slice(spans[index - 1]!.end, spans[index]!.start).includes("\n"));
      if (ends && from !== -1) {
        const start = spans[from]!.start;
        const end = spans[index - 1]!.end;
        sentences.push({ start, end, text: body.slice(start, end) });
        from = -1;
      }
      if (index <= last && !isBreak[index] && from === -1) from = index;
    }
  });

  const entities: WinkEntity[] = [];
  doc.entities().each((entity: ItemEntity) => {
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    const start = spans[first]!.start;
    const end = spans[last]!.end;
    entities.push({ start, end, text: body.slice(start, end), type: String(entity.out(its.type)) });
  });

  return { sentences, tokens, entities };
}
