// A teacher's own facts, items and sets, against a real database: a fact
// saved from the form becomes items and an article set; rejecting an item
// asks the fact another way; an edit keeps item ids where the question did
// not change and a corrected answer brings its cards back for review; sets
// are drafts until published, shared by username, assigned like the
// Library's; a card import keeps its good rows and names the bad lines.
// Who may call what is in access-matrix.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import { factFormSchema, formValuesOf } from "@/lib/authoring/fact-form";
import { MAX_IMPORT_ROWS } from "@/lib/authoring/csv-import";
import { addArticle } from "@/server/authoring/articles";
import { deleteOwnFact, draftOwnFact, editOwnExplanation, listOwnFacts, previewOwnFact, rejectOwnItem, restoreOwnItem, saveOwnFact } from "@/server/authoring/facts";
import { importCards } from "@/server/authoring/import-cards";
import { createOwnSet, getTeacherSet, listTeacherSets, publishOwnSet, shareOwnSet } from "@/server/authoring/sets";
import { createAssignment } from "@/server/assignments/manage-assignment";
import { startPractice } from "@/server/attempts/start-practice";
import type { SessionUser } from "@/server/auth/session";
import { syncContent } from "@/server/content/sync-content";
import { db } from "@/server/db/client";
import { getSet } from "@/server/library/get-set";
import { NEWS_REPORT } from "@/tests/factories/authoring-texts";
import { assignmentInput, createClassWithMembers, createStudent, createTeacher, ensureContent } from "@/tests/fixtures/classes";

const NOW = new Date("2026-03-10T09:00:00Z");

let teacher: SessionUser;
let slug: string;

beforeAll(async () => {
  await ensureContent();
  teacher = await createTeacher();
  ({ slug } = await addArticle(teacher, { kind: "text", text: NEWS_REPORT.body }, { title: NEWS_REPORT.title, outlet: "Example Wire", author: "", published: NEWS_REPORT.published, kind: "news-report" }));
});

afterAll(async () => {
  await db().user.deleteMany({ where: { id: teacher.id } });
});

/** The fact form, as the action parses it, for a selection of the article. */
async function formFor(text: string, overrides: Record<string, string> = {}) {
  const start = NEWS_REPORT.body.indexOf(text);
  const draft = await draftOwnFact(teacher, slug, { start, end: start + text.length });
  const values = formValuesOf({ statement: draft.statement, kind: draft.kind, question: draft.question, answer: draft.answer, evidence: [{ article: slug, quote: draft.evidence.quote }], ...(draft.voice ? { claimant: draft.voice } : {}) });
  return factFormSchema.parse({ ...values, ...overrides });
}

const OFFICERS = "1,000 police officers";

describe("a teacher's fact", () => {
  it("is saved from a selection, becomes sourced items and an article set, a draft", async () => {
    const form = await formFor(OFFICERS);
    const preview = await previewOwnFact(teacher, form);
    expect(preview.problems).toEqual([]);
    expect(preview.items.length).toBeGreaterThan(0);
    expect(await db().fact.count({ where: { ownerId: teacher.id } })).toBe(0);

    const saved = await saveOwnFact(teacher, form, { now: NOW });
    expect(saved.factId).toMatch(/^t-[0-9a-f]{12}$/);
    const facts = await listOwnFacts(teacher, { articleSlug: slug });
    expect(facts).toHaveLength(1);
    expect(facts[0]!.items[0]).toMatchObject({ factIds: [saved.factId], sources: [expect.objectContaining({ article: slug, outlet: "Example Wire", quote: form.evidence })] });
    const sets = await listTeacherSets(teacher);
    expect(sets).toEqual([expect.objectContaining({ slug: `article:${slug}`, title: NEWS_REPORT.title, isOwn: true, publishedAt: null, itemCount: facts[0]!.items.length })]);
    // The shipped Library does not list it, and a content build leaves it alone.
    expect(await getSet(`article:${slug}`)).toBeNull();
    const shipped = await ensureContent();
    await syncContent(shipped.bank, shipped.items, shipped.sets);
    expect(await listOwnFacts(teacher, { articleSlug: slug })).toHaveLength(1);
    expect(await db().item.count({ where: { ownerId: teacher.id, retiredAt: null } })).toBe(facts[0]!.items.length);
  });

  it("is refused with the field's message when its answer is not in its evidence, and nothing is written", async () => {
    const form = await formFor(OFFICERS, { answerValue: "Nakuru", answerType: "place" });
    const before = await db().fact.count({ where: { ownerId: teacher.id } });
    await expect(saveOwnFact(teacher, form)).rejects.toThrow(/answer\.value: the answer "Nakuru" does not occur in the fact.s evidence/);
    expect(await db().fact.count({ where: { ownerId: teacher.id } })).toBe(before);
  });

  it("is asked another way when its item is rejected, and back when restored; an explanation can be rewritten", async () => {
    const [fact] = await listOwnFacts(teacher, { articleSlug: slug });
    const first = fact!.items[0]!;
    await rejectOwnItem(teacher, first.id, NOW);
    const after = (await listOwnFacts(teacher, { articleSlug: slug }))[0]!;
    expect(after.items.map((item) => item.id)).not.toContain(first.id);
    expect(await db().item.findUniqueOrThrow({ where: { id: first.id }, select: { retiredAt: true } })).not.toEqual({ retiredAt: null });
    await restoreOwnItem(teacher, first.id, NOW);
    expect((await listOwnFacts(teacher, { articleSlug: slug }))[0]!.items.map((item) => item.id)).toContain(first.id);

    await editOwnExplanation(teacher, first.id, "Kenya offered a thousand officers: the sentence says 1,000.", NOW);
    const explained = (await listOwnFacts(teacher, { articleSlug: slug }))[0]!.items.find((item) => item.id === first.id)!;
    expect(explained.explanation).toBe("Kenya offered a thousand officers: the sentence says 1,000.");
    await expect(editOwnExplanation(teacher, "no-such-item", "x")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps its item ids when edited, and a corrected answer brings studied cards back for review without resetting them", async () => {
    const [fact] = await listOwnFacts(teacher, { articleSlug: slug });
    const item = fact!.items[0]!;
    const student = await createStudent();
    const later = new Date(NOW.getTime() + 30 * 86_400_000);
    await db().card.create({
      data: { userId: student.id, itemId: item.id, due: later, stability: 12, fsrsDifficulty: 5, elapsedDays: 3, scheduledDays: 30, learningSteps: 0, reps: 4, lapses: 0, state: 2, lastReview: NOW },
    });
    const values = formValuesOf(fact!.authored);
    const corrected = factFormSchema.parse({ ...values, answerValue: "1,000 police officers", aliases: "a thousand officers" });
    const report = await saveOwnFact(teacher, corrected, { id: fact!.id, now: NOW });
    expect((await listOwnFacts(teacher, { articleSlug: slug }))[0]!.items.map((candidate) => candidate.id)).toContain(item.id);
    expect(report.affectedStudents).toBe(1);
    expect(report.correctionCards).toBe(1);
    const card = await db().card.findFirstOrThrow({ where: { userId: student.id, itemId: item.id }, select: { due: true, stability: true, reps: true } });
    expect(card).toEqual({ due: NOW, stability: 12, reps: 4 });
    await db().user.delete({ where: { id: student.id } });
  });
});

describe("a teacher's sets", () => {
  it("are drafts until published: only then assigned, and shared by username to read and assign", async () => {
    const setSlug = `article:${slug}`;
    const other = await createTeacher("Peter Njoroge");
    const student = await createStudent();
    const own = await createClassWithMembers(teacher, [student]);
    const theirs = await createClassWithMembers(other);
    const input = assignmentInput({ setSlug, questionCount: "1" });
    await expect(createAssignment(teacher, own.id, input)).rejects.toThrow("That set does not exist");
    await expect(shareOwnSet(teacher, setSlug, other.username)).rejects.toThrow("Publish the set before you share it.");

    await publishOwnSet(teacher, setSlug, NOW);
    await createAssignment(teacher, own.id, input);
    await expect(createAssignment(other, theirs.id, input)).rejects.toThrow("That set does not exist");
    await expect(getTeacherSet(other, setSlug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(shareOwnSet(teacher, setSlug, "no-such-teacher")).rejects.toThrow("No teacher has the username “no-such-teacher”.");
    await expect(shareOwnSet(teacher, setSlug, student.username)).rejects.toThrow(UserFacingError);

    await shareOwnSet(teacher, setSlug, other.username);
    expect(await getTeacherSet(other, setSlug)).toMatchObject({ isOwn: false, ownerName: teacher.name, sharedWith: [] });
    await createAssignment(other, theirs.id, input);
    await expect(publishOwnSet(other, setSlug)).rejects.toBeInstanceOf(NotFoundError);
    // A student cannot practise a teacher's set outside an assignment.
    await expect(startPractice(student, setSlug, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await db().user.deleteMany({ where: { id: { in: [other.id, student.id] } } });
  });

  it("can be hand-picked from the teacher's facts and follow them as they change", async () => {
    const form = await formFor("$10 million");
    const { factId } = await saveOwnFact(teacher, form, { now: NOW });
    const { slug: picked } = await createOwnSet(teacher, { title: "Money in the story", factIds: [factId] });
    const set = await getTeacherSet(teacher, picked);
    expect(set).toMatchObject({ kind: "custom", title: "Money in the story", publishedAt: null });
    expect(set.items.every((item) => item.factIds.includes(factId))).toBe(true);
    await expect(createOwnSet(teacher, { title: "Not mine", factIds: ["t-000000000000"] })).rejects.toBeInstanceOf(NotFoundError);
    await deleteOwnFact(teacher, factId, NOW);
    expect((await getTeacherSet(teacher, picked)).items).toEqual([]);
  });
});

describe("a card import", () => {
  it("imports the good rows as a set and names the bad lines, in one transaction", async () => {
    const csv = ["term,definition", "Nairobi,Capital of Kenya", "Port-au-Prince", "Mombasa,Kenya's main port", ",no term", "Haiti's capital?,Port-au-Prince"].join("\n");
    const report = await importCards(teacher, { fileName: "capitals.csv", text: csv }, NOW);
    expect(report.imported).toBe(3);
    expect(report.problems.map((problem) => problem.line)).toEqual([3, 5]);
    for (const problem of report.problems) expect(problem.message).toContain(`Line ${problem.line}`);
    const set = await getTeacherSet(teacher, report.setSlug!);
    expect(set.title).toBe("capitals");
    expect(set.items.map((item) => item.prompt)).toEqual(expect.arrayContaining(["What is “Nairobi”?", "Haiti's capital?"]));
    expect(set.items[0]!.sources[0]!.quote).toMatch(/ — /);
  });

  it("writes nothing when no row imports", async () => {
    const before = await db().article.count({ where: { ownerId: teacher.id } });
    await expect(importCards(teacher, { fileName: "empty.csv", text: "term,definition\n" })).rejects.toBeInstanceOf(UserFacingError);
    await expect(importCards(teacher, { fileName: "bad.csv", text: '"unclosed,quote\nx' })).rejects.toBeInstanceOf(UserFacingError);
    expect(await db().article.count({ where: { ownerId: teacher.id } })).toBe(before);
  });

  it(`imports ${MAX_IMPORT_ROWS.toLocaleString("en-US")} rows`, async () => {
    const other = await createTeacher("Grace Mwale");
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, index) => `Term ${index}\tDefinition number ${index}`);
    const report = await importCards(other, { fileName: "big.tsv", text: rows.join("\n") }, NOW);
    expect(report).toMatchObject({ imported: MAX_IMPORT_ROWS, problems: [] });
    expect(await db().item.count({ where: { ownerId: other.id, retiredAt: null } })).toBe(MAX_IMPORT_ROWS);
    await db().user.delete({ where: { id: other.id } });
  }, 120_000);
});
