// npm run bench:durability [-- --reviews N]: what synchronous = FULL costs.
// Stores flashcard reviews through the data layer (submitReviews, one
// transaction a review, as POST /api/reviews stores them) in a fresh SQLite
// file in WAL mode under ./data (the disk the app's database lives on: a
// temporary folder may be in memory, where syncing costs nothing), once with
// synchronous = NORMAL and once with FULL on the same connection, in
// alternating rounds so that both see the same machine. Each round stores N
// reviews (1,000 unless told) one after another, then N more from 8
// learners at once. Prints reviews per second and milliseconds per review
// for each setting. See docs/decisions/022-sqlite-durability.md.
import { randomUUID } from "node:crypto";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { SessionUser } from "../../server/auth/session";
import { parseEnv } from "../../lib/config/env";
import { ensureClientsGenerated, migrate, root } from "../setup";

const USAGE = "Usage: npm run bench:durability [-- --reviews N]";
const ROUNDS = 3;
const LEARNERS = 8;
const ITEMS = 200;
const SETTINGS = ["NORMAL", "FULL"] as const;
type Setting = (typeof SETTINGS)[number];

function parseReviews(args: string[]): number {
  const index = args.indexOf("--reviews");
  if (index === -1) return 1000;
  const value = args[index + 1] ?? "";
  if (!/^[1-9]\d*$/.test(value)) {
    console.error(USAGE);
    process.exit(2);
  }
  return Number(value);
}

async function main() {
  const reviews = parseReviews(process.argv.slice(2));
  ensureClientsGenerated();
  mkdirSync(path.join(root, "data"), { recursive: true });
  const folder = mkdtempSync(path.join(root, "data", "bench-durability-"));
  process.env.DATABASE_URL = `file:${path.join(folder, "factdeck.db")}`;
  try {
    migrate(parseEnv({ DATABASE_URL: process.env.DATABASE_URL }, root));
    await bench(reviews);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function bench(reviews: number) {
  const { db } = await import("../../server/db/client");
  const { submitReviews } = await import("../../server/reviews/submit-reviews");
  const client = db();
  const itemIds = Array.from({ length: ITEMS }, (_, n) => `bench-item-${n}`);
  await client.item.createMany({
    data: itemIds.map((id) => ({ id, version: "v1", type: "flashcard", prompt: `Card ${id}?`, difficulty: 2, payload: { id } })),
  });
  const learners: SessionUser[] = [];
  for (let n = 0; n < LEARNERS; n++) {
    const user = await client.user.create({ data: { username: `bench-learner-${n}`, name: `Learner ${n}`, passwordHash: "-" } });
    learners.push({ id: user.id, name: user.name, username: user.username, role: "student" });
  }

  let counter = 0;
  const reviewOnce = (learner: SessionUser) => {
    const now = new Date();
    const itemId = itemIds[counter++ % ITEMS]!;
    return submitReviews(learner, [{ reviewId: randomUUID(), itemId, rating: ((counter % 4) + 1) as 1 | 2 | 3 | 4, reviewedAt: now }], now);
  };
  const timed = async (run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  const oneAtATime = () => timed(async () => {
    for (let n = 0; n < reviews; n++) await reviewOnce(learners[n % LEARNERS]!);
  });
  const together = () => timed(() =>
    Promise.all(learners.map(async (learner, index) => {
      for (let n = index; n < reviews; n += LEARNERS) await reviewOnce(learner);
    })),
  );

  const totals: Record<Setting, { sequential: number; concurrent: number }> = { NORMAL: { sequential: 0, concurrent: 0 }, FULL: { sequential: 0, concurrent: 0 } };
  // One warm-up round, not counted: compiled code, the file's first pages.
  await client.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await oneAtATime();
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which setting goes first, so neither always runs on the bigger file.
    for (const setting of round % 2 ? [...SETTINGS].reverse() : SETTINGS) {
      await client.$executeRawUnsafe(`PRAGMA synchronous = ${setting}`);
      const [row] = await client.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
      if (Number(row?.synchronous) !== (setting === "FULL" ? 2 : 1)) throw new Error(`PRAGMA synchronous = ${setting} did not take`);
      totals[setting].sequential += await oneAtATime();
      totals[setting].concurrent += await together();
    }
  }
  const stored = await client.reviewLog.count();
  await client.$disconnect();

  const count = reviews * ROUNDS;
  console.log(`SQLite, WAL mode, ${count} reviews per setting and way (after ${reviews} not counted); ${stored} reviews stored in all.`);
  console.log(`  ${"synchronous".padEnd(12)} ${"one at a time".padStart(26)} ${`${LEARNERS} learners at once`.padStart(26)}`);
  const cell = (ms: number) => `${Math.round((count / ms) * 1000).toLocaleString("en-US").padStart(6)}/s ${(ms / count).toFixed(2).padStart(6)} ms each`;
  for (const setting of SETTINGS) {
    console.log(`  ${setting.padEnd(12)} ${cell(totals[setting].sequential).padStart(26)} ${cell(totals[setting].concurrent).padStart(26)}`);
  }
  const ratio = (way: "sequential" | "concurrent") => (totals.FULL[way] / totals.NORMAL[way]).toFixed(2);
  console.log(`  FULL takes ${ratio("sequential")}× NORMAL's time one at a time, ${ratio("concurrent")}× with ${LEARNERS} learners at once.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
