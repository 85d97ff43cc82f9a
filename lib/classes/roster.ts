// Turning a pasted list of names into new student accounts: parsing,
// usernames and one-time passwords. Pure: randomness is passed in.
import { NAME_MAX, USERNAME_MAX } from "@/lib/users/validation";

/** The most students one paste may create. */
export const ROSTER_MAX = 200;

export type RosterEntry = { line: number; name: string };
export type RosterParse = { ok: true; entries: RosterEntry[] } | { ok: false; errors: string[] };

/**
 * Reads one student per line. A line may be a plain name, or CSV whose first
 * column is the name ("Amina Otieno,..." or a quoted "Otieno, Amina"); a
 * first line "name" (any case) is a header and skipped; blank lines are
 * ignored.
 */
export function parseRoster(text: string): RosterParse {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const entries: RosterEntry[] = [];
  const errors: string[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    const name = firstCsvField(line).replace(/\s+/g, " ").trim();
    if (entries.length === 0 && errors.length === 0 && /^(full )?names?$/i.test(name)) return;
    if (name === "") errors.push(`Line ${index + 1}: no name.`);
    else if (name.length > NAME_MAX) errors.push(`Line ${index + 1}: names have at most ${NAME_MAX} characters.`);
    else entries.push({ line: index + 1, name });
  });
  if (entries.length === 0 && errors.length === 0) return { ok: false, errors: ["Paste at least one name, one per line."] };
  if (entries.length + errors.length > ROSTER_MAX) {
    return { ok: false, errors: [`That is ${entries.length + errors.length} students: create at most ${ROSTER_MAX} at a time.`] };
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries };
}

/** A name as compared for repeats: case, accents and spacing do not count. */
function nameKey(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The form field of the teacher's "yes, these are different students". */
export const ALLOW_REPEATED_NAMES = "allowRepeatedNames";

/** Asked before leaving a sign-in sheet: its one-time passwords are not shown again. */
export const LEAVE_SHEET_QUESTION =
  "Leave this page? The one-time passwords on it will not be shown again. Print the sheet or copy them first.";

export type RepeatedName = { name: string; lines: number[]; isInClass: boolean };

/**
 * Names that appear twice: on several lines of the paste, or already in the
 * class (`classNames`, the members' names). Two students may share a name,
 * so this is a question to the teacher, not an error.
 */
export function repeatedNames(entries: RosterEntry[], classNames: readonly string[] = []): RepeatedName[] {
  const inClass = new Set(classNames.map(nameKey));
  const byKey = new Map<string, RepeatedName>();
  for (const entry of entries) {
    const key = nameKey(entry.name);
    const found = byKey.get(key);
    if (found) found.lines.push(entry.line);
    else byKey.set(key, { name: entry.name, lines: [entry.line], isInClass: inClass.has(key) });
  }
  return [...byKey.values()].filter((repeat) => repeat.lines.length > 1 || repeat.isInClass);
}

/** "Brian Kiprop (lines 2 and 5); Amina Otieno (line 3, already in the class)". */
export function describeRepeatedNames(repeats: RepeatedName[]): string {
  return repeats
    .map((repeat) => {
      const lines = repeat.lines.length === 1 ? `line ${repeat.lines[0]}` : `lines ${listJoin(repeat.lines.map(String))}`;
      return `${repeat.name} (${lines}${repeat.isInClass ? ", already in the class" : ""})`;
    })
    .join("; ");
}

function listJoin(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

function firstCsvField(line: string): string {
  if (line.startsWith('"')) {
    const end = line.indexOf('"', 1);
    return end > 0 ? line.slice(1, end) : line.slice(1);
  }
  const comma = line.indexOf(",");
  const tab = line.indexOf("\t");
  const cut = [comma, tab].filter((at) => at >= 0).sort((a, b) => a - b)[0];
  return cut === undefined ? line : line.slice(0, cut);
}

/** "Amina Wanjirũ Otieno" → "amina.otieno": first and last name, ASCII, lower case. */
export function usernameBase(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9\s.-]/g, " ")
    .trim()
    .split(/[\s.-]+/)
    .filter(Boolean);
  const parts = ascii.length > 1 ? [ascii[0]!, ascii.at(-1)!] : ascii;
  const base = parts.join(".").slice(0, USERNAME_MAX - 4);
  return base.length >= 3 ? base : `student${base ? `.${base}` : ""}`;
}

/** Usernames for the names, unique among themselves and against `taken` (which is not changed). */
export function assignUsernames(names: string[], taken: ReadonlySet<string>): string[] {
  const used = new Set(taken);
  return names.map((name) => {
    const base = usernameBase(name);
    let candidate = base;
    for (let suffix = 2; used.has(candidate); suffix++) candidate = `${base}${suffix}`;
    used.add(candidate);
    return candidate;
  });
}

// Lower-case letters and digits without look-alikes, in two groups of four:
// easy to copy from a printed sheet.
const PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A one-time password such as "k7mq-x4tr" (about 40 bits). */
export function generateOneTimePassword(randomInt: (max: number) => number): string {
  let password = "";
  for (let index = 0; index < 8; index++) {
    if (index === 4) password += "-";
    password += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
  }
  return password;
}
