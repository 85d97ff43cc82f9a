import "server-only";
import { randomInt } from "node:crypto";
import { generateOneTimePassword } from "@/lib/classes/roster";
import { hashPassword } from "@/server/auth/password";

/** A fresh one-time password, to show once, and the hash that is stored. */
export async function newOneTimePassword(): Promise<{ oneTimePassword: string; passwordHash: string }> {
  const oneTimePassword = generateOneTimePassword(randomInt);
  return { oneTimePassword, passwordHash: await hashPassword(oneTimePassword) };
}
