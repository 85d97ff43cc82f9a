import "server-only";
import { UserFacingError } from "@/lib/actions/result";
import { GUESSABLE_PASSWORD, isGuessable } from "@/lib/users/common-passwords";
import type { SignUpInput } from "@/lib/users/validation";
import { hashPassword } from "@/server/auth/password";
import { db } from "@/server/db/client";
import { isUniqueViolation } from "@/server/db/errors";
import { countTry, forgiveTry } from "@/server/rate-limit/limit";

export type CreatedUser = { id: string; username: string; name: string; role: "student" | "teacher" };

/**
 * Creates an account from validated sign-up input. Fails on a taken username
 * or email. Given the address of a sign-up (the public form), accounts made
 * from one address are limited per hour; a refused sign-up is not counted.
 */
export async function createUser(input: SignUpInput, options: { isDemo?: boolean; address?: string } = {}): Promise<CreatedUser> {
  // The demo accounts' published password is theirs by design; everyone else's must be hard to guess.
  if (!options.isDemo && isGuessable(input.password, input.username)) throw new UserFacingError(GUESSABLE_PASSWORD, "password");
  await countTry("sign-up", options.address);
  try {
    return await insertUser(input, options);
  } catch (error) {
    await forgiveTry("sign-up", options.address);
    throw error;
  }
}

async function insertUser(input: SignUpInput, options: { isDemo?: boolean }): Promise<CreatedUser> {
  const taken = await db().user.findFirst({
    where: { OR: [{ username: input.username }, ...(input.email ? [{ email: input.email }] : [])] },
    select: { username: true },
  });
  if (taken) throw takenError(taken.username === input.username ? "username" : "email");
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().user.create({
      data: {
        username: input.username,
        email: input.email ?? null,
        name: input.name,
        role: input.role,
        passwordHash,
        isDemo: options.isDemo ?? false,
      },
      select: { id: true, username: true, name: true, role: true },
    });
  } catch (error) {
    // Two sign-ups racing for one name: the unique index decides.
    if (isUniqueViolation(error)) throw takenError(String(error.meta?.target ?? "").includes("email") ? "email" : "username");
    throw error;
  }
}

function takenError(field: "username" | "email") {
  return field === "username"
    ? new UserFacingError("That username is taken. Choose another.", "username")
    : new UserFacingError("An account already uses that email address.", "email");
}
