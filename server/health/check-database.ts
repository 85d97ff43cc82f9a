import "server-only";
import { databaseProvider, db } from "@/server/db/client";

export type Health = { ok: true; db: "sqlite" | "postgresql" } | { ok: false; db: "sqlite" | "postgresql"; error: string };

/** Asks the database a trivial question, with a deadline. */
export async function checkDatabase(timeoutMs = 3000): Promise<Health> {
  const provider = databaseProvider();
  try {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([db().$queryRawUnsafe("SELECT 1"), deadline]).finally(() => clearTimeout(timer));
    return { ok: true, db: provider };
  } catch (error) {
    return { ok: false, db: provider, error: error instanceof Error ? (error.message.split("\n")[0] ?? "unreachable") : "unreachable" };
  }
}
