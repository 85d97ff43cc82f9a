import { DEMO_PASSWORD } from "@/lib/demo/accounts";
import { uniqueUsername } from "@/tests/fixtures/users";
import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll, PHONE, signIn, signUp } from "./pages";

test("a new user signs up, signs out, signs in again and sees their name", async ({ page }) => {
  const user = { name: "Achieng Odhiambo", username: uniqueUsername("achieng"), password: "kenya-haiti-2023" };
  await signUp(page, user);
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { name: "Hello, Achieng Odhiambo" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Achieng Odhiambo" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("Student", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);

  // Signing in on that page goes back to where the user was headed.
  await page.getByLabel("Username or email").fill(user.username.toUpperCase());
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Hello, Achieng Odhiambo" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Achieng Odhiambo" })).toBeVisible();
});

test("a new teacher signs up and lands on their classes", async ({ page }) => {
  await signUp(page, { name: "Peter Njoroge", username: uniqueUsername("peter"), password: "another-teacher", role: "teacher" });
  await expect(page).toHaveURL(/\/classes$/);
  await expect(page.getByRole("form", { name: "Create a class" })).toBeVisible();
});

test("the fixtures' session cookies sign in the student and the teacher they made", async ({ signedInPage, student, teacherPage, teacher }) => {
  await signedInPage.goto("/home");
  await expect(signedInPage).toHaveURL(/\/home$/);
  await expect(signedInPage.getByRole("heading", { name: `Hello, ${student.name}`, level: 1 })).toBeVisible();
  await signedInPage.goto("/account");
  await expect(signedInPage.getByText("Student", { exact: true })).toBeVisible();

  await teacherPage.goto("/account");
  await expect(teacherPage.getByRole("heading", { name: `Hello, ${teacher.name}` })).toBeVisible();
  await expect(teacherPage.getByText("Teacher", { exact: true })).toBeVisible();
  await expect(teacherPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classes" })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use(PHONE);

  test("the demo teacher signs in, lands on their classes and sees their name and role", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByText(`with the password “${DEMO_PASSWORD}”`)).toBeVisible();
    await signIn(page, "teacher", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/classes$/);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Classes" })).toBeVisible();
    await nav.getByRole("link", { name: "Demo Teacher" }).click();
    await expect(page.getByRole("heading", { name: "Hello, Demo Teacher" })).toBeVisible();
    await expect(page.getByText("Teacher", { exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page);
  });

  test("the demo student signs in and lands on their home page", async ({ page }) => {
    await signIn(page, "student", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole("heading", { name: "Hello, Demo Student", level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "Due" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Classes" }).getByRole("link", { name: "Join a class" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classes" })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page);
  });
});

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await signIn(page, "student", "not the password");
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("That username or password is not right. Check them and try again.");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
});

test.describe("sign-up with bad input shows a message and creates nothing", () => {
  test("an existing username", async ({ page }) => {
    await signUp(page, { name: "Demo Copy", username: "Teacher", password: "long enough password" });
    // Said once, under the field; the alert points there.
    await expect(page.getByText("That username is taken. Choose another.")).toHaveCount(1);
    await expect(page.getByLabel("Username")).toHaveAccessibleDescription(/That username is taken\. Choose another\./);
    await expect(page.getByRole("form", { name: "Create an account" }).getByRole("alert")).toHaveText("Check the highlighted fields.");
    await expect(page).toHaveURL(/\/sign-up$/);
    await signIn(page, "teacher", "long enough password");
    await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText("not right");
  });

  test("an empty username, a 200-character username and a short password", async ({ page }) => {
    const responses: number[] = [];
    page.on("response", (response) => responses.push(response.status()));
    await signUp(page, { name: "Empty Name", username: "", password: "long enough password" });
    await expect(page.getByText("Enter a username.")).toBeVisible();

    const long = "a".repeat(200);
    await page.getByLabel("Username").fill(long);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Usernames have at most 32 characters.")).toBeVisible();

    const username = uniqueUsername("short");
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Passwords have at least 8 characters.", { exact: false }).last()).toBeVisible();
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");

    expect(responses.filter((status) => status >= 500)).toEqual([]);
    await signIn(page, username, "short");
    await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText("not right");
  });
});

test("home, sign-in and sign-up pages have no serious accessibility violations", async ({ page }) => {
  for (const path of ["/", "/sign-in", "/sign-up"]) {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  }
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, db: "sqlite" });
});
