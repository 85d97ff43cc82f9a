// cyrb53: a fast, well-mixed, non-cryptographic string hash that gives the
// same result on every JavaScript engine. Item ids and versions and the
// seeded random number generator are made from it.

/** cyrb53's two 32-bit lanes over the string's UTF-16 code units, as unsigned integers. */
export function cyrb53(text: string): { high: number; low: number } {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return { high: h2 >>> 0, low: h1 >>> 0 };
}
