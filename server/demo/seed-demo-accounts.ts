import "server-only";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { db } from "@/server/db/client";

/**
 * Creates the demo accounts, or resets them to the documented name, role and
 * password. Idempotent: a second run changes nothing. Returns what it did.
 */
export async function seedDemoAccounts(): Promise<{ created: string[]; updated: string[] }> {
  const created: string[] = [];
  const updated: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db().user.findUnique({
      where: { username: account.username },
      select: { id: true, name: true, role: true, passwordHash: true, isDemo: true },
    });
    if (!existing) {
      await db().user.create({
        data: { username: account.username, name: account.name, role: account.role, passwordHash: await hashPassword(DEMO_PASSWORD), isDemo: true },
      });
      created.push(account.username);
      continue;
    }
    // A real account that happens to use a demo name is left alone.
    if (!existing.isDemo) continue;
    const isCurrent =
      existing.name === account.name && existing.role === account.role && (await verifyPassword(existing.passwordHash, DEMO_PASSWORD));
    if (isCurrent) continue;
    await db().user.update({
      where: { id: existing.id },
      data: { name: account.name, role: account.role, passwordHash: await hashPassword(DEMO_PASSWORD) },
    });
    updated.push(account.username);
  }
  return { created, updated };
}
