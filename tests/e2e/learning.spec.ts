import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { formatTitle } from "@/lib/content/format";
import type { Item } from "@/lib/quiz/types";
import { isChoiceItem, ITEM_TYPES } from "@/lib/quiz/types";
import { buildItemBank } from "@/server/content/build-item-bank";
import { expectNoSeriousA11yViolations, MOBILE, signUp, uniqueUsername } from "./fixtures";

// The database the e2e server uses (playwright.config.ts), read directly to
// check what the server holds.
const E2E_DATABASE = path.resolve(process.cwd(), "data/e2e/factdeck.db");

function reviewLogs(username: string) {
  const database = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
  try {
    return database
      .prepare(
        `SELECT r.id, r.origin, r.rating, r.undoneAt FROM ReviewLog r JOIN User u ON u.id = r.userId WHERE u.username = ? ORDER BY r.receivedAt`,
      )
      .all(username) as { id: string; origin: string; rating: number; undoneAt: string | null }[];
  } finally {
    database.close();
  }
}

/** One item of every type from the "all" set, as the server generated them. */
function oneOfEachType(): Item[] {
  const { items } = buildItemBank(process.cwd());
  return ITEM_TYPES.map((type) => items.find((item) => item.type === type)!);
}

async function answer(page: Page, items: Item[], wrongType: Item["type"]): Promise<Item> {
  const form = page.locator("section[aria-labelledby='question-heading']");
  const radios = await form.getByRole("radio").all();
  const radioNames = await Promise.all(radios.map(async (radio) => (await radio.getAttribute("value")) ?? ""));
  let item: Item;
  if (await form.getByRole("textbox", { name: "Missing words" }).count()) item = items.find((i) => i.type === "cloze")!;
  else if (await form.getByRole("textbox", { name: /^Your answer \(/ }).count()) item = items.find((i) => i.type === "numeric")!;
  else if (await form.getByRole("textbox", { name: "Your answer" }).count()) item = items.find((i) => i.type === "typed-answer")!;
  else if (await form.getByRole("combobox").count()) item = items.find((i) => i.type === "matching")!;
  else if (await form.getByRole("button", { name: /^Move .* up$/ }).count()) item = items.find((i) => i.type === "ordering")!;
  else if (await form.getByRole("checkbox").count()) item = items.find((i) => i.type === "multi-select")!;
  else if (await form.getByRole("radio", { name: "True", exact: true }).count()) item = items.find((i) => i.type === "true-false")!;
  else {
    const labels = await Promise.all(radios.map((radio) => radio.evaluate((element) => element.closest("label")?.textContent?.trim() ?? "")));
    item = items.find((i) => isChoiceItem(i) && i.options.every((option) => labels.includes(option) || radioNames.includes(option)))!;
  }
  expect(item, "the question on screen is one of the assigned items").toBeTruthy();
  const isWrong = item.type === wrongType;
  switch (item.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree": {
      const choice = isWrong ? item.options.find((option) => option !== item.answer)! : item.answer;
      await form.getByRole("radio", { name: choice, exact: true }).check();
      break;
    }
    case "true-false":
      await form.getByRole("radio", { name: item.answer ? "True" : "False", exact: true }).check();
      break;
    case "multi-select":
      for (const option of item.answers) await form.getByRole("checkbox", { name: option, exact: true }).check();
      break;
    case "cloze":
      await form.getByRole("textbox", { name: "Missing words" }).fill(item.answer);
      break;
    case "typed-answer":
      await form.getByRole("textbox", { name: "Your answer", exact: true }).fill(item.answer);
      break;
    case "numeric":
      await form.getByRole("textbox", { name: /^Your answer \(/ }).fill(String(item.answer));
      break;
    case "matching":
      for (const pair of item.pairs) await form.getByRole("combobox", { name: pair.left, exact: true }).selectOption(pair.right);
      break;
    case "ordering":
      for (const [target, event] of item.events.entries()) {
        const order = await form.getByRole("button", { name: /^Move .* up$/ }).evaluateAll((buttons) =>
          buttons.map((button) => button.getAttribute("aria-label") ?? button.textContent ?? ""),
        );
        const current = order.findIndex((name) => name.includes(event.label));
        for (let step = current; step > target; step--) await form.getByRole("button", { name: `Move ${event.label} up`, exact: true }).click();
      }
      break;
  }
  await form.getByRole("button", { name: "Check answer" }).click();
  return item;
}

test("a student takes an assigned quiz of every item type, resumes after a reload, then reviews flashcards with swipes, keys, undo and offline", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const items = oneOfEachType();
  const wrongType = "multiple-choice";

  // A teacher assigns one question of each type from "Everything", shown after each question.
  const teacherPage = await (await browser.newContext({ locale: "en-US", timezoneId: "Africa/Nairobi" })).newPage();
  await signUp(teacherPage, { name: "Grace Wambui", username: uniqueUsername("grace"), password: "teaching-the-news", role: "teacher" });
  await expect(teacherPage).toHaveURL(/\/classes$/);
  const createForm = teacherPage.getByRole("form", { name: "Create a class" });
  await createForm.getByRole("textbox", { name: "Class name" }).fill(`News quiz ${uniqueUsername("c")}`);
  await createForm.getByRole("button", { name: "Create class" }).click();
  const joinCode = (await teacherPage.getByRole("region", { name: "Join code" }).getByText(/^[A-Z2-9]{4} [A-Z2-9]{4}$/).textContent())!.trim();
  await teacherPage.getByRole("link", { name: "Assign a set" }).click();
  const assignForm = teacherPage.getByRole("form", { name: "Assign a set" });
  await assignForm.getByRole("combobox", { name: "Library set" }).selectOption("all");
  await assignForm.getByText("Choose questions (optional)").click();
  for (const item of items) await assignForm.locator(`input[name="itemIds"][value="${item.id}"]`).check();
  await assignForm.getByRole("textbox", { name: "Title (optional)", exact: true }).fill("Every kind of question");
  await assignForm.getByRole("radio", { name: "Quiz and flashcards", exact: true }).check();
  await assignForm.getByRole("spinbutton", { name: "Number of questions", exact: true }).fill("10");
  await assignForm.getByRole("radio", { name: "After each question", exact: true }).check();
  await assignForm.getByRole("checkbox", { name: "Shuffle the questions" }).uncheck();
  await assignForm.getByRole("button", { name: "Assign set" }).click();
  await expect(teacherPage.getByRole("heading", { name: "Every kind of question", level: 1 })).toBeVisible();

  // A student joins on a phone and takes the quiz.
  const context = await browser.newContext({ viewport: MOBILE, hasTouch: true, isMobile: true, locale: "en-US", timezoneId: "Africa/Nairobi" });
  const page = await context.newPage();
  const username = uniqueUsername("wanjiku");
  await signUp(page, { name: "Wanjiku Njeri", username, password: "wanjiku-password" });
  await expect(page).toHaveURL(/\/home$/);
  await page.goto("/join");
  await page.getByRole("textbox", { name: "Join code" }).fill(joinCode);
  await page.getByRole("button", { name: "Join class" }).click();
  await page.getByRole("region", { name: "Due" }).getByRole("link", { name: "Every kind of question" }).click();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 10" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const answered: Item[] = [];
  for (let index = 1; index <= 10; index++) {
    await expect(page.getByRole("heading", { name: `Question ${index} of 10` })).toBeVisible();
    const item = await answer(page, items, wrongType);
    answered.push(item);
    if (item.type === wrongType) {
      // A wrong answer shows the correct one and its source: the quoted sentence, linked to the article.
      await expect(page.getByRole("heading", { name: "✗ Not quite" })).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: `The correct answer is ${(item as { answer: string }).answer}` })).toBeVisible();
      await expect(page.getByText(`“${item.sources[0]!.quote}”`).first()).toBeVisible();
      await expect(page.getByRole("link", { name: `Read it in “${formatTitle(item.sources[0]!)}”` }).first()).toHaveAttribute("href", /\/library\/articles\/.+#evidence-\d+$/);
    } else {
      await expect(page.getByRole("heading", { name: "✓ Correct" })).toBeVisible();
    }
    if (index === 5) {
      // Midway, the page is reloaded: the quiz continues where it was left.
      await page.reload();
      await expect(page.getByRole("heading", { name: "Question 6 of 10" })).toBeVisible();
      continue;
    }
    await page.getByRole("button", { name: index === 10 ? "See results" : "Next question" }).click();
  }
  expect(new Set(answered.map((item) => item.type))).toEqual(new Set(ITEM_TYPES));
  await expect(page.getByRole("heading", { name: "Your score: 9 of 10" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Review your mistakes" })).toBeVisible();
  expect(reviewLogs(username).filter((log) => log.origin === "quiz")).toHaveLength(10);

  // Flashcards: study a set, then review with keys and swipes.
  await page.goto("/library/sets/topic%3Ahaiti-mission");
  await page.getByRole("button", { name: "Study this set" }).click();
  await expect(page).toHaveURL(/\/review$/);
  const card = page.getByRole("article", { name: "Flashcard" });
  await expect(card).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const rated = page.getByRole("status").filter({ hasText: /^Rated / });
  // Keys: Space reveals, 3 = Good, 1 = Again.
  for (const key of ["3", "1"]) {
    await page.keyboard.press("Space");
    await expect(page.getByRole("group", { name: "How well did you remember?" })).toBeVisible();
    // The back names each source with its date as people write it ("September 28, 2023"), never an ISO date.
    for (const caption of await card.locator("figcaption").allTextContents()) {
      expect(caption).toMatch(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2},)? 2023\b/);
      expect(caption).not.toMatch(/\d{4}-\d{2}/);
    }
    await page.keyboard.press(key);
    await expect(rated).toContainText(key === "3" ? "Rated Good" : "Rated Again");
  }
  // Touch: tap reveals, swipe right = Good, swipe left = Again.
  for (const direction of [1, -1]) {
    await page.getByRole("button", { name: "Show answer" }).tap();
    // Drag across the question, away from the buttons.
    const question = card.locator("#card-question");
    await question.scrollIntoViewIfNeeded();
    const box = (await question.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + direction * 150, y, { steps: 8 });
    await page.mouse.up();
    await expect(rated).toContainText(direction === 1 ? "Rated Good" : "Rated Again");
  }
  // Z undoes the last review.
  await page.keyboard.press("z");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();

  // Offline: three more reviews stay on the phone, then reach the server exactly once.
  await expect(page.getByRole("status").filter({ hasText: "All reviews are saved." })).toBeAttached();
  await context.setOffline(true);
  for (let review = 0; review < 3; review++) {
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: /^Good, / }).click();
    await expect(rated).toContainText("Rated Good");
  }
  await expect(page.getByText("Offline · 3 reviews waiting to sync")).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "All reviews are saved." })).toBeAttached({ timeout: 20_000 });

  const flashcardLogs = reviewLogs(username).filter((log) => log.origin === "flashcard");
  const kept = flashcardLogs.filter((log) => log.undoneAt === null);
  expect(kept.map((log) => log.rating)).toEqual([3, 1, 3, 3, 3, 3]);
  expect(new Set(flashcardLogs.map((log) => log.id)).size).toBe(flashcardLogs.length);

  // Progress, on the phone.
  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Progress", level: 1 })).toBeVisible();
  await expect(page.getByRole("figure", { name: /reviews in the last 30 days/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
