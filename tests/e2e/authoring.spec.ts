// A teacher brings their own article: pastes it, accepts two suggested
// sentences, drafts a third fact from a selection, previews and rejects a
// question, publishes the article's set and assigns it; a student on a phone
// takes it and reads the teacher's sentence as the answer's source. And a
// card import with good and bad rows.
import type { Page } from "@playwright/test";
import { RAILWAY_REPORT } from "@/tests/factories/authoring-texts";
import { expect, given, test } from "./fixtures";
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll } from "./pages";

const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

async function shot(page: Page, name: string) {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** Selects `text` inside the article's text, as a teacher does with a mouse. */
async function selectInArticle(page: Page, text: string) {
  await page.getByLabel("The article's text: select words to draft a fact from them").evaluate((element, wanted) => {
    const node = element.firstChild!;
    const start = node.textContent!.indexOf(wanted);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + wanted.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, text);
}

/** Saves the fact form as drafted and waits for the article page. */
async function saveDraft(page: Page) {
  await expect(page.getByRole("heading", { name: "New fact", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Save the fact" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The fact is saved and its questions are made." })).toBeVisible();
}

/** Answers whatever question is on screen (rightly or not: the feedback shows the source either way). */
async function answerAnything(page: Page) {
  const form = page.locator("section[aria-labelledby='question-heading']");
  if (await form.getByRole("radio").count()) await form.getByRole("radio").first().check();
  else if (await form.getByRole("checkbox").count()) await form.getByRole("checkbox").first().check();
  else await form.getByRole("textbox").first().fill("1");
  await form.getByRole("button", { name: "Check answer" }).click();
}

test("a teacher turns their own article into a published, assigned set, and a student on a phone sees its sentence as the source", async ({ teacherPage: page, teacher, newPage }) => {
  test.setTimeout(180_000);
  const student = await given.student("Kofi Mensah");
  const created = await given.classWith(teacher, [student], "Form 2 Geography");

  await page.goto("/authoring");
  await page.getByRole("link", { name: "Add an article" }).click();
  const form = page.getByRole("form", { name: "Add an article" });
  await form.getByLabel("Paste the article").fill(RAILWAY_REPORT.body);
  await form.getByLabel("Title").fill(RAILWAY_REPORT.title);
  await form.getByLabel("Outlet").fill(RAILWAY_REPORT.outlet);
  await form.getByLabel("Publication date").fill(RAILWAY_REPORT.published);
  await form.getByRole("button", { name: "Add the article" }).click();
  await expect(page.getByRole("heading", { name: RAILWAY_REPORT.title, level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, "authoring-article");

  // Two suggested sentences, used as drafted.
  const suggestions = page.getByRole("region", { name: "Suggested sentences" });
  await suggestions.getByRole("link", { name: /^Use the sentence “.*Transport Minister Kwame Asante said\.”$/ }).click();
  await saveDraft(page);
  await suggestions.getByRole("link", { name: "Use the sentence “Trains will run every 15 minutes from January 5, 2027.”" }).click();
  await saveDraft(page);

  // A third fact from words selected in the text, previewed before it is saved.
  await selectInArticle(page, "$310 million");
  await page.getByRole("link", { name: "Draft a fact from “$310 million”" }).click();
  await expect(page.getByLabel("Question", { exact: true })).toHaveValue("According to the ministry, the line cost how much and will carry 20,000 passengers a day?");
  await page.getByRole("button", { name: "Preview the questions" }).click();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("heading", { name: /^Preview: [1-9]\d* questions?$/ })).toBeVisible();
  await expect(preview.getByText("“The line cost $310 million and will carry 20,000 passengers a day, according to the ministry.", { exact: false }).first()).toBeAttached();
  await shot(page, "authoring-preview");
  await saveDraft(page);

  const facts = page.getByRole("region", { name: /^Your facts from this article \(3\)$/ });
  await expect(facts.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^Edit the fact/ }) })).toHaveCount(3);
  const questions = facts.getByRole("article");
  const before = await questions.count();
  expect(before).toBeGreaterThanOrEqual(3);
  const first = questions.first();
  const rejected = (await first.getAttribute("aria-label"))!.replace(/^Question: /, "");
  const rejectedType = (await first.locator("p").first().textContent())!;
  await first.getByRole("button", { name: `Reject the question “${rejected}”` }).click();
  await first.getByRole("button", { name: "Reject", exact: true }).click();
  const rejectedList = page.getByRole("group").filter({ hasText: "Rejected questions (1)" });
  await expect(rejectedList).toBeVisible();
  await rejectedList.getByText("Rejected questions (1)").click();
  await expect(rejectedList.getByText(rejected)).toBeVisible();
  // The fact is asked another way (another type of question), or not at all: never by the rejected question again.
  await expect(facts.getByRole("article", { name: `Question: ${rejected}` }).filter({ hasText: rejectedType })).toHaveCount(0);
  await shot(page, "authoring-facts");

  // Publish the article's set, then assign it.
  const setSection = page.getByRole("region", { name: "This article’s set" });
  await setSection.getByRole("button", { name: "Publish the set" }).click();
  await setSection.getByRole("button", { name: "Publish", exact: true }).click();
  await setSection.getByRole("link", { name: "Assign or share it" }).click();
  await expect(page.getByRole("heading", { name: RAILWAY_REPORT.title, level: 1 })).toBeVisible();
  await page.getByRole("link", { name: `Assign “${RAILWAY_REPORT.title}” to ${created.name}` }).click();
  const assignForm = page.getByRole("form", { name: "Assign a set" });
  await expect(assignForm.getByRole("combobox", { name: "Set", exact: true })).toHaveValue(/^article:a_/);
  await assignForm.getByRole("textbox", { name: "Title (optional)", exact: true }).fill("The new railway");
  await assignForm.getByRole("spinbutton", { name: "Number of questions", exact: true }).fill("1");
  await assignForm.getByRole("button", { name: "Assign set" }).click();
  await expect(page.getByRole("heading", { name: "The new railway", level: 1 })).toBeVisible();

  // The student, on a phone, takes it: the feedback quotes the teacher's article.
  const phone = await newPage(student, "phone");
  await phone.goto("/home");
  await phone.getByRole("link", { name: "The new railway" }).first().click();
  await phone.getByRole("button", { name: "Start quiz" }).click();
  await expect(phone.getByRole("heading", { name: "Question 1 of 1" })).toBeVisible();
  await answerAnything(phone);
  await expect(phone.getByRole("heading", { name: /^(✓ Correct|✗ Not quite)$/ })).toBeVisible();
  const sentences = RAILWAY_REPORT.body.split(/\n\n|(?<=\.) (?=[A-Z])/).map((sentence) => sentence.replace(/^ACCRA, Ghana \(Example Wire\) — /, ""));
  const quote = phone.locator("blockquote").first();
  await expect(quote).toBeVisible();
  const quoted = (await quote.textContent())!.replace(/^“|”$/g, "");
  expect(sentences.some((sentence) => quoted.includes(sentence) || sentence.includes(quoted))).toBe(true);
  await expect(phone.getByText(`${RAILWAY_REPORT.outlet}, date`, { exact: false }).or(phone.getByText(RAILWAY_REPORT.outlet, { exact: false })).first()).toBeVisible();
  await expectNoSidewaysScroll(phone);
  await expectNoSeriousA11yViolations(phone);
  await shot(phone, "authoring-student-feedback");
});

test("a teacher imports cards from a CSV file: the good rows import, the bad lines are named", async ({ teacherPage: page }) => {
  await page.goto("/authoring/import");
  const csv = ["term,definition", "Accra,Capital of Ghana", "Tema", "Kumasi,Ashanti Region capital", ",no term", "Takoradi,Western Region port"].join("\n");
  await page.getByLabel("The file").setInputFiles({ name: "ghana-cities.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`) });
  await page.getByRole("button", { name: "Import" }).click();
  const result = page.getByRole("region", { name: "Import result" });
  await expect(result.getByRole("status")).toHaveText("Imported 3 cards. 2 rows were left out:");
  await expect(result.getByRole("listitem")).toHaveCount(2);
  await expect(result.getByRole("listitem").nth(0)).toContainText("Line 3");
  await expect(result.getByRole("listitem").nth(1)).toContainText("Line 5");
  await expectNoSeriousA11yViolations(page);
  await result.getByRole("link", { name: "Open the set" }).click();
  await expect(page.getByRole("heading", { name: "ghana-cities", level: 1 })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(3);
  await expect(page.getByRole("article", { name: "Question: What is “Accra”?" })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.goto("/authoring/import");
  await page.getByRole("link", { name: "Download the template (CSV)" }).click();
  expect((await download).suggestedFilename()).toBe("factdeck-cards-template.csv");
});

test("a visitor is sent to sign in from the authoring pages", async ({ newPage }) => {
  const visitor = await newPage(null, "desktop");
  for (const path of ["/authoring", "/authoring/articles/new", "/authoring/import"]) {
    await visitor.goto(path);
    await expect(visitor).toHaveURL(/\/sign-in/);
  }
});
