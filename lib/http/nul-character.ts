// PostgreSQL cannot store the NUL character in text: a value holding one
// would reach the database only to be refused with an error. Requests are
// checked for it at the edges (the proxy for addresses, the action wrapper
// and route handlers for bodies) and refused with a message instead.

export const NUL_CHARACTER_MESSAGE = "The request contains a character that cannot be stored (a NUL byte). Remove it and try again.";

/** Whether a string, or any string inside arrays, plain objects or form data, holds U+0000. */
export function containsNulCharacter(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 32 || value === null || typeof value !== "object") return false;
  if (typeof FormData !== "undefined" && value instanceof FormData) {
    for (const [key, entry] of value.entries()) if (key.includes("\u0000") || (typeof entry === "string" && entry.includes("\u0000"))) return true;
    return false;
  }
  if (Array.isArray(value)) return value.some((entry) => containsNulCharacter(entry, depth + 1));
  return Object.entries(value).some(([key, entry]) => key.includes("\u0000") || containsNulCharacter(entry, depth + 1));
}

/** Whether a URL (as sent, percent-encoded) names the NUL character anywhere. */
export function urlContainsNulCharacter(url: string): boolean {
  return /%00/i.test(url) || url.includes("\u0000");
}
