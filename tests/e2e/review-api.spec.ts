// The review API under hostile or unlucky use: a review id sent again with
// different content is a conflict (409), the same content is still a
// duplicate; reviews queued for another account are refused whole (403); a
// burst of different reviews of one card is stored in full.
import { randomUUID } from "node:crypto";
import { buildItemBank } from "@/server/content/build-item-bank";
import { listOwnReviews } from "@/server/reviews/review-log";
import { expect, given, test } from "./fixtures";

function quoteItems(): string[] {
  const { sets } = buildItemBank(process.cwd());
  return sets.find((set) => set.slug === "topic:quotes")!.itemIds;
}

test("a review id reused with different content answers 409; the same content is a duplicate", async ({ signedInPage: page, student, baseURL }) => {
  await page.goto("/home");
  const headers = { Origin: new URL(baseURL!).origin };
  const review = { reviewId: randomUUID(), itemId: quoteItems()[0]!, rating: 3, reviewedAt: new Date().toISOString() };
  const first = await page.request.post("/api/reviews", { data: { userId: student.id, reviews: [review] }, headers });
  expect(first.status()).toBe(200);
  expect((await first.json()).results).toEqual([expect.objectContaining({ reviewId: review.reviewId, status: "stored" })]);

  const again = await page.request.post("/api/reviews", { data: { userId: student.id, reviews: [review] }, headers });
  expect(again.status()).toBe(200);
  expect((await again.json()).results[0].status).toBe("duplicate");

  const changed = await page.request.post("/api/reviews", { data: { userId: student.id, reviews: [{ ...review, rating: 1 }] }, headers });
  expect(changed.status()).toBe(409);
  expect(await changed.json()).toEqual({
    error: "That review id was already used for a different review.",
    results: [{ reviewId: review.reviewId, status: "conflict", due: null }],
  });

  // In a batch the other reviews still count: 200, with the conflict among the results.
  const fresh = { ...review, reviewId: randomUUID(), itemId: quoteItems()[1]! };
  const batch = await page.request.post("/api/reviews", { data: { reviews: [{ ...review, itemId: quoteItems()[2]! }, fresh] }, headers });
  expect(batch.status()).toBe(200);
  expect((await batch.json()).results.map((result: { status: string }) => result.status)).toEqual(["conflict", "stored"]);
  expect((await listOwnReviews(student)).map((stored) => [stored.id, stored.rating])).toEqual([
    [review.reviewId, 3],
    [fresh.reviewId, 3],
  ]);
});

test("reviews queued for another account are refused whole and stored nowhere", async ({ signedInPage: page, student, baseURL }) => {
  const other = await given.student("Brian Otieno");
  await page.goto("/home");
  const review = { reviewId: randomUUID(), itemId: quoteItems()[0]!, rating: 3, reviewedAt: new Date().toISOString() };
  const response = await page.request.post("/api/reviews", { data: { userId: other.id, reviews: [review] }, headers: { Origin: new URL(baseURL!).origin } });
  expect(response.status()).toBe(403);
  expect(await listOwnReviews(student)).toEqual([]);
  expect(await listOwnReviews(other)).toEqual([]);
});

test("50 different reviews of one card sent at once are all stored", async ({ signedInPage: page, student, baseURL }) => {
  await page.goto("/home");
  const itemId = quoteItems()[0]!;
  const start = Date.now() - 60 * 60_000;
  const reviews = Array.from({ length: 50 }, (_, index) => ({
    reviewId: randomUUID(),
    itemId,
    rating: (index % 4) + 1,
    reviewedAt: new Date(start + index * 60_000).toISOString(),
  }));
  const responses = await Promise.all(
    reviews.map((review) => page.request.post("/api/reviews", { data: { userId: student.id, reviews: [review] }, headers: { Origin: new URL(baseURL!).origin } })),
  );
  expect(responses.map((response) => response.status())).toEqual(Array(50).fill(200));
  const stored = await listOwnReviews(student);
  expect(stored).toHaveLength(50);
  expect(new Set(stored.map((review) => review.id))).toEqual(new Set(reviews.map((review) => review.reviewId)));
});
