// A person's rights over their data (decision 021): the download of
// everything the app holds about them, and the deletions, each confirmed by
// typing what is deleted. The data layer (server/account/) reads and deletes;
// this file holds the rules that need no database.
import { z } from "zod";
import { fileSlug } from "@/lib/files/file-name";

/** The export's `format` field: what the file is, for a program that reads it. */
export const EXPORT_FORMAT = "factdeck-account-export";

/** Raised when a field is added, renamed or changes meaning, so readers of old files can tell. */
export const EXPORT_VERSION = 1;

/** "factdeck-amina.otieno-2026-12-03.json": the export's file name on the day (a `YYYY-MM-DD` calendar day) it is made. */
export function exportFileName(username: string, day: string): string {
  return `factdeck-${fileSlug(username, "account")}-${day}.json`;
}

/** Text as typed into a confirmation box: ends trimmed, inner runs of spaces as one (a copied name often carries them). */
function typed(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

/** Whether the typed confirmation is the account's username (usernames are lower-case and signed in without case). */
export function confirmsUsername(confirmation: string, username: string): boolean {
  return typed(confirmation).toLowerCase() === username.toLowerCase();
}

/** Whether the typed confirmation is the class's name, exactly (case too): deleting the wrong class cannot be undone. */
export function confirmsClassName(confirmation: string, className: string): boolean {
  return typed(confirmation) === typed(className);
}

export const WRONG_USERNAME = "That is not your username. Type it exactly as shown to delete your account.";
export const WRONG_CLASS_NAME = "That is not the class’s name. Type it exactly as shown, capitals included, to delete the class.";
export const DEMO_ACCOUNT_KEPT = "Demo accounts cannot be deleted: everyone trying Factdeck shares them. Sign up for an account of your own.";

/** Teachers keep their account while they teach classes: the message names how many. */
export function classesStillTaught(count: number): string {
  return `You still teach ${count === 1 ? "a class" : `${count} classes`}. Delete ${count === 1 ? "it on its page" : "each on its page"} first; your students’ accounts stay.`;
}

// Longer than any username or class name (100), so an over-long paste gets the "not your username" message, not a size error.
const CONFIRMATION_MAX = 200;

const confirmation = (message: string) => z.string({ error: message }).trim().min(1, message).max(CONFIRMATION_MAX, message);

export const deleteAccountSchema = z.object({ confirmation: confirmation("Type your username to confirm.") });

export const deleteClassSchema = z.object({
  classId: z.string().min(1).max(64),
  confirmation: confirmation("Type the class’s name to confirm."),
});
