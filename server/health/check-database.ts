import "server-only";
import { databaseProvider, db, type Db } from "@/server/db/client";

export type Health = { ok: true; db: "sqlite" | "postgresql" } | { ok: false; db: "sqlite" | "postgresql"; error: string };

/** Asks the database a trivial question, with a deadline. */
export async function checkDatabase(
  options: { client?: Db; provider?: "sqlite" | "postgresql"; timeoutMs?: number } = {},
): Promise<Health> {
  const { client = db(), provider = databaseProvider(), timeoutMs = 3000 } = options;
  try {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([client.$queryRawUnsafe("SELECT 1"), deadline]).finally(() => clearTimeout(timer));
    return { ok: true, db: provider };
  } catch (error) {
    return { ok: false, db: provider, error: error instanceof Error ? (error.message.split("\n")[0] ?? "unreachable") : "unreachable" };
  }
}
