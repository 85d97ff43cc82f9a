// Access follows membership at every step: a student taken out of a class
// with its quiz open cannot answer or finish it. They are told why, and
// nothing is stored.
import { getOwnAttempt } from "@/server/attempts/start-attempt";
import { buildItemBank } from "@/server/content/build-item-bank";
import { listOwnReviews } from "@/server/reviews/review-log";
import { TEST_TIME_ZONE } from "@/tests/fixtures/classes";
import { expect, given, test } from "./fixtures";
import { expectNoSeriousA11yViolations, PHONE } from "./pages";

test.use({ ...PHONE, timezoneId: TEST_TIME_ZONE });

const CLOSED = "You are no longer in this class, so this quiz is closed to you.";

test("a student removed from the class with a quiz open cannot answer it: a clear message, nothing stored", async ({ signedInPage: page, student, teacher }) => {
  const { items } = buildItemBank(process.cwd());
  const trueFalse = items.filter((item) => item.type === "true-false").slice(0, 2);
  const created = await given.classWith(teacher, [student]);
  const assignment = await given.assignment(teacher, created.id, {
    setSlug: "all",
    itemIds: trueFalse.map((item) => item.id),
    title: "Two statements",
    questionCount: "2",
    revealAnswers: "after-each",
    shuffle: "off",
  });

  await page.goto(assignment.studentPath);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\//);
  const attemptId = new URL(page.url()).pathname.split("/").at(-1)!;
  const form = page.locator("section[aria-labelledby='question-heading']");
  await expect(form.getByRole("radio", { name: "True", exact: true })).toBeVisible();

  await given.removal(teacher, created.id, student);
  await form.getByRole("radio", { name: "True", exact: true }).check();
  await form.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByText(`${CLOSED} Nothing was saved.`)).toBeVisible();
  expect(await getOwnAttempt(student, attemptId)).toMatchObject({ finishedAt: null, score: 0 });
  expect(await listOwnReviews(student)).toEqual([]);

  // Opened again, the quiz says so instead of offering its questions.
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: CLOSED })).toBeVisible();
  await expect(page.getByRole("button", { name: "Check answer" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
