// Data rights (decision 021) as people use them: a student on a phone
// downloads their data and deletes their account, and their teacher's
// gradebook keeps their score as "Deleted student"; a teacher deletes a
// class after typing its name, then their own account.
import { mkdir, readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { TEST_PASSWORD } from "@/tests/fixtures/users";
import { expect, given, test } from "./fixtures";
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll, signIn } from "./pages";

const SHOTS = "/tmp/shots-data-rights";

/** A screenshot of what the phone shows with `part` at the top, for a person to look at. */
async function shot(page: Page, part: Locator, name: string) {
  await part.evaluate((element) => element.scrollIntoView({ block: "start" }));
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test("a student on a phone downloads their data, deletes their account and cannot sign in again; the gradebook keeps their score as a deleted student", async ({
  teacher,
  student,
  newPage,
}) => {
  const klass = await given.classWith(teacher, [student], "Form 2 History");
  const quiz = await given.assignment(teacher, klass.id, { title: "Money quiz" });
  await given.finishedQuiz(student, quiz.id, 3);

  const page = await newPage(student, "phone");
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expectNoSidewaysScroll(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data" }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^factdeck-${student.username.replace(/[^a-z0-9]+/g, "-")}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data).toMatchObject({ format: "factdeck-account-export", version: 1, profile: { username: student.username, name: "Wanjiku Njeri", role: "student" } });
  expect(data.profile.passwordHash).toBeUndefined();
  expect(data.memberships).toEqual([expect.objectContaining({ className: "Form 2 History" })]);
  expect(data.attempts).toHaveLength(1);
  expect(data.attempts[0]).toMatchObject({ assignmentTitle: "Money quiz", score: 3 });
  expect(data.attempts[0].answers).toHaveLength(5);
  expect(data.cards.length).toBeGreaterThan(0);
  expect(data.reviews.length).toBeGreaterThan(0);

  const dangerZone = page.getByRole("region", { name: "Delete your account" });
  const form = dangerZone.getByRole("form", { name: "Delete your account" });
  await form.getByLabel("Type your username to confirm").fill(student.username);
  await shot(page, dangerZone, "account-danger-zone");
  await form.getByLabel("Type your username to confirm").fill("someone-else");
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(form.getByText("That is not your username. Type it exactly as shown to delete your account.").first()).toBeVisible();
  await shot(page, dangerZone, "account-danger-zone-wrong-username");
  // Nothing was deleted: the page still works for the student.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Hello, Wanjiku Njeri" })).toBeVisible();

  await page.getByLabel("Type your username to confirm").fill(student.username);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?deleted=1$/);
  await expect(page.getByText("Your account was deleted, with its data. Thank you for learning with Factdeck.")).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, student.username, TEST_PASSWORD);
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("That username or password is not right. Check them and try again.");

  const teacherPage = await newPage(teacher, "desktop");
  await teacherPage.goto(`/classes/${klass.id}/gradebook`);
  const row = teacherPage.getByRole("row").filter({ has: teacherPage.getByRole("rowheader", { name: "Deleted student" }) });
  await expect(row).toContainText("3 of 5");
  await expect(row.getByRole("link")).toHaveCount(0);
  await teacherPage.goto(`${quiz.teacherPath}/report`);
  await expect(teacherPage.getByText("Deleted student").first()).toBeVisible();
});

test("a teacher deletes a class after typing its name, then their own account", async ({ teacher, student, newPage }) => {
  const klass = await given.classWith(teacher, [student], `Form 3 East ${Date.now()}`);
  await given.assignment(teacher, klass.id, { title: "Money quiz" });

  const page = await newPage(teacher, "phone");
  // While the class exists, the account stays: the page says why and links to the class.
  await page.goto("/account");
  const dangerZone = page.getByRole("region", { name: "Delete your account" });
  await expect(dangerZone).toContainText("You still teach a class.");
  await expect(dangerZone.getByRole("button", { name: "Delete my account" })).toHaveCount(0);
  await dangerZone.getByRole("link", { name: klass.name }).click();

  await expect(page.getByRole("heading", { name: klass.name, level: 1 })).toBeVisible();
  const section = page.getByRole("region", { name: "Delete this class" });
  await expect(section).toContainText("Your student keeps their account and flashcards.");
  const form = section.getByRole("form", { name: "Delete the class" });
  await form.getByLabel("Type the class’s name to confirm").fill(klass.name);
  await shot(page, section, "class-delete-confirmation");
  await form.getByLabel("Type the class’s name to confirm").fill(klass.name.toLowerCase());
  await form.getByRole("button", { name: "Delete this class" }).click();
  await expect(form.getByText("That is not the class’s name.").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expectNoSidewaysScroll(page);
  await form.getByLabel("Type the class’s name to confirm").fill(klass.name);
  await form.getByRole("button", { name: "Delete this class" }).click();

  await expect(page).toHaveURL(/\/classes\?deleted=1$/);
  await expect(page.getByText("The class was deleted, with its assignments and results.")).toBeVisible();
  await expect(page.getByRole("link", { name: klass.name })).toHaveCount(0);
  // The student's account stays, out of the class.
  const studentPage = await newPage(student, "phone");
  await studentPage.goto("/home");
  await expect(studentPage.getByText(klass.name)).toHaveCount(0);

  await page.goto("/account");
  await page.getByLabel("Type your username to confirm").fill(teacher.username);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?deleted=1$/);
  await signIn(page, teacher.username, TEST_PASSWORD);
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText("not right");
});
