/** What every server action returns: data, or a message (and per-field messages) for the form. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * A failure the user can act on (a taken username, a wrong code). Thrown by
 * the data layer; the action wrapper turns it into `{ ok: false }`.
 */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}
