import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, MOBILE } from "./fixtures";

test.describe("the public Library on a phone", () => {
  test.use({ viewport: MOBILE, hasTouch: true, isMobile: true });

  test("lists the articles and sets, shows an article with its evidence and a fact with its sources", async ({ page }) => {
    await page.goto("/library");
    await expect(page.getByRole("heading", { name: "Library", level: 1 })).toBeVisible();
    const articles = page.getByRole("region", { name: "Articles" }).getByRole("listitem");
    await expect(articles).toHaveCount(5);
    await expect(page.getByRole("link", { name: /All questions|Everything/ }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: "Stepping Up", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Stepping Up", level: 1 })).toBeVisible();
    await expect(page.getByText("GlobalPost, September 2023")).toBeVisible();
    const evidence = page.getByRole("article").locator("p a[href^='/library/facts/']");
    expect(await evidence.count()).toBeGreaterThan(3);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: /Officials plan to send 1,000 security officers/ }).first().click();
    await expect(page).toHaveURL(/\/library\/facts\//);
    await expect(page.getByRole("heading", { name: /Sources disagree/ })).toBeVisible();
    await expect(page.getByText(/Supported by \d+ articles from \d+ different sources\./)).toBeVisible();
    await expect(page.getByRole("heading", { name: /Questions made from this fact/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("an opinion piece says that it argues a point of view", async ({ page }) => {
    await page.goto("/library");
    await page.getByRole("region", { name: "Articles" }).getByRole("link", { name: /Communist Party of Kenya condemns/ }).click();
    await expect(page.getByText("This piece argues a point of view.", { exact: false })).toBeVisible();
  });

  test("an unknown article or fact is a friendly 404", async ({ page }) => {
    const response = await page.goto("/library/articles/no-such-article");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect((await page.goto("/library/facts/no-such-fact"))?.status()).toBe(404);
  });
});

test("the app is installable: a manifest with icons, and a service worker", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator("link[rel='manifest']").getAttribute("href");
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href!)).json()) as { name: string; display: string; icons: { src: string; sizes: string }[] };
  expect(manifest).toMatchObject({ name: "Factdeck", display: "standalone" });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).headers()["content-type"]).toBe("image/png");
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? null), { timeout: 15_000 })
    .toMatch(/\/sw\.js$/);
});
