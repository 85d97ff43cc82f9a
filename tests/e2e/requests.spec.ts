// The review API refuses what a browser of another site, or an oversized
// body, sends: a forged cross-origin POST stores nothing and undoes
// nothing (403), and a 50 MiB body is refused before it is read (413).
import { randomUUID } from "node:crypto";
import { buildItemBank } from "@/server/content/build-item-bank";
import { db } from "@/server/db/client";
import { expect, test } from "./fixtures";

function firstItem(): string {
  const { sets } = buildItemBank(process.cwd());
  return sets.find((set) => set.slug === "topic:quotes")!.itemIds[0]!;
}

test("a forged cross-origin review or undo is refused and changes nothing", async ({ signedInPage: page, student, baseURL }) => {
  await page.goto("/home");
  const review = { reviewId: randomUUID(), itemId: firstItem(), rating: 3, reviewedAt: new Date().toISOString() };
  for (const origin of ["https://evil.example", "null"]) {
    const forged = await page.request.post("/api/reviews", { data: { reviews: [review] }, headers: { Origin: origin } });
    expect(forged.status()).toBe(403);
    expect((await page.request.post("/api/reviews/undo", { data: {}, headers: { Origin: origin } })).status()).toBe(403);
  }
  expect(await db().reviewLog.count({ where: { userId: student.id } })).toBe(0);

  // The same review from the app's own origin is stored.
  const own = await page.request.post("/api/reviews", { data: { reviews: [review] }, headers: { Origin: new URL(baseURL!).origin } });
  expect(own.status()).toBe(200);
  expect(await db().reviewLog.count({ where: { userId: student.id } })).toBe(1);
});

test("a 50 MiB body is refused with 413", async ({ signedInPage: page, baseURL }) => {
  await page.goto("/home");
  const huge = Buffer.alloc(50 * 1024 * 1024, "a");
  const response = await page.request.post("/api/reviews", { data: huge, headers: { Origin: new URL(baseURL!).origin, "Content-Type": "application/json" } });
  expect(response.status()).toBe(413);
});

test("a GET of the password sign-in callback is refused with 405, not a server error", async ({ request }) => {
  const response = await request.get("/api/auth/callback/credentials", { maxRedirects: 0 });
  expect(response.status()).toBe(405);
  expect(response.headers()["allow"]).toBe("POST");
});
