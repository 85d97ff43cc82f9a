import "server-only";
import type { z } from "zod";
import { UNEXPECTED_ERROR, UserFacingError, type ActionResult } from "@/lib/actions/result";
import { containsNulCharacter, NUL_CHARACTER_MESSAGE } from "@/lib/http/nul-character";
import { currentUser, type SessionUser } from "@/server/auth/session";

type Input = FormData | Record<string, unknown>;

/**
 * A server action's argument as form data. A page's forms always send form
 * data; anything else (a script calling the action with other values) is
 * read as an empty form, which validation then refuses with its messages.
 */
export function formDataOf(input: unknown): FormData {
  return input instanceof FormData ? input : new FormData();
}

/** Form data as an object: a key sent several times (ticked checkboxes) becomes a list. */
function toObject(input: Input): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const object: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = input.getAll(key).map((value) => (typeof value === "string" ? value : undefined));
    object[key] = values.length > 1 ? values : values[0];
  }
  return object;
}


async function run<S extends z.ZodType, T>(
  schema: S,
  input: Input,
  handler: (data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  if (containsNulCharacter(input)) return { ok: false, error: NUL_CHARACTER_MESSAGE };
  const parsed = schema.safeParse(toObject(input));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      (fieldErrors[field] ??= []).push(issue.message);
    }
    return { ok: false, error: "Check the highlighted fields.", fieldErrors };
  }
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof UserFacingError) {
      return { ok: false, error: error.message, ...(error.field ? { fieldErrors: { [error.field]: [error.message] } } : {}) };
    }
    console.error("Server action failed", error);
    return { ok: false, error: UNEXPECTED_ERROR };
  }
}

/** An action anyone may call (sign-up): validates, runs, reports. */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (data: z.output<S>) => Promise<T>) {
  return (input: Input) => run(schema, input, handler);
}

/** What a session on a one-time password is told by every action but choosing a password. */
export const CHOOSE_PASSWORD_FIRST = "Choose your own password first.";

/**
 * An action for signed-in users: the acting user is passed to the handler,
 * which passes it on to server/. A session on a one-time password can call
 * only an action made with `allowOneTimePassword` (choosing a password).
 */
export function userAction<S extends z.ZodType, T>(
  schema: S,
  handler: (data: z.output<S>, user: SessionUser) => Promise<T>,
  { allowOneTimePassword = false }: { allowOneTimePassword?: boolean } = {},
) {
  return async (input: Input): Promise<ActionResult<T>> => {
    const user = await currentUser();
    if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
    if (user.mustChangePassword && !allowOneTimePassword) return { ok: false, error: CHOOSE_PASSWORD_FIRST };
    return run(schema, input, (data) => handler(data, user));
  };
}
