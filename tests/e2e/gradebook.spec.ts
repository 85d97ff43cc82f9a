import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { Page } from "@playwright/test";
import { setItemIds, SMALL_SET } from "@/tests/fixtures/classes";
import { expect, given, test } from "./fixtures";
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll } from "./pages";

/** The gradebook's scrolling table and the names column, checked: axe, no sideways page scroll, the names still in view at the far right. */
async function checkLayout(page: Page) {
  const table = page.getByRole("table", { name: /^Scores by student/ });
  await expect(table).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expectNoSidewaysScroll(page);
  const region = page.getByRole("region", { name: /^Scores by student/ });
  await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  const name = table.getByRole("rowheader").first();
  const [nameBox, regionBox] = [await name.boundingBox(), await region.boundingBox()];
  expect(Math.abs(nameBox!.x - regionBox!.x)).toBeLessThanOrEqual(2);
  await expect(name).toBeInViewport();
  await expectNoSidewaysScroll(page);
}

test("a teacher reads the gradebook on a desktop and a phone, counts the best attempt, downloads the CSV and opens a student's page", async ({
  teacher,
  newPage,
}, testInfo) => {
  const [amina, zawadi, cmd] = [await given.student("Amina Otieno"), await given.student("Zawadi Achieng"), await given.student("=cmd Mwangi")];
  const klass = await given.classWith(teacher, [amina, zawadi, cmd]);
  const money = await given.assignment(teacher, klass.id, { title: "Money quiz", attemptsAllowed: "2", shuffle: "" });
  for (const title of ["Quotes quiz", "Voices quiz", "Dates quiz"]) await given.assignment(teacher, klass.id, { title });
  const pool = (await setItemIds(SMALL_SET)).slice(0, 4);
  await given.assignment(teacher, klass.id, { title: "Quote cards", mode: "flashcards", itemIds: pool, questionCount: "4" });
  await given.finishedQuiz(amina, money.id, 2);
  await given.finishedQuiz(amina, money.id, 5);
  await given.finishedQuiz(zawadi, money.id, 4);

  const page = await newPage(teacher, "desktop");
  await page.goto(`/classes/${klass.id}/gradebook`);
  await expect(page.getByRole("heading", { name: "Gradebook", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "First attempt" })).toHaveAttribute("aria-current", "page");
  const rows = page.getByRole("table", { name: /^Scores by student/ }).getByRole("rowheader");
  await expect(rows).toHaveText([/^Achieng, Zawadi/, /^Mwangi, =cmd/, /^Otieno, Amina/]);
  const aminaRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Otieno, Amina/ }) });
  await expect(aminaRow).toContainText("2 of 5");
  await checkLayout(page);

  await page.getByRole("link", { name: "Best attempt" }).click();
  await expect(page).toHaveURL(/choice=best/);
  await expect(page.getByRole("link", { name: "Best attempt" })).toHaveAttribute("aria-current", "page");
  await expect(aminaRow).toContainText("5 of 5");
  await expect(aminaRow).toContainText("100%");
  await expect(aminaRow).toContainText("0 of 4 cards");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/-gradebook-best\.csv$/);
  const csv = parse(await readFile((await download.path())!, "utf8"), { bom: true }) as string[][];
  expect(csv[0]!.slice(0, 3)).toEqual(["Family name", "Given names", "Username"]);
  expect(csv[0]).toContain("Money quiz (% right)");
  expect(csv[0]).toContain("Quote cards (cards reviewed of 4)");
  const moneyColumn = csv[0]!.indexOf("Money quiz (% right)");
  expect(csv.slice(1).map((row) => [row[0], row[1], row[2], row[moneyColumn]])).toEqual([
    ["Achieng", "Zawadi", zawadi.username, "80"],
    ["Mwangi", "'=cmd", cmd.username, ""],
    ["Otieno", "Amina", amina.username, "100"],
  ]);

  await page.getByRole("link", { name: /Otieno, Amina/ }).click();
  await expect(page.getByRole("heading", { name: "Amina Otieno", level: 1 })).toBeVisible();
  const moneyRow = page.getByRole("table", { name: "Assignments of Amina Otieno, earliest due first" }).getByRole("row").filter({ hasText: "Money quiz" });
  await expect(moneyRow).toContainText("2 of 5 (40%)");
  await expect(moneyRow).toContainText("5 of 5 (100%)");
  await expect(page.getByRole("heading", { name: "Weakest facts" })).toBeVisible();
  await expect(page.getByText(/^0 reviews and 10 quiz answers in the last 30 days/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const phone = await newPage(teacher, "phone");
  await phone.goto(`/classes/${klass.id}/gradebook?choice=best`);
  await phone.screenshot({ path: testInfo.outputPath("gradebook-phone.png"), fullPage: true });
  await checkLayout(phone);
  await phone.screenshot({ path: testInfo.outputPath("gradebook-phone-scrolled.png"), fullPage: true });
  await phone.goto(`/classes/${klass.id}/students/${amina.id}`);
  await expectNoSeriousA11yViolations(phone);
  await expectNoSidewaysScroll(phone);
  await phone.screenshot({ path: testInfo.outputPath("student-phone.png") });
  await phone.getByRole("heading", { name: "Weakest facts" }).scrollIntoViewIfNeeded();
  await phone.screenshot({ path: testInfo.outputPath("student-phone-facts.png") });
});

test("the gradebook and its CSV are not found for another teacher", async ({ teacher, newPage }) => {
  const klass = await given.classWith(teacher);
  const other = await given.teacher("Daniel Mwangi");
  const page = await newPage(other, "desktop");
  expect((await page.goto(`/classes/${klass.id}/gradebook`))!.status()).toBe(404);
  expect((await page.request.get(`/classes/${klass.id}/gradebook/gradebook.csv`)).status()).toBe(404);
  const visitor = await newPage(null, "desktop");
  expect((await visitor.request.get(`/classes/${klass.id}/gradebook/gradebook.csv`)).status()).toBe(404);
});
