import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Page } from "@playwright/test";
import { FACT_KIND_LABEL } from "@/lib/content/format";
import type { QuizResponse } from "@/lib/quiz/response";
import type { ChoiceItem, TrueFalseItem, TypedAnswerItem } from "@/lib/quiz/types";
import type { SessionUser } from "@/server/auth/session";
import { buildItemBank } from "@/server/content/build-item-bank";
import { expect, given, test } from "./fixtures";
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll } from "./pages";

// A class of twelve takes a three-question quiz with planned answers: one
// student through the quiz player on a phone, eleven through the data layer
// (flags need at least 10 answers, decision 011). Then the teacher reads the
// report, one student's attempt and both CSV files.

const FORMULA = "=1+2";

function threeItems() {
  const { items } = buildItemBank(process.cwd());
  return {
    mc: items.find((item): item is ChoiceItem => item.type === "multiple-choice" && item.options.length >= 3)!,
    typed: items.find((item): item is TypedAnswerItem => item.type === "typed-answer")!,
    tf: items.find((item): item is TrueFalseItem => item.type === "true-false")!,
  };
}

async function downloadCsv(page: Page, link: string): Promise<{ name: string; rows: Record<string, string>[] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  const text = readFileSync((await download.path())!, "utf8");
  // Marked UTF-8 for spreadsheets.
  expect(text.startsWith("\uFEFF")).toBe(true);
  const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
  return { name: download.suggestedFilename(), rows };
}

test("a teacher reads the report of a quiz twelve students took: counts per option, a flagged question with its source, an attempt, and both CSV files", async ({
  teacher,
  student,
  teacherPage: page,
  newPage,
}) => {
  test.setTimeout(150_000);
  const { mc, typed, tf } = threeItems();
  const [wrongA, wrongB] = mc.options.filter((option) => option !== mc.answer);
  const others: SessionUser[] = [];
  for (let index = 1; index <= 11; index++) others.push(await given.student(`Student ${String(index).padStart(2, "0")}`));
  const created = await given.classWith(teacher, [student, ...others]);
  const assignment = await given.assignment(teacher, created.id, {
    setSlug: "all",
    itemIds: [mc.id, typed.id, tf.id],
    title: "Report quiz",
    questionCount: "3",
    revealAnswers: "at-end",
    shuffle: "off",
  });

  // Wanjiku, on her phone: the right option, the right typed answer, the wrong truth value.
  const phone = await newPage(student);
  await phone.goto(assignment.studentPath);
  await phone.getByRole("button", { name: "Start quiz" }).click();
  const form = phone.locator("section[aria-labelledby='question-heading']");
  await expect(phone.getByRole("heading", { name: "Question 1 of 3" })).toBeVisible();
  await form.getByRole("radio", { name: mc.answer, exact: true }).check();
  await form.getByRole("button", { name: "Save answer" }).click();
  await expect(phone.getByRole("heading", { name: "Question 2 of 3" })).toBeVisible();
  await form.getByRole("textbox", { name: "Your answer", exact: true }).fill(typed.answer);
  await form.getByRole("button", { name: "Save answer" }).click();
  await expect(phone.getByRole("heading", { name: "Question 3 of 3" })).toBeVisible();
  await form.getByRole("radio", { name: tf.answer ? "False" : "True", exact: true }).check();
  await form.getByRole("button", { name: "Save answer" }).click();
  await phone.getByRole("button", { name: "Finish quiz" }).click();
  await expect(phone.getByRole("heading", { name: "Your score: 2 of 3" })).toBeVisible();

  // The others: the key ×6, wrongA ×3, wrongB ×2; the typed answer right ×3, FORMULA ×8; nobody gets the true-false question.
  for (const [index, other] of others.entries()) {
    const choice = index < 6 ? mc.answer : index < 9 ? wrongA! : wrongB!;
    const responses = new Map<string, QuizResponse>([
      [mc.id, { type: "multiple-choice", choice }],
      [typed.id, { type: "typed-answer", text: index < 3 ? typed.answer : FORMULA }],
      [tf.id, { type: "true-false", value: !tf.answer }],
    ]);
    await given.finishedAttempt(other, assignment.id, responses);
  }

  await page.goto(assignment.teacherPath);
  await page.getByRole("link", { name: "Report", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Report: Report quiz", level: 1 })).toBeVisible();
  await expect(page.getByText("Counting first attempts")).toBeVisible();

  const students = page.getByRole("table", { name: /Students’ scores/ });
  await expect(students.getByRole("row").filter({ hasText: "Wanjiku Njeri" })).toContainText("2 of 3 (67%)");

  const questions = page.getByRole("table", { name: /Item analysis/ });
  const mcRow = questions.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Q1\./ }) });
  await expect(mcRow).toContainText("7 right of 12");
  await expect(mcRow).toContainText(`${mc.answer} (right answer): 7 students (58%)`);
  await expect(mcRow).toContainText(`${wrongA}: 3 students (25%)`);
  await expect(mcRow).toContainText(`${wrongB}: 2 students (17%)`);
  await expect(mcRow).toContainText("0.58");
  const typedRow = questions.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Q2\./ }) });
  await expect(typedRow).toContainText(`Most common wrong answer: “${FORMULA}” (8)`);

  // Hardest first: the true-false question nobody got right leads, flagged, with its source sentence and the fact's kind.
  await expect(questions.getByRole("rowheader").first()).toContainText("Q3.");
  const flagged = questions.getByRole("row").filter({ hasText: "Why Q3 is flagged" });
  await expect(flagged).toContainText("0 of 12 right");
  await expect(flagged.getByText(`“${tf.sources[0]!.quote}”`).first()).toBeVisible();
  await expect(flagged.getByText(FACT_KIND_LABEL[tf.factKind], { exact: true }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The choice of the counted attempt is a link, shown in words.
  await page.getByRole("link", { name: "Best attempt" }).click();
  await expect(page.getByText("Counting best attempts")).toBeVisible();
  await expect(page).toHaveURL(/\?count=best$/);

  const questionsCsv = await downloadCsv(page, "Download questions (CSV)");
  expect(questionsCsv.name).toBe("report-quiz-questions-best.csv");
  expect(questionsCsv.rows.map((row) => row["Item id"])).toEqual([tf.id, typed.id, mc.id]);
  expect(questionsCsv.rows[2]).toMatchObject({ Asked: "12", Right: "7", Facility: "0.583" });
  expect(questionsCsv.rows[1]!["Most common wrong answer"]).toBe(`'${FORMULA} (8)`);
  expect(questionsCsv.rows[0]!.Flags).toContain("0 of 12 right");

  const studentsCsv = await downloadCsv(page, "Download students (CSV)");
  expect(studentsCsv.name).toBe("report-quiz-students-best.csv");
  expect(studentsCsv.rows).toHaveLength(12);
  expect(studentsCsv.rows.find((row) => row.Student === "Wanjiku Njeri")).toMatchObject({
    Status: "Finished",
    "Counted (best attempt): right": "2",
    "Counted: questions": "3",
  });

  // One student's attempt: each question, her answer, the key and the source.
  await page.getByRole("link", { name: "See attempt by Wanjiku Njeri" }).click();
  await expect(page.getByRole("heading", { name: "Wanjiku Njeri’s attempt: Report quiz", level: 1 })).toBeVisible();
  await expect(page.getByText("Score: 2 of 3 (67%)")).toBeVisible();
  const tfAnswer = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Question 3:/ }) });
  await expect(tfAnswer).toContainText(`Wanjiku Njeri’s answer: ${tf.answer ? "False" : "True"}`);
  await expect(tfAnswer).toContainText(`Correct answer: ${tf.answer ? "True" : "False"}`);
  await expect(tfAnswer.getByText(`“${tf.sources[0]!.quote}”`).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // On a phone the report fits the screen.
  const teacherPhone = await newPage(teacher);
  await teacherPhone.goto(`${assignment.teacherPath}/report`);
  await expect(teacherPhone.getByRole("heading", { name: "Report: Report quiz", level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(teacherPhone);
  await expectNoSeriousA11yViolations(teacherPhone);
  // Nobody could get Q3 right: the teacher takes it out, and every score is counted again without it.
  await page.goto(`${assignment.teacherPath}/report`);
  await page.getByRole("button", { name: "Take Q3 out of the assignment" }).click();
  await page.getByRole("button", { name: "Yes, take Q3 out" }).click();
  await expect(page.getByRole("region", { name: "Questions taken out" })).toContainText("Question 3 of the assignment");
  await expect(students.getByRole("row").filter({ hasText: "Wanjiku Njeri" })).toContainText("2 of 2 (100%)");
  await expect(page.getByRole("button", { name: "Put Q3 back" })).toBeVisible();

  // The class's gradebook, as a spreadsheet: the counted score without Q3.
  await page.goto(`/classes/${created.id}`);
  await page.getByRole("navigation", { name: "Reports" }).getByRole("link", { name: "Gradebook" }).click();
  const [gradebookDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  const gradebook = parse(readFileSync((await gradebookDownload.path())!, "utf8"), { bom: true, columns: true }) as Record<string, string>[];
  expect(gradebook).toHaveLength(12);
  expect(gradebook.find((row) => row.Username === student.username)).toMatchObject({ "Family name": "Njeri", "Given names": "Wanjiku", "Report quiz (% right)": "100" });

  // What the class will have forgotten in a week: a review assignment of exactly those facts, in one click.
  await page.goto(`/classes/${created.id}`);
  await page.getByRole("navigation", { name: "Reports" }).getByRole("link", { name: "What the class remembers" }).click();
  await expect(page.getByRole("heading", { name: "What the class remembers", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: /^Create a review assignment of (these \d+ facts|this fact)$/ }).click();
  await expect(page.getByRole("heading", { name: /^Review before /, level: 1 })).toBeVisible();
  await expect(page.getByText("Flashcards", { exact: true }).first()).toBeVisible();
});

test("the report of an assignment nobody has taken is an empty state; other people get a 404, for the page and the CSV", async ({
  teacher,
  student,
  teacherPage: page,
  newPage,
}) => {
  const created = await given.classWith(teacher, [student]);
  const assignment = await given.assignment(teacher, created.id, { title: "Not taken yet" });
  await page.goto(`${assignment.teacherPath}/report`);
  await expect(page.getByRole("heading", { name: "No finished attempts yet" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Students’ scores/ }).getByRole("row").filter({ hasText: student.name })).toContainText("Not started");

  // The address must name the assignment's own class, even for its teacher.
  const otherClass = await given.classWith(teacher);
  const wrongPath = `/classes/${otherClass.id}/assignments/${assignment.id}/report`;
  expect((await page.goto(wrongPath))?.status()).toBe(404);
  expect((await page.request.get(`${wrongPath}/items.csv`)).status()).toBe(404);
  const csv = await page.request.get(`${assignment.teacherPath}/report/students.csv`);
  expect(csv.headers()["content-disposition"]).toBe('attachment; filename="not-taken-yet-students-first.csv"');
  expect(parse(await csv.text(), { bom: true, columns: true })).toEqual([expect.objectContaining({ Student: student.name, Status: "Not started" })]);

  const otherTeacher = await given.teacher("Daniel Mwangi");
  for (const user of [otherTeacher, student]) {
    const other = await newPage(user, "desktop");
    const response = await other.goto(`${assignment.teacherPath}/report`);
    expect(response?.status()).toBe(404);
    expect((await other.request.get(`${assignment.teacherPath}/report/items.csv`)).status()).toBe(404);
    expect((await other.request.get(`${assignment.teacherPath}/report/students.csv`)).status()).toBe(404);
  }
  const visitor = await newPage(null, "desktop");
  expect((await visitor.request.get(`${assignment.teacherPath}/report/items.csv`)).status()).toBe(404);
});
