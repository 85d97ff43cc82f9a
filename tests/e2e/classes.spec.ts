import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, MOBILE, signIn, signUp, uniqueUsername } from "./fixtures";

async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: MOBILE, hasTouch: true, isMobile: true, locale: "en-US", timezoneId: "Africa/Nairobi" });
  return context.newPage();
}

test("a teacher starts a class; a created student and a student with the code see the assignment on a phone", async ({ browser }) => {
  test.setTimeout(120_000);
  const teacherPage = await (await browser.newContext({ locale: "en-US", timezoneId: "Africa/Nairobi" })).newPage();
  const teacher = { name: "Grace Wambui", username: uniqueUsername("grace"), password: "teaching-the-news", role: "teacher" as const };
  const className = `Form 3 Current Affairs ${uniqueUsername("c")}`;

  // The teacher signs up and creates a class.
  await signUp(teacherPage, teacher);
  await expect(teacherPage).toHaveURL(/\/classes$/);
  const createForm = teacherPage.getByRole("form", { name: "Create a class" });
  await createForm.getByRole("textbox", { name: "Class name" }).fill(className);
  await createForm.getByRole("button", { name: "Create class" }).click();
  await expect(teacherPage.getByRole("heading", { name: className, level: 1 })).toBeVisible();
  const classUrl = teacherPage.url();
  const joinCode = (await teacherPage.getByRole("region", { name: "Join code" }).getByText(/^[A-Z2-9]{4} [A-Z2-9]{4}$/).textContent())!.trim();
  await expect(teacherPage.getByRole("img", { name: /QR code that opens .*\/join\// })).toBeVisible();

  // It bulk-creates three students and reads their one-time passwords off the sheet.
  await teacherPage.getByRole("link", { name: "Add students" }).click();
  await teacherPage.getByRole("textbox", { name: "Student names" }).fill("Amina Otieno\nBrian Kiprop\nChloé Mwangi");
  await teacherPage.getByRole("button", { name: "Create student accounts" }).click();
  const cards = teacherPage.getByRole("list", { name: "Student sign-in cards" }).getByRole("listitem");
  await expect(cards).toHaveCount(3);
  await expect(teacherPage.getByText("These passwords are shown only now.")).toBeVisible();
  const amina = cards.filter({ has: teacherPage.getByRole("heading", { name: "Amina Otieno" }) });
  const aminaUsername = (await amina.locator("dt:text-is('Username') + dd").textContent())!.trim();
  const aminaPassword = (await amina.locator("dt:text-is('One-time password') + dd").textContent())!.trim();
  expect(aminaUsername).toMatch(/^amina\.otieno\d*$/);
  expect(aminaPassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);

  // It assigns a set, due tomorrow (the form's default), 5 questions.
  await teacherPage.goto(classUrl);
  await teacherPage.getByRole("link", { name: "Assign a set" }).click();
  const assignForm = teacherPage.getByRole("form", { name: "Assign a set" });
  await assignForm.getByRole("combobox", { name: "Library set" }).selectOption("topic:agreement");
  await assignForm.getByRole("textbox", { name: "Title (optional)", exact: true }).fill("The defense agreement");
  await assignForm.getByRole("spinbutton", { name: "Number of questions", exact: true }).fill("5");
  const due = await assignForm.getByLabel("Due date and time", { exact: true }).inputValue();
  const opens = await assignForm.getByLabel("Opening date and time", { exact: true }).inputValue();
  expect(new Date(due).getTime() - new Date(opens).getTime()).toBe(24 * 60 * 60 * 1000);
  await assignForm.getByRole("button", { name: "Assign set" }).click();
  await expect(teacherPage.getByRole("heading", { name: "The defense agreement", level: 1 })).toBeVisible();
  const assignmentUrl = teacherPage.url();

  // A created student signs in with the one-time password on a phone, must choose a password, then sees the assignment.
  const aminaPage = await phone(browser);
  await signIn(aminaPage, aminaUsername, aminaPassword);
  await expect(aminaPage).toHaveURL(/\/set-password/);
  await aminaPage.getByLabel("New password", { exact: true }).fill("amina-chooses-this");
  await aminaPage.getByLabel("Confirm password", { exact: true }).fill("amina-chooses-this");
  await aminaPage.getByRole("button", { name: "Save password and continue" }).click();
  await expect(aminaPage).toHaveURL(/\/home$/);
  await expect(aminaPage.getByRole("heading", { name: "Hello, Amina Otieno" })).toBeVisible();
  const dueRegion = aminaPage.getByRole("region", { name: "Due" });
  await expect(dueRegion.getByRole("link", { name: "The defense agreement" })).toBeVisible();
  await expect(dueRegion.getByText(/due in (23|24) hours|due tomorrow|due in 1 day/i)).toBeVisible();
  await expect(aminaPage.getByRole("region", { name: "Classes" }).getByText(className)).toBeVisible();
  expect(await aminaPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(aminaPage);
  await dueRegion.getByRole("link", { name: "The defense agreement" }).click();
  await expect(aminaPage.getByRole("heading", { name: "The defense agreement", level: 1 })).toBeVisible();

  // The one-time password no longer works.
  const again = await phone(browser);
  await signIn(again, aminaUsername, aminaPassword);
  await expect(again.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText("not right");

  // Another student signs up and joins with the code.
  const other = await phone(browser);
  await signUp(other, { name: "Daniel Ouma", username: uniqueUsername("daniel"), password: "daniel-password" });
  await expect(other).toHaveURL(/\/home$/);
  await other.getByRole("region", { name: "Classes" }).getByRole("link", { name: "Join a class" }).click();
  await other.getByRole("textbox", { name: "Join code" }).fill(joinCode.toLowerCase());
  await other.getByRole("button", { name: "Join class" }).click();
  await expect(other.getByRole("status").filter({ hasText: `You joined ${className}.` })).toBeVisible();
  await expect(other.getByRole("region", { name: "Due" }).getByRole("link", { name: "The defense agreement" })).toBeVisible();

  // A wrong code gets a clear message.
  await other.goto("/join");
  await other.getByRole("textbox", { name: "Join code" }).fill("ABCD EFGH");
  await other.getByRole("button", { name: "Join class" }).click();
  await expect(other.getByRole("form", { name: "Join a class" }).getByRole("alert")).toContainText("No class has that join code");

  // The teacher sees all four students on the roster.
  await teacherPage.goto(classUrl);
  const roster = teacherPage.getByRole("table", { name: `Students in ${className}` });
  await expect(roster.getByRole("row")).toHaveCount(5);
  await expect(roster.getByRole("row").filter({ hasText: "Daniel Ouma" })).toBeVisible();

  // Nobody else gets in: the student and another teacher get 404s, a visitor is sent to sign in.
  const classPath = new URL(classUrl).pathname;
  const assignmentPath = new URL(assignmentUrl).pathname;
  for (const path of [classPath, assignmentPath, `${classPath}/join-code`]) {
    expect((await other.goto(path))?.status()).toBe(404);
  }
  const otherTeacher = await phone(browser);
  await signUp(otherTeacher, { name: "Peter Njoroge", username: uniqueUsername("peter"), password: "another-teacher", role: "teacher" });
  await expect(otherTeacher).toHaveURL(/\/classes$/);
  for (const path of [classPath, assignmentPath, `${assignmentPath}/edit`, `${classPath}/students/new`]) {
    expect((await otherTeacher.goto(path))?.status()).toBe(404);
  }
  const visitor = await phone(browser);
  for (const path of ["/home", "/classes", classPath, assignmentPath, "/join", "/account"]) {
    await visitor.goto(path);
    await expect(visitor).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  }
  await visitor.goto("/library");
  await expect(visitor.getByRole("heading", { name: "Library", level: 1 })).toBeVisible();
});
