// Page helpers for the end-to-end tests: the phone viewport, axe, and the
// sign-up and sign-in forms as a person fills them in.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const MOBILE = { width: 390, height: 844 };

/** A phone: its viewport, touch and mobile layout (for test.use or a new context). */
export const PHONE = { viewport: MOBILE, hasTouch: true, isMobile: true };

/** Runs axe on the page and fails on any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`)).toEqual([]);
}

/** Runs every axe rule (best practices included) and fails on any violation at all, whatever its impact. */
export async function expectNoA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${page.url()} ${violation.id} [${violation.impact}]: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** Fails when the page is wider than the window (it would scroll sideways on a phone). */
export async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

export async function signUp(page: Page, user: { name: string; username: string; password: string; role?: "student" | "teacher" }) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(user.name);
  await page.getByLabel("Username").fill(user.username);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("radio", { name: user.role === "teacher" ? "Teacher" : "Student" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, login: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Username or email").fill(login);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
