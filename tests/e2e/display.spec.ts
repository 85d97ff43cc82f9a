// What a phone shows: long names that must not widen a page, sources quoted
// and credited exactly, evidence that stands out, figures that agree from
// page to page, tap targets, the teacher's assignment form, and an axe
// audit of every student page with no violation at all.
import { expect, given, test } from "./fixtures";
import { expectNoA11yViolations, MOBILE, PHONE } from "./pages";
import { importCards } from "@/server/authoring/import-cards";
import { publishOwnSet } from "@/server/authoring/sets";
import { startAttempt } from "@/server/attempts/start-attempt";
import { withRetry } from "@/server/db/errors";
import { setItemIds } from "@/tests/fixtures/classes";
import type { SessionUser } from "@/server/auth/session";
import type { Page } from "@playwright/test";

test.use(PHONE);

const DAY_MS = 24 * 60 * 60 * 1000;
/** One unbroken word of 100 characters, as a class name, a title or a set name may be. */
const unbroken = (first: string) => `${first}${first.toLowerCase().repeat(99)}`;

/** Set-up calls of this file that go around `given`: again while the server holds the database. */
const retried = <T>(run: () => Promise<T>) => withRetry(run, (error) => (error as { code?: unknown })?.code === "P1008", { tries: 5 });

/** A published set of the teacher's own, imported from two cards, named `title`. */
async function ownSet(teacher: SessionUser, title: string): Promise<string> {
  const { setSlug } = await retried(() => importCards(teacher, { fileName: "capitals.csv", text: "Nairobi,Capital of Kenya\nMombasa,Main port of Kenya\n", title }));
  await retried(() => publishOwnSet(teacher, setSlug!));
  return setSlug!;
}

async function pageWidth(page: Page, path: string): Promise<{ path: string; width: number }> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  return { path, width: await page.evaluate(() => document.documentElement.scrollWidth) };
}

test("a 100-character unbroken class name, assignment title or set name widens no teacher or student page", async ({ newPage, teacher, student }) => {
  test.setTimeout(180_000);
  const created = await given.classWith(teacher, [student], unbroken("C"));
  const setSlug = await ownSet(teacher, unbroken("S"));
  const quiz = await given.assignment(teacher, created.id, { title: unbroken("T") });
  // No title: students see the set's name.
  const cards = await given.assignment(teacher, created.id, { title: "", setSlug, mode: "flashcards", questionCount: "2" });
  const finished = await given.finishedQuiz(student, quiz.id, 2);
  const classPath = `/classes/${created.id}`;
  const teacherPaths = [
    "/classes",
    classPath,
    `${classPath}/join-code`,
    `${classPath}/students/new`,
    `${classPath}/students/${student.id}`,
    `${classPath}/students/${student.id}/password`,
    `${classPath}/assignments/new`,
    `${classPath}/gradebook`,
    `${classPath}/insights`,
    quiz.teacherPath,
    `${quiz.teacherPath}/edit`,
    `${quiz.teacherPath}/report`,
    `${quiz.teacherPath}/attempts/${finished}`,
    cards.teacherPath,
    "/authoring",
    `/authoring/sets/${encodeURIComponent(setSlug)}`,
    "/account",
  ];
  const teacherPage = await newPage(teacher);
  const widths = [];
  for (const path of teacherPaths) widths.push(await pageWidth(teacherPage, path));
  const studentPaths = ["/home", quiz.studentPath, cards.studentPath, `/quiz/${finished}`, "/progress"];
  for (const path of studentPaths) widths.push(await pageWidth(await newPage(student), path));
  expect(widths.filter(({ width }) => width > MOBILE.width)).toEqual([]);
  // The names are all there, wrapped.
  await teacherPage.goto(classPath);
  await expect(teacherPage.getByRole("heading", { level: 1, name: unbroken("C") })).toBeVisible();
});

test.describe("the Library credits its sources exactly", () => {
  test("a quote shows one pair of quotation marks, however it starts", async ({ page }) => {
    await page.goto("/library/facts/quote-ruto-ultimate-test");
    const ruto = page.getByRole("blockquote").filter({ hasText: "President Ruto said" }).first();
    await expect(ruto).toHaveText(/^“‘Haiti is the ultimate test .*very badly,’ President Ruto said\.”$/);
    await page.goto("/library/facts/quote-us-haitian-orgs-entrench");
    const letter = page.getByRole("blockquote").filter({ hasText: "It will further entrench the regime, deepening" });
    await expect(letter.first()).toHaveText(/^“It will further entrench the regime.*migration pressure\.”$/);
    for (const text of await page.getByRole("blockquote").allTextContents()) expect(text).not.toMatch(/““|””|^“"|"”$/);
  });

  test("a byline states only what the source states: no outlet named when it has none", async ({ page }) => {
    await page.goto("/library/articles/disquiet-simmers-over-kenya-haiti-police-deal");
    await expect(page.getByText("James Ngunjiri, October 3, 2023", { exact: true })).toBeVisible();
    await expect(page.getByText(/outlet not named/)).toHaveCount(0);
    await page.goto("/library");
    const unsigned = page.getByRole("listitem").filter({ hasText: "A dozen nations" });
    await expect(unsigned.getByText("September 2023", { exact: true })).toBeVisible();
  });

  test("a set names each question's facts by their statements, with links and breadcrumbs tall enough to tap", async ({ page }) => {
    await page.goto("/library/sets/topic%3Aquotes");
    const first = page.getByRole("listitem").filter({ has: page.getByText(/^From the facts?:$/) }).first();
    const factLink = first.getByRole("link").first();
    const name = (await factLink.textContent())!;
    // A statement, not a slug such as "quote-ruto-ultimate-test".
    expect(name).toMatch(/\s/);
    expect(name).not.toMatch(/^[a-z0-9-]+$/);
    expect((await factLink.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect((await page.getByRole("link", { name: "Library", exact: true }).last().boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await factLink.click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const source = page.getByRole("region", { name: "Sources" }).getByRole("link").first();
    expect((await source.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  });

  test("the sentence a source link opens stands out from the article's other evidence", async ({ page }) => {
    await page.goto("/library/facts/crisis-moise-assassination");
    await page.getByRole("region", { name: "Sources" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/library\/articles\/.+#evidence-\d+$/);
    const opened = page.locator(":target ~ a").first();
    await expect(opened).toBeVisible();
    await expect(opened).toHaveCSS("background-color", "rgb(254, 240, 138)");
    // Every other evidence sentence is only underlined.
    const highlighted = await page.locator("article a[href^='/library/facts/']").evaluateAll(
      (links) => links.filter((link) => getComputedStyle(link).backgroundColor !== "rgba(0, 0, 0, 0)").length,
    );
    expect(highlighted).toBe(1);
    await expect(opened).toBeInViewport();
  });
});

test("progress lists the set the student studies, and home and progress agree on the cards due today", async ({ signedInPage: page, student }) => {
  const ids = await setItemIds("topic:quotes");
  await given.studying(student, "topic:quotes");
  // Three cards failed three days ago: they are due again, overdue today.
  await given.reviewsAt(student, ids.slice(0, 3), new Date(Date.now() - 3 * DAY_MS), 1);
  await page.goto("/home");
  const flashcards = page.getByRole("region", { name: "Flashcards" });
  await expect(flashcards).toContainText("3 cards due today");
  await page.goto("/progress");
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary.getByRole("definition").first()).toHaveText("3 cards");
  const mastery = page.getByRole("region", { name: "Mastery by set" });
  await expect(mastery.getByRole("heading", { level: 3 })).toHaveText(["Who said it"]);
  await expect(mastery).not.toContainText("Everything");
});

test("a teacher's menu has one way to their classes, and the assignment form asks only what the mode needs and warns of a past due date", async ({
  newPage,
  teacher,
}) => {
  const created = await given.classWith(teacher, []);
  const page = await newPage(teacher);
  await page.goto(`/classes/${created.id}/assignments/new`);
  const menu = page.getByRole("navigation", { name: "Main" });
  await expect(menu.getByRole("link", { name: "Classes" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Home" })).toHaveCount(0);

  await expect(page.getByLabel("Attempts allowed")).toBeVisible();
  await page.getByRole("radio", { name: "Flashcards", exact: true }).check();
  await expect(page.getByLabel("Attempts allowed")).toBeHidden();
  await expect(page.getByRole("group", { name: "Show the right answers" })).toBeHidden();
  await page.getByRole("radio", { name: "Quiz", exact: true }).check();
  await expect(page.getByLabel("Attempts allowed")).toBeVisible();

  const past = "2024-01-10T09:00";
  await page.getByLabel("Opening date and time").fill("2024-01-12T09:00");
  await page.getByLabel("Due date and time").fill(past);
  await expect(page.getByText("This due date has already passed: students will see the assignment as overdue from the start.")).toBeVisible();

  // Two mistakes at once: both are reported on the first try.
  await page.getByLabel("Number of questions").fill("0");
  await page.getByRole("button", { name: "Assign set" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Check the highlighted fields." })).toBeVisible();
  await expect(page.getByText("The number of questions must be at least 1.")).toBeVisible();
  await expect(page.getByText("The due date must be after the opening date.")).toBeVisible();
  await expect(page).toHaveURL(/\/assignments\/new/);
});

test("every student page has no axe violation at all", async ({ signedInPage: page, student, teacher }) => {
  test.setTimeout(180_000);
  const created = await given.classWith(teacher, [student]);
  const quiz = await given.assignment(teacher, created.id, { title: "Money quiz" });
  const open = await given.assignment(teacher, created.id, { title: "Quotes quiz" });
  const finished = await given.finishedQuiz(student, quiz.id, 2);
  const inProgress = await retried(() => startAttempt(student, open.id, new Date()));
  await given.studying(student, "topic:haiti-mission");
  const pages = [
    "/home",
    "/join",
    quiz.studentPath,
    `/quiz/${inProgress.id}`,
    `/quiz/${finished}`,
    "/review",
    "/progress",
    "/settings/learning",
    "/account",
    "/library",
    "/library/articles/disquiet-simmers-over-kenya-haiti-police-deal",
    "/library/facts/crisis-moise-assassination",
    "/library/sets/topic%3Ahaiti-mission",
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
    await expectNoA11yViolations(page);
  }
  // The flashcard's back, and an article opened at one sentence.
  await page.goto("/review");
  await page.getByRole("button", { name: /Show answer/ }).click();
  await expectNoA11yViolations(page);
  await page.goto("/library/facts/crisis-moise-assassination");
  await page.getByRole("region", { name: "Sources" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/#evidence-\d+$/);
  await expectNoA11yViolations(page);
});
