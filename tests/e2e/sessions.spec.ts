// Sessions end on the server: a token replayed after sign-out, after "sign
// out everywhere" or after a one-time password was used is refused, and a
// one-time password's session can do nothing but choose a password.
import type { BrowserContext, Page } from "@playwright/test";
import { TEST_PASSWORD } from "@/tests/fixtures/users";
import { expect, given, test } from "./fixtures";
import { signIn } from "./pages";

const COOKIE = "next-auth.session-token";

async function sessionCookie(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === COOKIE);
  expect(cookie, "signed in").toBeTruthy();
  return cookie!.value;
}

/** A fresh browser with only `token` as its session cookie, as an attacker who copied it would have. */
async function replay(page: Page, token: string, baseURL: string): Promise<BrowserContext> {
  const context = await page.context().browser()!.newContext();
  await context.addCookies([{ name: COOKIE, value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  return context;
}

test("a session token replayed after sign-out reads nothing and stores nothing", async ({ page, student, baseURL }) => {
  await signIn(page, student.username, TEST_PASSWORD);
  await expect(page).toHaveURL(/\/home/);
  const token = await sessionCookie(page.context());
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  const copied = await replay(page, token, baseURL!);
  const stolen = await copied.newPage();
  await stolen.goto("/home");
  await expect(stolen).toHaveURL(/\/sign-in/);
  const response = await copied.request.post("/api/reviews", { data: { reviews: [] }, headers: { Origin: baseURL! } });
  expect(response.status()).toBe(401);
  await copied.close();
});

test("sign out everywhere ends the sessions of other devices", async ({ newPage, student }) => {
  const phone = await newPage(student, "phone");
  const laptop = await newPage(student, "desktop");
  await phone.goto("/home");
  await expect(phone).toHaveURL(/\/home/);
  await laptop.goto("/account");
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/sign-in/);
  await phone.goto("/home");
  await expect(phone).toHaveURL(/\/sign-in/);
});

test("a one-time password's session can only choose a password, and ends once it is chosen", async ({ page, teacher, baseURL }) => {
  const created = await given.classWith(teacher);
  const [account] = await given.createdStudents(teacher, created.id, "Esi Boateng");
  await signIn(page, account!.username, account!.oneTimePassword);
  await expect(page).toHaveURL(/\/set-password/);
  const oneTime = await sessionCookie(page.context());
  expect((await page.context().request.get("/api/reviews/queue")).status()).toBe(403);

  await page.getByLabel("New password", { exact: true }).fill("esi chooses her own");
  await page.getByLabel("Confirm password", { exact: true }).fill("esi chooses her own");
  await page.getByRole("button", { name: "Save password and continue" }).click();
  await expect(page).toHaveURL(/\/home/);

  const copied = await replay(page, oneTime, baseURL!);
  const stolen = await copied.newPage();
  await stolen.goto("/set-password");
  await expect(stolen).toHaveURL(/\/sign-in/);
  await copied.close();
});
