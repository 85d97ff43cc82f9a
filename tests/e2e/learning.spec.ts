import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { formatTitle } from "@/lib/content/format";
import type { Item } from "@/lib/quiz/types";
import { isChoiceItem, ITEM_TYPES } from "@/lib/quiz/types";
import { getTeacherAssignment } from "@/server/assignments/list-assignments";
import type { SessionUser } from "@/server/auth/session";
import { buildItemBank } from "@/server/content/build-item-bank";
import { listOwnReviews } from "@/server/reviews/review-log";
import { TEST_TIME_ZONE } from "@/tests/fixtures/classes";
import { expect, given, test } from "./fixtures";
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll, PHONE } from "./pages";

const HAITI_MISSION = "topic:haiti-mission";

let itemsOfEachType: Item[] | undefined;

/** One item of every type from the "all" set, as the server generated them. */
function oneOfEachType(): Item[] {
  itemsOfEachType ??= (() => {
    const { items } = buildItemBank(process.cwd());
    return ITEM_TYPES.map((type) => items.find((item) => item.type === type)!);
  })();
  return itemsOfEachType;
}

function itemOfType(type: Item["type"]): Item {
  return oneOfEachType().find((item) => item.type === type)!;
}

/** The ratings of the learner's stored reviews from `origin`, leaving out undone ones, in the order the server received them. */
async function keptRatings(learner: SessionUser, origin: "quiz" | "flashcard"): Promise<number[]> {
  return (await listOwnReviews(learner)).filter((review) => review.origin === origin && review.undoneAt === null).map((review) => review.rating);
}

/** A quiz of the given items from "Everything", in that order, with answers shown after each question. */
async function assignItems(teacher: SessionUser, student: SessionUser, items: Item[], mode = "quiz") {
  const created = await given.classWith(teacher, [student]);
  return given.assignment(teacher, created.id, {
    setSlug: "all",
    itemIds: items.map((item) => item.id),
    title: "Every kind of question",
    mode,
    questionCount: String(items.length),
    revealAnswers: "after-each",
    shuffle: "off",
  });
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

test("a teacher assigns chosen questions as a quiz with flashcards, answers shown after each question and not shuffled", async ({ teacherPage, teacher }) => {
  const items = oneOfEachType();
  const created = await given.classWith(teacher);
  await teacherPage.goto(`/classes/${created.id}`);
  await teacherPage.getByRole("link", { name: "Assign a set" }).click();
  const assignForm = teacherPage.getByRole("form", { name: "Assign a set" });
  await assignForm.getByRole("combobox", { name: "Set", exact: true }).selectOption("all");
  await assignForm.getByText("Choose questions (optional)").click();
  for (const item of items) await assignForm.locator(`input[name="itemIds"][value="${item.id}"]`).check();
  await assignForm.getByRole("textbox", { name: "Title (optional)", exact: true }).fill("Every kind of question");
  await assignForm.getByRole("radio", { name: "Quiz and flashcards", exact: true }).check();
  await assignForm.getByRole("spinbutton", { name: "Number of questions", exact: true }).fill("10");
  await assignForm.getByRole("radio", { name: "After each question", exact: true }).check();
  await assignForm.getByRole("checkbox", { name: "Shuffle the questions" }).uncheck();
  await assignForm.getByRole("button", { name: "Assign set" }).click();
  await expect(teacherPage.getByRole("heading", { name: "Every kind of question", level: 1 })).toBeVisible();

  const assignmentId = new URL(teacherPage.url()).pathname.split("/").at(-1)!;
  const stored = await getTeacherAssignment(teacher, assignmentId);
  expect(stored).toMatchObject({ setSlug: "all", mode: "both", questionCount: 10, revealAnswers: "after-each", shuffle: false });
  expect(new Set(stored.itemIds)).toEqual(new Set(items.map((item) => item.id)));
});

test.describe("a student on a phone", () => {
  test.use({ ...PHONE, timezoneId: TEST_TIME_ZONE });

  test("takes an assigned quiz of every item type and scores 9 of 10", async ({ signedInPage: page, student, teacher }) => {
    const items = oneOfEachType();
    const wrongType = "multiple-choice";
    const assignment = await assignItems(teacher, student, items, "both");
    await page.goto("/home");
    await page.getByRole("region", { name: "Due" }).getByRole("link", { name: assignment.title }).click();
    await page.getByRole("button", { name: "Start quiz" }).click();
    await expect(page.getByRole("heading", { name: "Question 1 of 10" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const answered: Item[] = [];
    for (let index = 1; index <= 10; index++) {
      await expect(page.getByRole("heading", { name: `Question ${index} of 10` })).toBeVisible();
      const item = await answer(page, items, wrongType);
      answered.push(item);
      await expect(page.getByRole("heading", { name: item.type === wrongType ? "✗ Not quite" : "✓ Correct" })).toBeVisible();
      await page.getByRole("button", { name: index === 10 ? "See results" : "Next question" }).click();
    }
    expect(new Set(answered.map((item) => item.type))).toEqual(new Set(ITEM_TYPES));
    await expect(page.getByRole("heading", { name: "Your score: 9 of 10" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Review your mistakes" })).toBeVisible();
    // Every answer is a review of that question's card.
    expect(await keptRatings(student, "quiz")).toHaveLength(10);
  });

  test("a wrong answer shows the correct one and its source: the quoted sentence, linked to the article", async ({ signedInPage: page, student, teacher }) => {
    const item = itemOfType("multiple-choice");
    const assignment = await assignItems(teacher, student, [item]);
    await page.goto(assignment.studentPath);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await expect(page.getByRole("heading", { name: "Question 1 of 1" })).toBeVisible();
    await answer(page, [item], item.type);
    await expect(page.getByRole("heading", { name: "✗ Not quite" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: `The correct answer is ${(item as { answer: string }).answer}` })).toBeVisible();
    await expect(page.getByText(`“${item.sources[0]!.quote}”`).first()).toBeVisible();
    await expect(page.getByRole("link", { name: `Read it in “${formatTitle(item.sources[0]!)}”` }).first()).toHaveAttribute("href", /\/library\/articles\/.+#evidence-\d+$/);
  });

  test("a quiz reloaded midway continues where it was left", async ({ signedInPage: page, student, teacher }) => {
    const items = [itemOfType("true-false"), itemOfType("cloze"), itemOfType("numeric")];
    const assignment = await assignItems(teacher, student, items);
    await page.goto(assignment.studentPath);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await expect(page.getByRole("heading", { name: "Question 1 of 3" })).toBeVisible();
    await answer(page, items, "multiple-choice");
    await page.getByRole("button", { name: "Next question" }).click();
    await expect(page.getByRole("heading", { name: "Question 2 of 3" })).toBeVisible();
    await answer(page, items, "multiple-choice");
    await expect(page.getByRole("heading", { name: "✓ Correct" })).toBeVisible();
    // Answered, but the reload comes before "Next question": the feedback is still open, then the quiz goes on with the question after it.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Question 2 of 3" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "✓ Correct" })).toBeVisible();
    await page.getByRole("button", { name: "Next question" }).click();
    await expect(page.getByRole("heading", { name: "Question 3 of 3" })).toBeVisible();
  });

  test("studies a Library set and reviews its flashcards with keys; the back dates its sources as people write them", async ({ signedInPage: page, student }) => {
    await page.goto(`/library/sets/${encodeURIComponent(HAITI_MISSION)}`);
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
    await expect.poll(() => keptRatings(student, "flashcard")).toEqual([3, 1]);
  });

  test("a tap reveals a flashcard, swipes rate it, and Z undoes the last review", async ({ signedInPage: page, student }) => {
    await given.studying(student, HAITI_MISSION);
    await page.goto("/review");
    const card = page.getByRole("article", { name: "Flashcard" });
    const rated = page.getByRole("status").filter({ hasText: /^Rated / });
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
    // Z undoes the last review: the card is back, and the server keeps only the first.
    await page.keyboard.press("z");
    await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
    await expect.poll(() => keptRatings(student, "flashcard")).toEqual([3]);
  });

  test("reviews made offline wait on the phone, then reach the server exactly once", async ({ signedInPage: page, context, student }) => {
    await given.studying(student, HAITI_MISSION);
    await page.goto("/review");
    const rated = page.getByRole("status").filter({ hasText: /^Rated / });
    await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "All reviews are saved." })).toBeAttached();
    await context.setOffline(true);
    for (let review = 0; review < 3; review++) {
      await page.getByRole("button", { name: "Show answer" }).click();
      await page.getByRole("button", { name: /^Good, / }).click();
      await expect(rated).toContainText("Rated Good");
    }
    await expect(page.getByText("Offline · 3 reviews waiting to sync")).toBeVisible();
    expect(await listOwnReviews(student)).toEqual([]);
    await context.setOffline(false);
    await expect(page.getByRole("status").filter({ hasText: "All reviews are saved." })).toBeAttached({ timeout: 20_000 });

    await expect.poll(() => keptRatings(student, "flashcard")).toEqual([3, 3, 3]);
    const stored = await listOwnReviews(student);
    expect(stored).toHaveLength(3);
    expect(new Set(stored.map((review) => review.id)).size).toBe(stored.length);
  });

  test("progress shows the reviews of the last 30 days", async ({ signedInPage: page, student }) => {
    await given.reviews(
      student,
      oneOfEachType()
        .slice(0, 3)
        .map((item, index) => ({ reviewId: randomUUID(), itemId: item.id, rating: index === 0 ? 1 : 3, reviewedAt: new Date() })),
    );
    await page.goto("/progress");
    await expect(page.getByRole("heading", { name: "Progress", level: 1 })).toBeVisible();
    await expect(page.getByRole("figure", { name: /reviews in the last 30 days/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expectNoSidewaysScroll(page);
  });
});
