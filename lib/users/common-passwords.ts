// Passwords too easy to guess: the 49,233 most common ones (zxcvbn-ts's
// list, from breach corpora), the user's own username and the app's name,
// compared without case and without digits or symbols added at the ends
// ("Password1!" is "password"). Server-side only: the list stays out of the
// pages' bundles.
import { dictionary } from "@zxcvbn-ts/language-common";

const APP_NAME = "factdeck";

let common: Set<string> | null = null;

function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((password) => password.toLowerCase()));
  return common;
}

/** The message for a password `isGuessable` refuses. */
export const GUESSABLE_PASSWORD = "That password is too easy to guess: it is one of the most common passwords, or your username. Choose another.";

/** Whether a password is common, the username or the app's name (give or take case and digits or symbols at either end). */
export function isGuessable(password: string, username: string): boolean {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  // A name with only digits or symbols around it ("amina.otieno2024!", "factdeck123").
  const isName = [username.toLowerCase(), APP_NAME].some((name) => name !== "" && lower.includes(name) && !/\p{L}/u.test(lower.replace(name, "")));
  return commonPasswords().has(lower) || commonPasswords().has(core) || isName;
}

/** How many common passwords the list holds (docs/SECURITY.md states it). */
export function commonPasswordCount(): number {
  return commonPasswords().size;
}
