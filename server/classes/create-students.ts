import "server-only";
import { UserFacingError } from "@/lib/actions/result";
import { ALLOW_REPEATED_NAMES, assignUsernames, describeRepeatedNames, parseRoster, repeatedNames, usernameBase } from "@/lib/classes/roster";
import type { SessionUser } from "@/server/auth/session";
import { findOwnClass } from "@/server/classes/access";
import { db } from "@/server/db/client";
import { inTransaction } from "@/server/db/transaction";
import { newOneTimePassword } from "@/server/users/one-time-password";

export type CreatedStudent = { name: string; username: string; oneTimePassword: string };

/**
 * Creates an account for each pasted name, with a generated username and
 * one-time password, and puts them in the class: all of them or none (one
 * transaction). The passwords are returned once, for the printable sheet;
 * only their hashes are stored. A name pasted twice, or already in the
 * class, is refused until the teacher says these are different students
 * (`allowRepeatedNames`).
 */
export async function createStudents(
  actor: SessionUser,
  classId: string,
  roster: string,
  options: { allowRepeatedNames?: boolean } = {},
): Promise<CreatedStudent[]> {
  await findOwnClass(actor, classId, { isWrite: true });
  const parsed = parseRoster(roster);
  if (!parsed.ok) throw new UserFacingError(parsed.errors.join(" "), "roster");
  if (!options.allowRepeatedNames) {
    const members = await db().membership.findMany({ where: { classId }, select: { student: { select: { name: true } } } });
    const repeats = repeatedNames(
      parsed.entries,
      members.map((member) => member.student.name),
    );
    if (repeats.length > 0) {
      throw new UserFacingError(
        `Some names appear twice: ${describeRepeatedNames(repeats)}. No accounts were created. Remove the repeats, or confirm that these are different students.`,
        ALLOW_REPEATED_NAMES,
      );
    }
  }
  const names = parsed.entries.map((entry) => entry.name);
  // Hash outside the transaction: it is the slow part (tens of ms each).
  const students = await Promise.all(names.map(async (name) => ({ name, ...(await newOneTimePassword()) })));
  return insertStudents(actor, classId, names, students);
}

async function insertStudents(
  actor: SessionUser,
  classId: string,
  names: string[],
  students: Array<{ name: string; oneTimePassword: string; passwordHash: string }>,
): Promise<CreatedStudent[]> {
  // Two pastes racing for the same usernames: the loser rolls back and runs
  // again with the winner's usernames taken. A write by another connection
  // between the read and the first insert (SQLite's busy) runs it again too.
  return inTransaction(
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
    { retryOnDuplicates: true, timeoutMs: 60_000 },
  );
}
