// How the checker compares texts: quotes with whitespace runs collapsed and
// nothing else normalized; names and words with accents and case ignored.

/** Collapses every run of whitespace (newlines and U+00A0 included) to one space. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** Whether `quote` occurs verbatim in `body`, whitespace runs aside: the rule for evidence, which checkEvidence applies with each body normalized once. */
export function quoteOccursIn(body: string, quote: string): boolean {
  return normalizeWhitespace(body).includes(normalizeWhitespace(quote));
}

/** How names are compared: accents, case and whitespace runs ignored. */
export function nameKey(name: string): string {
  return normalizeWhitespace(name.normalize("NFD").replace(/\p{M}/gu, "")).trim().toLowerCase();
}

/** A name or a text as lower-case words without accents, padded with spaces: " port au prince ". */
export function wordsKey(text: string): string {
  return ` ${nameKey(text).replace(/['’]s\b/g, "").replace(/[’']/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
}
