import { TEST_TIME_ZONE, uniqueClassName } from "@/tests/fixtures/classes";
import { expect, given, test } from "./fixtures";
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll, PHONE, signIn } from "./pages";

const JOIN_CODE = /^[A-Z2-9]{4} [A-Z2-9]{4}$/;

test.describe("a teacher", () => {
  test("creates a class and sees its join code and QR code", async ({ teacherPage }) => {
    const className = uniqueClassName("Form 3 Current Affairs");
    await teacherPage.goto("/classes");
    const createForm = teacherPage.getByRole("form", { name: "Create a class" });
    await createForm.getByRole("textbox", { name: "Class name" }).fill(className);
    await createForm.getByRole("button", { name: "Create class" }).click();
    await expect(teacherPage.getByRole("heading", { name: className, level: 1 })).toBeVisible();
    await expect(teacherPage.getByRole("region", { name: "Join code" }).getByText(JOIN_CODE)).toBeVisible();
    await expect(teacherPage.getByRole("img", { name: /QR code that opens .*\/join\// })).toBeVisible();
  });

  test("adds students in bulk and reads their one-time passwords off the sheet", async ({ teacherPage, teacher }) => {
    const created = await given.classWith(teacher);
    await teacherPage.goto(`/classes/${created.id}`);
    await teacherPage.getByRole("link", { name: "Add students" }).click();
    await teacherPage.getByRole("textbox", { name: "Student names" }).fill("Amina Otieno\nBrian Kiprop\nChloé Mwangi");
    await teacherPage.getByRole("button", { name: "Create student accounts" }).click();
    const cards = teacherPage.getByRole("list", { name: "Student sign-in cards" }).getByRole("listitem");
    await expect(cards).toHaveCount(3);
    await expect(teacherPage.getByText("These passwords are shown only now.")).toBeVisible();
    const amina = cards.filter({ has: teacherPage.getByRole("heading", { name: "Amina Otieno" }) });
    await expect(amina.locator("dt:text-is('Username') + dd")).toHaveText(/^amina\.otieno\d*$/);
    await expect(amina.locator("dt:text-is('One-time password') + dd")).toHaveText(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
  });

  test("is asked before a repeated name makes a second account, and makes both once told", async ({ teacherPage, teacher }) => {
    const created = await given.classWith(teacher);
    await given.createdStudents(teacher, created.id, "Amina Otieno");
    await teacherPage.goto(`/classes/${created.id}/students/new`);
    await teacherPage.getByRole("textbox", { name: "Student names" }).fill("Brian Kiprop\namina otieno\nBrian  Kiprop");
    await teacherPage.getByRole("button", { name: "Create student accounts" }).click();
    const question = teacherPage.getByRole("alert").filter({ hasText: "Some names appear twice" });
    await expect(question).toContainText("Brian Kiprop (lines 1 and 3); amina otieno (line 2, already in the class)");
    await expect(teacherPage.getByRole("list", { name: "Student sign-in cards" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(teacherPage);
    await teacherPage.getByRole("checkbox", { name: "These are different students: create an account for each" }).check();
    await teacherPage.getByRole("button", { name: "Create student accounts" }).click();
    await expect(teacherPage.getByRole("list", { name: "Student sign-in cards" }).getByRole("listitem")).toHaveCount(3);
  });

  test("is asked before a link leaves the sign-in sheet, whose passwords are not shown again", async ({ teacherPage, teacher }) => {
    const created = await given.classWith(teacher);
    await teacherPage.goto(`/classes/${created.id}/students/new`);
    await teacherPage.getByRole("textbox", { name: "Student names" }).fill("Chebet Moraa");
    await teacherPage.getByRole("button", { name: "Create student accounts" }).click();
    await expect(teacherPage.getByRole("list", { name: "Student sign-in cards" }).getByRole("listitem")).toHaveCount(1);
    const questions: string[] = [];
    teacherPage.once("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await teacherPage.getByRole("link", { name: "Done: back to the class" }).click();
    await expect.poll(() => questions).toEqual([expect.stringContaining("will not be shown again")]);
    await expect(teacherPage.getByRole("heading", { name: `Sign-in sheet for ${created.name}` })).toBeVisible();
    teacherPage.once("dialog", (dialog) => void dialog.accept());
    await teacherPage.getByRole("link", { name: "Done: back to the class" }).click();
    await expect(teacherPage.getByRole("heading", { name: created.name, level: 1 })).toBeVisible();
  });

  test("resets a created student's password: the new one-time password signs in, the old password no longer does", async ({ teacherPage, teacher, newPage }) => {
    const own = await given.student("Daniel Ouma");
    const created = await given.classWith(teacher, [own]);
    const [amina] = await given.createdStudents(teacher, created.id, "Amina Otieno");
    await teacherPage.goto(`/classes/${created.id}`);
    const roster = teacherPage.getByRole("table", { name: `Students in ${created.name}` });
    // A student's own account has no reset link.
    await expect(roster.getByRole("row").filter({ hasText: "Daniel Ouma" }).getByRole("link", { name: /Reset password/ })).toHaveCount(0);
    await roster.getByRole("link", { name: "Reset password of Amina Otieno" }).click();
    await expect(teacherPage.getByRole("heading", { name: "Reset the password of Amina Otieno", level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(teacherPage);
    await teacherPage.getByRole("button", { name: "Make a new one-time password" }).click();
    const card = teacherPage.getByRole("list", { name: "Student sign-in cards" }).getByRole("listitem");
    await expect(card).toHaveCount(1);
    const password = (await card.locator("dt:text-is('One-time password') + dd").textContent())!.trim();
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(password).not.toBe(amina!.oneTimePassword);

    const old = await newPage(null);
    await signIn(old, amina!.username, amina!.oneTimePassword);
    await expect(old.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText("not right");
    const fresh = await newPage(null);
    await signIn(fresh, amina!.username, password);
    await expect(fresh).toHaveURL(/\/set-password/);
    // The one-time password cannot be kept as the new one.
    await fresh.getByLabel("New password", { exact: true }).fill(password);
    await fresh.getByLabel("Confirm password", { exact: true }).fill(password);
    await fresh.getByRole("button", { name: "Save password and continue" }).click();
    await expect(fresh.getByRole("form", { name: "Choose your password" }).getByRole("alert").first()).toHaveText(
      "Choose a password of your own: the one-time password cannot be kept.",
    );
    await expect(fresh.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(/the one-time password cannot be kept/);
  });

  test("assigns a set, due a day after it opens by default", async ({ teacherPage, teacher }) => {
    const created = await given.classWith(teacher);
    await teacherPage.goto(`/classes/${created.id}`);
    await teacherPage.getByRole("link", { name: "Assign a set" }).click();
    const assignForm = teacherPage.getByRole("form", { name: "Assign a set" });
    await assignForm.getByRole("combobox", { name: "Set", exact: true }).selectOption("topic:agreement");
    await assignForm.getByRole("textbox", { name: "Title (optional)", exact: true }).fill("The defense agreement");
    await assignForm.getByRole("spinbutton", { name: "Number of questions", exact: true }).fill("5");
    const due = await assignForm.getByLabel("Due date and time", { exact: true }).inputValue();
    const opens = await assignForm.getByLabel("Opening date and time", { exact: true }).inputValue();
    expect(new Date(due).getTime() - new Date(opens).getTime()).toBe(24 * 60 * 60 * 1000);
    await assignForm.getByRole("button", { name: "Assign set" }).click();
    await expect(teacherPage.getByRole("heading", { name: "The defense agreement", level: 1 })).toBeVisible();
  });

  test("sees every student of the class on the roster, created and joined", async ({ teacherPage, teacher }) => {
    const daniel = await given.student("Daniel Ouma");
    const created = await given.classWith(teacher, [daniel]);
    await given.createdStudents(teacher, created.id, "Amina Otieno\nBrian Kiprop\nChloé Mwangi");
    await teacherPage.goto(`/classes/${created.id}`);
    const roster = teacherPage.getByRole("table", { name: `Students in ${created.name}` });
    await expect(roster.getByRole("row")).toHaveCount(5);
    await expect(roster.getByRole("row").filter({ hasText: "Daniel Ouma" })).toBeVisible();
    await expect(roster.getByRole("row").filter({ hasText: "Amina Otieno" })).toBeVisible();
  });
});

test.describe("a student on a phone", () => {
  test.use({ ...PHONE, timezoneId: TEST_TIME_ZONE });

  test("made by the teacher signs in with the one-time password, chooses a password and sees the assignment", async ({ page, newPage, teacher }) => {
    const created = await given.classWith(teacher, [], uniqueClassName("Form 3 Current Affairs"));
    const [amina] = await given.createdStudents(teacher, created.id, "Amina Otieno");
    await given.assignment(teacher, created.id, { setSlug: "topic:agreement", title: "The defense agreement" });

    await signIn(page, amina!.username, amina!.oneTimePassword);
    await expect(page).toHaveURL(/\/set-password/);
    await page.getByLabel("New password", { exact: true }).fill("amina-chooses-this");
    await page.getByLabel("Confirm password", { exact: true }).fill("amina-chooses-this");
    await page.getByRole("button", { name: "Save password and continue" }).click();
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole("heading", { name: "Hello, Amina Otieno" })).toBeVisible();
    const dueRegion = page.getByRole("region", { name: "Due" });
    await expect(dueRegion.getByRole("link", { name: "The defense agreement" })).toBeVisible();
    await expect(dueRegion.getByText(/due in (23|24) hours|due tomorrow|due in 1 day/i)).toBeVisible();
    await expect(page.getByRole("region", { name: "Classes" }).getByText(created.name)).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page);
    await dueRegion.getByRole("link", { name: "The defense agreement" }).click();
    await expect(page.getByRole("heading", { name: "The defense agreement", level: 1 })).toBeVisible();

    // The one-time password no longer works.
    const again = await newPage(null);
    await signIn(again, amina!.username, amina!.oneTimePassword);
    await expect(again.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText("not right");
  });

  test("joins a class with its code, typed in lower case, and sees its assignment", async ({ signedInPage: page, teacher }) => {
    const created = await given.classWith(teacher);
    const assignment = await given.assignment(teacher, created.id, { title: "The defense agreement" });
    await page.goto("/home");
    await page.getByRole("region", { name: "Classes" }).getByRole("link", { name: "Join a class" }).click();
    await page.getByRole("textbox", { name: "Join code" }).fill(created.joinCode.toLowerCase());
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page.getByRole("status").filter({ hasText: `You joined ${created.name}.` })).toBeVisible();
    await expect(page.getByRole("region", { name: "Due" }).getByRole("link", { name: assignment.title })).toBeVisible();
  });

  test("typing a wrong join code gets a clear message", async ({ signedInPage: page }) => {
    await page.goto("/join");
    await page.getByRole("textbox", { name: "Join code" }).fill("ABCD EFGH");
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page.getByRole("form", { name: "Join a class" }).getByRole("alert")).toContainText("No class has that join code");
  });
});

test.describe("nobody else gets in", () => {
  test.use({ ...PHONE, timezoneId: TEST_TIME_ZONE });

  test("a student of the class gets a 404 on the teacher's class, assignment and join-code pages", async ({ signedInPage: page, student, teacher }) => {
    const created = await given.classWith(teacher, [student]);
    const assignment = await given.assignment(teacher, created.id);
    const classPath = `/classes/${created.id}`;
    for (const path of [classPath, assignment.teacherPath, `${classPath}/join-code`]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
  });

  test("another teacher gets a 404 on the class, its assignment and their edit pages", async ({ newPage, teacher }) => {
    const created = await given.classWith(teacher);
    const assignment = await given.assignment(teacher, created.id);
    const otherTeacher = await newPage(await given.teacher("Peter Njoroge"));
    const classPath = `/classes/${created.id}`;
    for (const path of [classPath, assignment.teacherPath, `${assignment.teacherPath}/edit`, `${classPath}/students/new`]) {
      expect((await otherTeacher.goto(path))?.status(), path).toBe(404);
    }
  });

  test("a visitor is sent to sign in from every signed-in page, and may read the Library", async ({ page, teacher }) => {
    const created = await given.classWith(teacher);
    const assignment = await given.assignment(teacher, created.id);
    for (const path of ["/home", "/classes", `/classes/${created.id}`, assignment.teacherPath, "/join", "/account"]) {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    }
    await page.goto("/library");
    await expect(page.getByRole("heading", { name: "Library", level: 1 })).toBeVisible();
  });
});
