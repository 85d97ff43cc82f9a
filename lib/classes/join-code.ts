// Join codes: 8 characters a class can read off a projector and type on a
// phone without confusing 0/O, 1/I/L or 5/S.
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXYZ2346789";
export const JOIN_CODE_LENGTH = 8;

/** A new code; `randomInt(n)` returns an integer in [0, n) (crypto.randomInt on the server). */
export function generateJoinCode(randomInt: (max: number) => number): string {
  let code = "";
  for (let index = 0; index < JOIN_CODE_LENGTH; index++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a student typed, as a code: upper case, without spaces or dashes; null if it cannot be one. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((char) => JOIN_CODE_ALPHABET.includes(char)) ? code : null;
}

/** "ABCD EFGH": easier to read aloud and off a screen. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}
