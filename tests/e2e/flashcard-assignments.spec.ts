import { buildItemBank } from "@/server/content/build-item-bank";
import { TEST_TIME_ZONE } from "@/tests/fixtures/classes";
import { expect, given, test } from "./fixtures";
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll, PHONE } from "./pages";

/** The first three questions of a Library set, as the server generated them. */
function firstItemsOf(setSlug: string, count: number): string[] {
  const { sets } = buildItemBank(process.cwd());
  return sets.find((set) => set.slug === setSlug)!.itemIds.slice(0, count);
}

test.describe("a flashcards assignment, for a student on a phone", () => {
  test.use({ ...PHONE, timezoneId: TEST_TIME_ZONE });

  test("is reached from the home page, reviews exactly its cards, and is done once they are reviewed", async ({ signedInPage: page, student, teacher, newPage }) => {
    const created = await given.classWith(teacher, [student]);
    const assignment = await given.assignment(teacher, created.id, {
      setSlug: "topic:agreement",
      itemIds: firstItemsOf("topic:agreement", 3),
      title: "Cards on the agreement",
      mode: "flashcards",
      questionCount: "3",
    });

    await page.goto("/home");
    const due = page.getByRole("region", { name: "Due" });
    const row = due.getByRole("listitem").filter({ hasText: assignment.title });
    await expect(row.getByText("To do")).toBeVisible();
    await expect(row.getByText("0 of 3 cards reviewed")).toBeVisible();
    await row.getByRole("link", { name: assignment.title }).click();

    await expect(page.getByRole("heading", { name: assignment.title, level: 1 })).toBeVisible();
    await expect(page.getByText("0 of 3 cards reviewed")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Review its flashcards" }).click();
    await expect(page).toHaveURL(new RegExp(`/review\\?assignment=${assignment.id}$`));
    await expect(page.getByRole("heading", { name: `Review: ${assignment.title}`, level: 1 })).toBeVisible();
    await expect(page.getByText("3 left")).toBeVisible();
    await expectNoSidewaysScroll(page);

    for (const left of [3, 2, 1]) {
      await expect(page.getByText(`${left} left`)).toBeVisible();
      await page.getByRole("button", { name: "Show answer" }).tap();
      await page.getByRole("group", { name: "How well did you remember?" }).getByRole("button", { name: /^Good,/ }).tap();
    }
    await expect(page.getByRole("heading", { name: `Every card of ${assignment.title} is reviewed` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The reviews reach the server in the background: the assignment says done once they have.
    await page.getByRole("link", { name: "Back to the assignment" }).click();
    await expect(page).toHaveURL(new RegExp(`${assignment.studentPath}$`));
    await expect(async () => {
      await page.reload();
      await expect(page.getByText("3 of 3 cards reviewed")).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByText("Done", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Review its flashcards" })).toHaveCount(0);

    // Its teacher sees the student started and finished it.
    const teacherPage = await newPage(teacher, "desktop");
    await teacherPage.goto(assignment.teacherPath);
    await expect(teacherPage.getByText("1 of 1 student started · 1 finished.", { exact: false })).toBeVisible();
    const studentRow = teacherPage.getByRole("row").filter({ hasText: student.name });
    await expect(studentRow.getByText("3 of 3 cards reviewed")).toBeVisible();
    await expect(studentRow.getByText("Finished")).toBeVisible();
  });
});
