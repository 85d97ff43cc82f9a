import { readFile } from "node:fs/promises";
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseGift } from "gift-pegjs";
import type { JsonExport } from "@/lib/quiz/export/json";
import { expect, given, test } from "./fixtures";
import { PHONE } from "./pages";

test.describe("downloading questions", () => {
  test("a visitor downloads a Library set as flashcards, a Moodle quiz and JSON", async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto("/library/sets/topic%3Aagreement");
    const section = page.getByRole("region", { name: "Download the questions" });
    const listed = await page.getByRole("main").getByRole("listitem").filter({ has: page.getByText(/^From/) }).count();

    const [tsv] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: "Flashcards (TSV)" }).click()]);
    expect(tsv.suggestedFilename()).toBe("factdeck-topic-agreement.tsv");
    const rows = parseCsv(await readFile((await tsv.path())!, "utf8"), { delimiter: "\t", quote: false }) as string[][];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(listed);
    expect(rows.every((row) => row.length === 2)).toBe(true);

    const [gift] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: "Moodle quiz (GIFT)" }).click()]);
    const questions = parseGift(await readFile((await gift.path())!, "utf8")).filter((question) => question.type !== "Category");
    expect(questions).toHaveLength(listed);

    const [json] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: "All the data (JSON)" }).click()]);
    const document = JSON.parse(await readFile((await json.path())!, "utf8")) as JsonExport;
    expect(document.items).toHaveLength(listed);
    expect(document.sets[0]).toMatchObject({ slug: "topic:agreement" });

    expect((await page.request.get("/library/sets/topic%3Aagreement/export/xlsx")).status()).toBe(404);
    expect((await page.request.get("/library/sets/no-such-set/export/tsv")).status()).toBe(404);
    await context.close();
  });

  test("a teacher downloads an assignment's questions; nobody else can", async ({ teacherPage, teacher, student, newPage }) => {
    const created = await given.classWith(teacher, [student]);
    const assignment = await given.assignment(teacher, created.id, { setSlug: "topic:agreement", title: "Agreement quiz", questionCount: "5" });
    await teacherPage.goto(assignment.teacherPath);
    const [gift] = await Promise.all([
      teacherPage.waitForEvent("download"),
      teacherPage.getByRole("region", { name: "Download the questions" }).getByRole("link", { name: "Moodle quiz (GIFT)" }).click(),
    ]);
    expect(gift.suggestedFilename()).toBe("factdeck-agreement-quiz.gift.txt");
    expect(parseGift(await readFile((await gift.path())!, "utf8")).length).toBeGreaterThan(0);

    const path = `${assignment.teacherPath}/export/gift`;
    const otherTeacher = await newPage(await given.teacher("Daniel Mwangi"), "desktop");
    for (const page of [await newPage(student), otherTeacher, await newPage(null)]) {
      expect((await page.request.get(path)).status()).toBe(404);
    }
    const elsewhere = await given.classWith(teacher);
    expect((await teacherPage.request.get(`/classes/${elsewhere.id}/assignments/${assignment.id}/export/gift`)).status()).toBe(404);
  });
});
