// Every response carries the security headers, and every page carries a
// Content-Security-Policy with a fresh nonce that the app's own scripts
// satisfy: the pages work with it on (charts, the service worker, sign-in)
// and the browser reports no violation.
import type { Page } from "@playwright/test";
import { expect, given, test } from "./fixtures";

/** Collects the page's CSP violations, as the browser reports them. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`  at ${location.pathname} from ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}

test("pages carry a nonce-based policy and the other headers, and nothing they need is blocked", async ({ newPage, teacher }) => {
  const student = await given.student("Abena Owusu");
  const created = await given.classWith(teacher, [student]);
  await given.studying(student, "topic:quotes");

  const page = await newPage(student, "phone");
  const violations = await watchViolations(page);
  const nonces = new Set<string>();
  for (const path of ["/", "/home", "/review", "/progress", "/library", "/account"]) {
    const response = await page.goto(path);
    const headers = response!.headers();
    const policy = headers["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce, `${path} has a nonce`).toBeTruthy();
    nonces.add(nonce!);
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
  }
  // A fresh nonce per request.
  expect(nonces.size).toBe(6);
  // The review page works with the policy on: a card can be shown and rated.
  await page.goto("/review");
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /^Good, / }).click();

  const teacherPage = await newPage(teacher, "desktop");
  const teacherViolations = await watchViolations(teacherPage);
  await teacherPage.goto(`/classes/${created.id}`);
  await expect(teacherPage.getByRole("heading", { name: created.name, level: 1 })).toBeVisible();
  await teacherPage.goto(`/classes/${created.id}/join-code`);
  await teacherPage.goto("/authoring");

  const file = await teacherPage.request.get("/icons/icon-192.png");
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect([...violations, ...teacherViolations]).toEqual([]);

  // And the policy bites: stored text that smuggled in an inline handler does not run, and the browser reports it.
  await teacherPage.evaluate(() => {
    const holder = document.createElement("div");
    holder.innerHTML = `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="document.title='ran'">`;
    document.body.append(holder);
  });
  await expect.poll(() => teacherViolations.length).toBeGreaterThan(0);
  expect(teacherViolations[0]).toMatch(/^script-src-attr /);
  expect(await teacherPage.title()).not.toBe("ran");
});
