import "server-only";
import { randomInt } from "node:crypto";
import { UserFacingError } from "@/lib/actions/result";
import { assignUsernames, generateOneTimePassword, parseRoster, usernameBase } from "@/lib/classes/roster";
import type { SessionUser } from "@/server/auth/session";
import { hashPassword } from "@/server/auth/password";
import { findOwnClass } from "@/server/classes/access";
import { db } from "@/server/db/client";
import { isUniqueViolation, withRetry } from "@/server/db/errors";

export type CreatedStudent = { name: string; username: string; oneTimePassword: string };

/**
 * Creates an account for each pasted name, with a generated username and
 * one-time password, and puts them in the class: all of them or none (one
 * transaction). The passwords are returned once, for the printable sheet;
 * only their hashes are stored.
 */
export async function createStudents(actor: SessionUser, classId: string, roster: string): Promise<CreatedStudent[]> {
  await findOwnClass(actor, classId, { isWrite: true });
  const parsed = parseRoster(roster);
  if (!parsed.ok) throw new UserFacingError(parsed.errors.join(" "), "roster");
  const names = parsed.entries.map((entry) => entry.name);
  // Hash outside the transaction: it is the slow part (tens of ms each).
  const students = await Promise.all(
    names.map(async (name) => {
      const oneTimePassword = generateOneTimePassword(randomInt);
      return { name, oneTimePassword, passwordHash: await hashPassword(oneTimePassword) };
    }),
  );
  // Two pastes racing for the same usernames: the loser rolls back and runs
  // again with the winner's usernames taken.
  return withRetry(() => insertStudents(actor, classId, names, students), isUniqueViolation);
}

async function insertStudents(
  actor: SessionUser,
  classId: string,
  names: string[],
  students: Array<{ name: string; oneTimePassword: string; passwordHash: string }>,
): Promise<CreatedStudent[]> {
  return db().$transaction(
    async (tx) => {
      const bases = [...new Set(names.map(usernameBase))];
      const taken = await tx.user.findMany({
        where: { OR: bases.map((base) => ({ username: { startsWith: base } })) },
        select: { username: true },
      });
      const usernames = assignUsernames(names, new Set(taken.map((user) => user.username)));
      const created: CreatedStudent[] = [];
      for (const [index, student] of students.entries()) {
        const username = usernames[index]!;
        const user = await tx.user.create({
          data: {
            username,
            name: student.name,
            role: "student",
            passwordHash: student.passwordHash,
            mustChangePassword: true,
            createdById: actor.id,
          },
          select: { id: true },
        });
        await tx.membership.create({ data: { classId, studentId: user.id } });
        created.push({ name: student.name, username, oneTimePassword: student.oneTimePassword });
      }
      return created;
    },
    { timeout: 60_000 },
  );
}
