// A phone shared by a class: reviews made offline belong to the account that
// made them. Another account signing in on the same phone neither sends nor
// sees them (only how many wait); they reach the server when their own
// account signs in again.
import type { BrowserContext, Page } from "@playwright/test";
import type { SessionUser } from "@/server/auth/session";
import { listOwnReviews } from "@/server/reviews/review-log";
import { TEST_TIME_ZONE } from "@/tests/fixtures/classes";
import { expect, given, signInAs, test } from "./fixtures";
import { expectNoSeriousA11yViolations, PHONE } from "./pages";

const SET = "topic:haiti-mission";

test.use({ ...PHONE, timezoneId: TEST_TIME_ZONE });

/** The reviews waiting in this browser's queue (IndexedDB), as their account ids. */
function queuedOwners(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("factdeck-reviews");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction("pending").objectStore("pending").getAll();
          all.onsuccess = () => {
            resolve((all.result as { userId: string }[]).map((row) => row.userId));
            open.result.close();
          };
        };
      }),
  );
}

async function rateGood(page: Page, times: number) {
  const rated = page.getByRole("status").filter({ hasText: /^Rated / });
  for (let review = 0; review < times; review++) {
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: /^Good, / }).click();
    await expect(rated).toContainText("Rated Good");
  }
}

/** Signs out through the app, then `next` signs in on the same phone, and the review page opens. */
async function handOver(context: BrowserContext, next: SessionUser, baseURL: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto("/home");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).not.toHaveURL(/\/home/);
  await signInAs(context, next, baseURL);
  await page.goto("/review");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  return page;
}

test("a queued review of student A is never stored under student B, and reaches A's account when A signs in again", async ({
  signedInPage: page,
  context,
  student: amina,
  baseURL,
}) => {
  const brian = await given.student("Brian Otieno");
  await given.studying(amina, SET);
  await given.studying(brian, SET);

  await page.goto("/review");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "All reviews are saved." })).toBeAttached();
  await context.setOffline(true);
  await rateGood(page, 3);
  await expect(page.getByText("Offline · 3 reviews waiting to sync")).toBeVisible();
  await page.close();
  await context.setOffline(false);

  // Brian signs in on the same phone, online: Amina's reviews stay on the phone, counted, not sent.
  const brianPage = await handOver(context, brian, baseURL!);
  await expect(brianPage.getByText("3 reviews from another account on this device are waiting for it to sign in.")).toBeVisible();
  await expect(brianPage.getByRole("status").filter({ hasText: "All reviews are saved." })).toBeAttached();
  // Brian's own review goes through: the queue was sent, without Amina's.
  await rateGood(brianPage, 1);
  await expect.poll(async () => (await listOwnReviews(brian)).length).toBe(1);
  await brianPage.reload();
  await expect(brianPage.getByText("3 reviews from another account on this device are waiting for it to sign in.")).toBeVisible();
  expect(await listOwnReviews(brian)).toHaveLength(1);
  expect(await listOwnReviews(amina)).toEqual([]);
  expect(await queuedOwners(brianPage)).toEqual([amina.id, amina.id, amina.id]);
  await expectNoSeriousA11yViolations(brianPage);
  await brianPage.close();

  // Amina signs in again: her three reviews reach her account, once.
  const aminaPage = await handOver(context, amina, baseURL!);
  await expect(aminaPage.getByRole("status").filter({ hasText: "All reviews are saved." })).toBeAttached({ timeout: 20_000 });
  await expect.poll(async () => (await listOwnReviews(amina)).map((review) => review.rating)).toEqual([3, 3, 3]);
  await expect.poll(() => queuedOwners(aminaPage)).toEqual([]);
  await expect(aminaPage.getByText(/from another account/)).toHaveCount(0);
  expect(await listOwnReviews(brian)).toHaveLength(1);
});

/** Puts rows straight into the device's queue, as an older version or another tab left them (`version` 1: before owners). */
function putQueued(page: Page, version: number, rows: object[]): Promise<void> {
  return page.evaluate(
    ({ version, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("factdeck-reviews", version);
        open.onupgradeneeded = () => open.result.createObjectStore("pending", { keyPath: "reviewId" });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const writing = open.result.transaction("pending", "readwrite");
          for (const row of rows) writing.objectStore("pending").put(row);
          writing.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    { version, rows },
  );
}

test("reviews queued before they carried their account are dropped with a notice, never sent", async ({ signedInPage: page, student }) => {
  await given.studying(student, SET);
  await page.goto("/home");
  // A card the student may review: were the row sent, it would be stored.
  const { entries } = (await (await page.request.get("/api/reviews/queue?limit=1")).json()) as { entries: { itemId: string }[] };
  const itemId = entries[0]!.itemId;
  await putQueued(page, 1, [{ reviewId: crypto.randomUUID(), itemId, rating: 3, reviewedAt: new Date().toISOString(), queuedAt: Date.now() }]);
  await page.goto("/review");
  await expect(page.getByText("1 review made before this update could not be sent: this device did not record whose it was.")).toBeVisible();
  expect(await queuedOwners(page)).toEqual([]);
  expect(await listOwnReviews(student)).toEqual([]);
});

test("a queued review whose id the server has for a different review is dropped with a notice, not sent forever", async ({ signedInPage: page, student }) => {
  await given.studying(student, SET);
  await page.goto("/review");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  await rateGood(page, 1);
  await expect.poll(async () => (await listOwnReviews(student)).length).toBe(1);
  const [stored] = await listOwnReviews(student);
  // The device has forgotten it too (the server's answer has arrived), so the row put next is not deleted by that answer.
  await expect.poll(() => queuedOwners(page)).toEqual([]);
  // The same id again, rated Again: a different review.
  await putQueued(page, 2, [{ reviewId: stored!.id, userId: student.id, itemId: stored!.itemId, rating: 1, reviewedAt: new Date().toISOString(), queuedAt: Date.now() }]);
  await page.reload();
  await expect(page.getByText("1 review could not be saved: the server already had a different review with the same id.")).toBeVisible();
  await expect.poll(() => queuedOwners(page)).toEqual([]);
  expect((await listOwnReviews(student)).map((review) => review.rating)).toEqual([3]);
});
