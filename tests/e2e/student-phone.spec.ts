// A student's papercuts on a phone: results that open at the score, feedback
// and mistakes that fold, a quiz that survives a reload, an assignment with
// no attempts left, the account's name and password, learning settings in
// reach, and a review page that, reloaded offline, never brings back a card
// already rated.
import type { Page } from "@playwright/test";
import type { Item, ChoiceItem } from "@/lib/quiz/types";
import type { SessionUser } from "@/server/auth/session";
import { buildItemBank } from "@/server/content/build-item-bank";
import { listOwnReviews } from "@/server/reviews/review-log";
import { TEST_TIME_ZONE } from "@/tests/fixtures/classes";
import { TEST_PASSWORD } from "@/tests/fixtures/users";
import { expect, given, test } from "./fixtures";
import { expectNoA11yViolations, MOBILE, PHONE } from "./pages";

const HAITI_MISSION = "topic:haiti-mission";

test.use({ ...PHONE, timezoneId: TEST_TIME_ZONE });

let choiceItems: ChoiceItem[] | undefined;

/** Multiple-choice items of the "all" set, those with the most sources first. */
function multipleChoice(count: number): ChoiceItem[] {
  choiceItems ??= buildItemBank(process.cwd())
    .items.filter((item): item is ChoiceItem => item.type === "multiple-choice")
    .sort((a, b) => b.sources.length - a.sources.length);
  return choiceItems.slice(0, count);
}

/** A quiz of these items in this order, answers shown after each question. */
async function assign(teacher: SessionUser, student: SessionUser, items: Item[], overrides: { attemptsAllowed?: string } = {}) {
  const created = await given.classWith(teacher, [student]);
  return given.assignment(teacher, created.id, {
    setSlug: "all",
    itemIds: items.map((item) => item.id),
    title: "Sources on a phone",
    mode: "quiz",
    questionCount: String(items.length),
    revealAnswers: "after-each",
    shuffle: "off",
    ...overrides,
  });
}

const wrongOption = (item: ChoiceItem) => item.options.find((option) => option !== item.answer)!;
const question = (page: Page) => page.locator("section[aria-labelledby='question-heading']");

/** Screens of a 390×844 phone that `height` CSS pixels take. */
const screens = (height: number) => Math.round((height / MOBILE.height) * 10) / 10;

test("feedback folds its extra sources, and See results opens at the score with each mistake folded", async ({ signedInPage: page, student, teacher }) => {
  const items = multipleChoice(7);
  expect(items[0]!.sources.length).toBeGreaterThanOrEqual(3);
  const assignment = await assign(teacher, student, items);
  await page.goto(assignment.studentPath);
  await page.getByRole("button", { name: "Start quiz" }).click();

  for (const [index, item] of items.entries()) {
    await expect(page.getByRole("heading", { name: `Question ${index + 1} of ${items.length}` })).toBeVisible();
    await question(page).getByRole("radio", { name: wrongOption(item), exact: true }).check();
    await question(page).getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("heading", { name: "✗ Not quite" })).toBeVisible();
    if (index === 0) {
      const feedback = page.locator("section[aria-labelledby='feedback-heading']");
      const more = item.sources.length - 1;
      // The first source shows; the others wait under a summary a tap (or Enter) opens.
      await expect(feedback.getByText(`“${item.sources[0]!.quote}”`)).toBeVisible();
      await expect(feedback.getByText(`“${item.sources[1]!.quote}”`)).toBeHidden();
      const summary = feedback.getByText(`${more} more sources`, { exact: true });
      await expect(summary).toBeVisible();
      const folded = (await feedback.boundingBox())!.height;
      test.info().annotations.push({ type: "feedback height", description: `${item.sources.length} sources, folded: ${screens(folded)} screens` });
      expect(folded).toBeLessThan(MOBILE.height);
      await expectNoA11yViolations(page);
      await summary.focus();
      await page.keyboard.press("Enter");
      await expect(feedback.getByText(`“${item.sources[1]!.quote}”`)).toBeVisible();
    }
    await page.getByRole("button", { name: index === items.length - 1 ? "See results" : "Next question" }).click();
  }

  const score = page.getByRole("heading", { name: `Your score: 0 of ${items.length}` });
  await expect(score).toBeInViewport();
  await expect(score).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const mistakes = page.getByRole("region", { name: "Review your mistakes" }).getByRole("listitem");
  await expect(mistakes).toHaveCount(items.length);
  // Each mistake shows the answer given and the right one; why, and the quotes, open under it.
  const first = mistakes.first();
  await expect(first.getByText(`Your answer: ${wrongOption(items[0]!)}`)).toBeVisible();
  await expect(first.getByText(`Correct answer: ${items[0]!.answer}`)).toBeVisible();
  await expect(first.getByText(`“${items[0]!.sources[0]!.quote}”`)).toBeHidden();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  test.info().annotations.push({ type: "results height", description: `${items.length} mistakes: ${screens(height)} screens` });
  expect(height).toBeLessThan(4 * MOBILE.height);
  await expectNoA11yViolations(page);
  await first.getByText("Why, and the sources").click();
  await expect(first.getByText(`“${items[0]!.sources[0]!.quote}”`)).toBeVisible();
});

test("a reload keeps an answer chosen but not sent, and the feedback that was open", async ({ signedInPage: page, student, teacher }) => {
  const items = multipleChoice(2);
  const assignment = await assign(teacher, student, items);
  await page.goto(assignment.studentPath);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();

  // Chosen, not sent: still chosen after a reload, and nothing reached the server.
  const wrong = question(page).getByRole("radio", { name: wrongOption(items[0]!), exact: true });
  await wrong.check();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
  await expect(wrong).toBeChecked();
  expect(await listOwnReviews(student)).toEqual([]);

  // Sent, its feedback open: the reload shows the same feedback, with the answer given, not the next question.
  await question(page).getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "✗ Not quite" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "✗ Not quite" })).toBeVisible();
  await expect(wrong).toBeChecked();
  await expect(wrong).toBeDisabled();
  await expectNoA11yViolations(page);

  // Moved on: a reload stays on the next question.
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Not quite|Correct/ })).toHaveCount(0);

  // The last answer's feedback survives a reload too, with See results under it.
  await question(page).getByRole("radio", { name: items[1]!.answer, exact: true }).check();
  await question(page).getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "✓ Correct" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "✓ Correct" })).toBeVisible();
  await page.getByRole("button", { name: "See results" }).click();
  await expect(page.getByRole("heading", { name: "Your score: 1 of 2" })).toBeVisible();
  // Each answer was stored once.
  expect((await listOwnReviews(student)).filter((review) => review.origin === "quiz")).toHaveLength(2);
});

test("an assignment with no attempts left says so instead of offering Start quiz", async ({ signedInPage: page, student, teacher }) => {
  const assignment = await assign(teacher, student, multipleChoice(2), { attemptsAllowed: "1" });
  await given.finishedQuiz(student, assignment.id, 1);
  await page.goto(assignment.studentPath);
  await expect(page.getByText("You have used your attempt at this quiz.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Start quiz|Continue quiz/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "See your results (1 of 2)" })).toBeVisible();
  await expectNoA11yViolations(page);
});

test("learning settings are a tap away from the account and review pages", async ({ signedInPage: page }) => {
  await page.goto("/account");
  await page.getByRole("link", { name: "Open learning settings" }).click();
  await expect(page.getByRole("heading", { name: "Learning settings", level: 1 })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.goto("/review");
  await page.getByRole("link", { name: "Learning settings" }).click();
  await expect(page).toHaveURL(/\/settings\/learning$/);
});

test("the account page changes the name, and the password once the current one is given, signing out other devices", async ({ signedInPage: page, student, newPage }) => {
  const otherPhone = await newPage(student);
  await otherPhone.goto("/home");
  await expect(otherPhone.getByRole("link", { name: student.name })).toBeVisible();

  await page.goto("/account");
  await expectNoA11yViolations(page);
  const nameForm = page.getByRole("form", { name: "Change your name" });
  await nameForm.getByLabel("Your name").fill("   ");
  await nameForm.getByRole("button", { name: "Save name" }).click();
  await expect(nameForm.getByText("Enter your name.")).toBeVisible();
  await nameForm.getByLabel("Your name").fill("Wanjiku N. Kamau");
  await nameForm.getByRole("button", { name: "Save name" }).click();
  await expect(nameForm.getByRole("status")).toHaveText("Saved. Your name is now Wanjiku N. Kamau.");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Wanjiku N. Kamau" })).toBeVisible();

  const passwordForm = page.getByRole("form", { name: "Change your password" });
  await passwordForm.getByLabel("Current password").fill("not the password");
  await passwordForm.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await passwordForm.getByLabel("Confirm new password").fill("a brand new passphrase");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(passwordForm.getByText("That is not your current password. Type it again.").first()).toBeVisible();
  await expectNoA11yViolations(page);

  await passwordForm.getByLabel("Current password").fill(TEST_PASSWORD);
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(passwordForm.getByRole("status")).toHaveText("Password changed. 1 other device was signed out.");
  await expect(passwordForm.getByLabel("Current password")).toHaveValue("");
  // This phone stays signed in; the other one is sent to sign in.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Hello, Wanjiku N. Kamau" })).toBeVisible();
  await otherPhone.goto("/home");
  await expect(otherPhone).toHaveURL(/\/sign-in/);
});

/** Waits until the service worker controls the page and keeps a copy of the review page. */
async function reviewPageKept(page: Page) {
  await expect
    .poll(() => page.evaluate(async () => Boolean(navigator.serviceWorker.controller) && Boolean(await caches.match("/review"))), { timeout: 20_000 })
    .toBe(true);
}

async function rateGood(page: Page): Promise<string> {
  const card = (await page.locator("#card-question").textContent())!;
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /^Good, / }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Rated Good/ })).toBeAttached();
  await expect(page.locator("#card-question")).not.toHaveText(card);
  return card;
}

test("reloaded offline, the review page leaves out the cards rated on this phone, sent or not, and stores each review once", async ({
  signedInPage: page,
  context,
  student,
}) => {
  await given.studying(student, HAITI_MISSION);
  await page.goto("/review");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeEnabled();
  await reviewPageKept(page);
  const left = Number((await page.getByText(/^\d+ left$/).textContent())!.split(" ")[0]);

  // One card rated online (sent at once), one offline (waiting on the phone).
  const sent = await rateGood(page);
  await expect.poll(async () => (await listOwnReviews(student)).length).toBe(1);
  await context.setOffline(true);
  const queued = await rateGood(page);
  await expect(page.getByText("Offline · 1 review waiting to sync")).toBeVisible();

  // The reload comes from the copy kept before either rating: neither card comes back.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Review", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Show answer" })).toBeEnabled();
  await expect(page.getByText(`${left - 2} left`)).toBeVisible();
  const shown = (await page.locator("#card-question").textContent())!;
  expect([sent, queued]).not.toContain(shown);
  await expectNoA11yViolations(page);
  await rateGood(page);

  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "All reviews are saved." })).toBeAttached({ timeout: 20_000 });
  await expect.poll(async () => (await listOwnReviews(student)).length).toBe(3);
  const stored = await listOwnReviews(student);
  expect(new Set(stored.map((review) => review.itemId)).size).toBe(3);
});

test("the card stays where it is while reviews wait to be sent and once they are", async ({ signedInPage: page, context, student }) => {
  await given.studying(student, HAITI_MISSION);
  await page.goto("/review");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeEnabled();
  // Where the card begins (its buttons' place also depends on how long each question is).
  const topOf = async () => (await page.getByRole("article", { name: "Flashcard" }).boundingBox())!.y;
  const before = await topOf();

  // A status that appeared or went above the card would move its buttons under the learner's thumb.
  await context.setOffline(true);
  await rateGood(page);
  await expect(page.getByText("Offline · 1 review waiting to sync")).toBeVisible();
  expect(await topOf()).toBe(before);
  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "All reviews are saved." })).toBeAttached({ timeout: 20_000 });
  expect(await topOf()).toBe(before);
});

test("offline, a page with no copy on the phone says so, styled, with the way to the flashcards", async ({ signedInPage: page, context, student }) => {
  await given.studying(student, HAITI_MISSION);
  await page.goto("/home");
  await reviewPageKept(page);
  await context.setOffline(true);
  await page.goto("/library");
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("link", { name: "Review flashcards" }).click();
  await expect(page.getByRole("heading", { name: "Review", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Show answer" })).toBeEnabled();
  await expect(page.getByRole("heading", { name: "You are offline" })).toHaveCount(0);
});
