/** The one message for a failure nobody can act on: the server or the network broke, and nothing was written. */
export const UNEXPECTED_ERROR = "Something went wrong. Nothing was saved; please try again.";

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

/**
 * The thing does not exist, or the acting user may not see it: the two are
 * deliberately indistinguishable. Pages answer 404; actions say so.
 */
export class NotFoundError extends UserFacingError {
  constructor(what = "That") {
    super(`${what} was not found, or you do not have access to it.`);
    this.name = "NotFoundError";
  }
}

/** Too many tries: the message says when to try again. */
export class RateLimitedError extends UserFacingError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many tries. Try again in ${retryAfterSeconds} s.`);
    this.name = "RateLimitedError";
  }
}
