import { getTeacherAssignment } from "@/server/assignments/list-assignments";
import { listOwnReviews } from "@/server/reviews/review-log";
import { SMALL_SET } from "@/tests/fixtures/classes";
import { daysBefore } from "@/tests/fixtures/past-reviews";
import { expect, given, test } from "./fixtures";
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll } from "./pages";

test("a teacher sees on a phone which facts the class will have forgotten, and assigns exactly those for review", async ({ teacher, student, newPage }, testInfo) => {
  const classmate = await given.student("Otieno Baraka");
  const created = await given.classWith(teacher, [student, classmate]);
  // Flashcards of the seven quotes, one question per fact.
  const base = await given.assignment(teacher, created.id, { setSlug: SMALL_SET, mode: "flashcards", questionCount: "7", title: "Quotes" });
  const items = (await getTeacherAssignment(teacher, base.id)).itemIds;
  expect(items).toHaveLength(7);
  const [known, started] = items as [string, string];
  const now = new Date();
  // Both know the first fact well (Easy ten days ago and again yesterday); one student started the second five days ago.
  for (const learner of [student, classmate]) {
    await given.reviewsAt(learner, [known], daysBefore(now, 10), 4);
    await given.reviewsAt(learner, [known], daysBefore(now, 1), 4);
  }
  await given.reviewsAt(student, [started], daysBefore(now, 5), 3);

  const page = await newPage(teacher, "phone");
  await page.goto(`/classes/${created.id}/insights`);
  await expect(page.getByRole("heading", { name: "What the class remembers", level: 1 })).toBeVisible();
  await expect(page.getByText(/^6 of 7 facts will be below 70% by \w{3}, \w{3} \d{1,2}\.$/)).toBeVisible();
  await expect(page.getByText(/^For each fact, the share of the class predicted to still recall it/)).toBeVisible();
  const below = page.getByRole("list", { name: /^Facts below 70% by / }).getByRole("listitem");
  await expect(below).toHaveCount(6);
  await expect(below.first()).toContainText("0% predicted to recall · 0 of 2 students studied it");
  await expect(below.filter({ hasText: "1 of 2 students studied it" })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Activity, last 30 days" }).getByText(/^5 reviews and 0 quiz answers in the last 30 days; 2 of 2 students active/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Students who have fallen behind" })).toContainText("Nobody has fallen behind");
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath("insights-phone.png"), fullPage: true });

  // A day that does not exist is said beside the field; the page still shows the week ahead.
  await page.goto(`/classes/${created.id}/insights?day=2026-02-30`);
  await expect(page.getByText("“2026-02-30” is not a date.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Forecast for")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/^6 of 7 facts will be below 70%/)).toBeVisible();

  await page.goto(`/classes/${created.id}/insights`);
  await page.getByRole("button", { name: "Create a review assignment of these 6 facts" }).click();
  await expect(page).toHaveURL(new RegExp(`/classes/${created.id}/assignments/(?!${base.id})[^/]+$`));
  await expect(page.getByRole("heading", { name: /^Review before \w{3}, \w{3} \d{1,2}$/, level: 1 })).toBeVisible();
  await expect(page.locator("dt:text-is('Mode') + dd")).toHaveText("Flashcards");
  await expect(page.locator("dt:text-is('Flashcards') + dd")).toContainText("6 cards");
  const reviewId = page.url().split("/").at(-1)!;
  const review = await getTeacherAssignment(teacher, reviewId);
  expect([...review.itemIds].sort()).toEqual(items.filter((id) => id !== known).sort());
  await expectNoSidewaysScroll(page);

  // The classmate reviews exactly those cards from the assignment's review page.
  const phone = await newPage(classmate, "phone");
  await phone.goto(`/review?assignment=${reviewId}`);
  for (let left = 6; left > 0; left--) {
    await expect(phone.getByText(`${left} left`, { exact: true })).toBeVisible();
    await phone.getByRole("button", { name: "Show answer" }).click();
    await phone.getByRole("button", { name: /^Good, / }).click();
  }
  await expect(phone.getByRole("heading", { name: `Every card of ${review.title} is reviewed` })).toBeVisible();
  await expect
    .poll(async () => (await listOwnReviews(classmate)).filter((log) => log.origin === "flashcard" && log.itemId !== known).map((log) => log.itemId).sort())
    .toEqual(items.filter((id) => id !== known).sort());
});
