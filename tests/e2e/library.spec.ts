import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll, PHONE } from "./pages";

/** The headline the editors wrote for seed 004, which has none. */
const UNSIGNED_TITLE = "A dozen nations to join the Kenyan-led effort in Haiti as Kenya and the US sign a defense pact";

test.describe("the public Library on a phone", () => {
  test.use(PHONE);

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
    await expect(page.getByRole("heading", { name: "Sources", level: 2 })).toBeVisible();
    await expect(page.getByText(/^Supported by (?:one article|\d+ quotes from \d+ (?:article|different articles))\.$/)).toBeVisible();
    await expect(page.getByRole("heading", { name: /Questions made from this fact/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expectNoSidewaysScroll(page);
  });

  test("a source error says that a source is wrong, which one, and the correction", async ({ page }) => {
    await page.goto("/library/facts/crisis-moise-assassination");
    await expect(page.getByRole("heading", { name: "Haitian President Jovenel Moïse was assassinated in 2021, and deadly gang violence in Haiti has exploded since.", level: 1 })).toBeVisible();
    const conflict = page.getByRole("region", { name: /^A source is wrong: the office Jovenel Moïse held when he was assassinated$/ });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByText("Correction:")).toBeVisible();
    await expect(conflict.getByText(/Jovenel Moïse was Haiti's President: .*GlobalPost wrongly calls Moïse “prime minister”\./)).toBeVisible();
    // The wrong side is named as the error, with the source that makes it; the right side is not.
    await expect(conflict.getByRole("heading", { name: "“Prime Minister” (the error)", level: 3 })).toBeVisible();
    await expect(conflict.getByText("escalating gang violence since its prime minister, Jovenel Moïse, was assassinated in 2021.", { exact: false })).toBeVisible();
    await expect(conflict.getByRole("heading", { name: "“President”", level: 3, exact: true })).toBeVisible();
    // A source error is settled: the page never says the articles cannot settle it.
    await expect(page.getByText(/cannot settle this/)).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /Sources disagree/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await expectNoSidewaysScroll(page);
  });

  test("a disagreement says that the sources disagree and shows both sides with their sources", async ({ page }) => {
    await page.goto("/library/facts/crisis-displacement-count");
    const conflict = page.getByRole("region", { name: /^Sources disagree: how many people in Haiti have been displaced from their homes$/ });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByText(/The articles cannot settle this, so Factdeck does not pick a side\./)).toBeVisible();
    const hundreds = conflict.getByRole("heading", { name: "“hundreds”", level: 3, exact: true });
    const thousands = conflict.getByRole("heading", { name: "“thousands”", level: 3, exact: true });
    await expect(hundreds).toBeVisible();
    await expect(thousands).toBeVisible();
    await expect(conflict.getByText("Hundreds of people have been displaced from their homes.", { exact: false })).toBeVisible();
    await expect(conflict.getByText("Thousands have been displaced from their homes.", { exact: false })).toBeVisible();
    await expect(conflict.getByText("Thousands of people have been forced to flee their homes.", { exact: false })).toBeVisible();
    // Neither side is the error, and there is no correction.
    await expect(conflict.getByText(/\(the error\)/)).toHaveCount(0);
    await expect(conflict.getByText("Correction:")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test("an article whose source names no outlet and no headline says so", async ({ page }) => {
    await page.goto("/library/articles/dozen-nations-join-haiti-effort");
    await expect(page.getByRole("heading", { name: new RegExp(`^${UNSIGNED_TITLE}`), level: 1 })).toBeVisible();
    // The byline states only what the source states: its date.
    await expect(page.getByText(/^September 2023$/)).toBeVisible();
    // No outlet is invented for it: not its cited name, nor the outlet it reports from.
    await expect(page.getByText(/^(?:the unsigned report|Al Jazeera)(?:, .*)?, September 2023$/)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await expect(page.getByText(/title supplied by the editors/i).first()).toBeVisible();
  });

  test("every evidence link in every article is a word-sized tap target, and the punctuation two quotes share stays underlined", async ({ page }) => {
    await page.goto("/library");
    const hrefs = await page.getByRole("region", { name: "Articles" }).locator("a[href^='/library/articles/']").evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute("href")!))]);
    expect(hrefs).toHaveLength(5);
    for (const href of hrefs) {
      await page.goto(href);
      const links = await page.getByRole("article").locator("p a.evidence-run").evaluateAll((elements) =>
        elements.map((element) => ({ text: element.textContent ?? "", width: element.getBoundingClientRect().width })),
      );
      expect(links.length, href).toBeGreaterThan(3);
      expect(links.filter((link) => !/[\p{L}\p{N}]/u.test(link.text) || link.width < 24), href).toEqual([]);
    }
    // The unsigned report's ", " between two overlapping quotes is underlined text, not a link.
    await page.goto("/library/articles/dozen-nations-join-haiti-effort");
    await expect(page.getByRole("article").locator("p span.evidence-run", { hasText: /^, $/ }).first()).toBeVisible();
  });

  test("the Library list marks the unsigned report's title as supplied and names no outlet for it", async ({ page }) => {
    await page.goto("/library");
    const entry = page.getByRole("region", { name: "Articles" }).getByRole("listitem").filter({ has: page.getByRole("link", { name: new RegExp(`^${UNSIGNED_TITLE}`) }) });
    await expect(entry).toHaveCount(1);
    await expect(entry.getByText(/^September 2023$/)).toBeVisible();
    await expect(entry.getByText(/title supplied by the editors/i)).toBeVisible();
  });

  test("a fact page cites the unsigned report by its date alone, with its title marked as supplied", async ({ page }) => {
    await page.goto("/library/facts/crisis-displacement-count");
    await expect(page.getByRole("link", { name: `September 2023: “${UNSIGNED_TITLE} (title supplied by the editors)”` }).first()).toBeVisible();
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
