import "server-only";
import { randomInt } from "node:crypto";
import { generateJoinCode } from "@/lib/classes/join-code";
import type { Prisma } from "@/generated/prisma/sqlite/client";

/** A join code no class uses (with 29^8 codes a clash is rare; a few retries make it certain). */
export async function unusedJoinCode(tx: Prisma.TransactionClient): Promise<string> {
  for (let tries = 0; tries < 10; tries++) {
    const code = generateJoinCode(randomInt);
    if (!(await tx.class.findUnique({ where: { joinCode: code }, select: { id: true } }))) return code;
  }
  throw new Error("Could not find an unused join code.");
}
