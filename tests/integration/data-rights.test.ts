// Data rights (decision 021) on the real data layer, on SQLite and
// PostgreSQL: the export holds every kind of data a user has; deleting an
// account leaves no row that names them (every table searched for their id,
// username and email), while their teachers' results keep their scores as
// "Deleted student"; deleting a class removes that class's data and nothing
// of another; a teacher's account waits for their classes to go; and each
// deletion is one transaction (a failure injected at its last step leaves
// every row as it was).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import { DEMO_ACCOUNT_KEPT, WRONG_CLASS_NAME, WRONG_USERNAME } from "@/lib/account/data-rights";
import { DELETED_STUDENT } from "@/lib/reports/deleted-student";
import { deleteOwnAccount } from "@/server/account/delete-own-account";
import { exportOwnData } from "@/server/account/export-own-data";
import { USER_DATA } from "@/server/account/user-data";
import { startPractice } from "@/server/attempts/start-practice";
import type { SessionUser } from "@/server/auth/session";
import { openSession } from "@/server/auth/sessions";
import { editOwnExplanation, listOwnFacts } from "@/server/authoring/facts";
import { importCards } from "@/server/authoring/import-cards";
import { publishOwnSet, shareOwnSet } from "@/server/authoring/sets";
import { joinClass } from "@/server/classes/join-class";
import { deleteClass } from "@/server/classes/manage-class";
import { createStudents } from "@/server/classes/create-students";
import { databaseProvider, db } from "@/server/db/client";
import { getAssignmentReport } from "@/server/reports/assignment-report";
import { getAttemptReview } from "@/server/reports/attempt-review";
import { getGradebook } from "@/server/reports/gradebook";
import { updateLearnerSettings } from "@/server/reviews/settings";
import { verifyCredentials } from "@/server/users/verify-credentials";
import { submitReviews } from "@/server/reviews/submit-reviews";
import { takeQuiz } from "@/tests/fixtures/attempts";
import { createAccounts, createClassWithMembers, createTestAssignment, ensureContent, setItemIds, SMALL_SET, uniqueClassName, WHILE_OPEN } from "@/tests/fixtures/classes";
import { failure } from "@/tests/fixtures/errors";

const HOUR = 3_600_000;
const at = (hours: number) => new Date(WHILE_OPEN.getTime() + hours * HOUR);

/** Every model of the schema, by its client name ("ReviewLog" → "reviewLog"). */
const MODELS = [...readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8").matchAll(/^model (\w+) \{/gm)].map((match) => match[1]!);

type Delegate = { findMany: () => Promise<unknown[]> };

/** Every row of every table whose values contain one of `needles`, by model, as JSON. */
async function rowsNaming(needles: string[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const model of MODELS) {
    const delegate = (db() as unknown as Record<string, Delegate>)[model[0]!.toLowerCase() + model.slice(1)]!;
    const rows = (await delegate.findMany()).map((row) => JSON.stringify(row));
    const matching = rows.filter((row) => needles.some((needle) => row.includes(needle))).sort();
    if (matching.length > 0) found[model] = matching;
  }
  return found;
}

/** What names a user in the database: their id, username and email. */
async function needlesOf(user: SessionUser): Promise<string[]> {
  const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } });
  return [user.id, user.username, ...(row.email ? [row.email] : [])];
}

/** A database failure at the last step of a deletion: a trigger refusing to delete this row (an error the code did not raise, so not a UserFacingError). */
async function failingDelete(table: "User" | "Class", id: string): Promise<() => Promise<void>> {
  const name = `fail_delete_${table.toLowerCase()}`;
  if (databaseProvider() === "postgresql") {
    await db().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql`);
    await db().$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE DELETE ON "${table}" FOR EACH ROW WHEN (OLD.id = '${id}') EXECUTE FUNCTION ${name}()`);
    return async () => {
      await db().$executeRawUnsafe(`DROP TRIGGER ${name} ON "${table}"`);
      await db().$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    };
  }
  await db().$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE DELETE ON "${table}" WHEN OLD.id = '${id}' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
  return async () => {
    await db().$executeRawUnsafe(`DROP TRIGGER ${name}`);
  };
}

/**
 * A school in use: a teacher with two classes (the student is in both, a
 * classmate in the first) and a quiz in each; another teacher with a class of
 * their own and a set shared with them. The student has taken both quizzes
 * and practised, reviewed flashcards, changed a setting, signed in, and typed
 * a wrong join code; the classmate has taken the first quiz too.
 */
async function school() {
  const users = await createAccounts({
    teacher: ["teacher", "Wanjiru Kamau"],
    otherTeacher: ["teacher", "Daniel Mwangi"],
    student: ["student", "Amina Otieno"],
    classmate: ["student", "Zawadi Achieng"],
  });
  await db().user.update({ where: { id: users.student.id }, data: { email: `${users.student.username}@example.org` } });
  const first = await createClassWithMembers(users.teacher, [users.student, users.classmate], uniqueClassName("Form 2 History"));
  const second = await createClassWithMembers(users.teacher, [users.student], uniqueClassName("Form 2 Geography"));
  const otherClass = await createClassWithMembers(users.otherTeacher, [users.classmate], uniqueClassName("Form 4"));
  const firstQuiz = await createTestAssignment(users.teacher, first.id, { title: "Money quiz" });
  const secondQuiz = await createTestAssignment(users.teacher, second.id, { title: "Map quiz" });
  const otherQuiz = await createTestAssignment(users.otherTeacher, otherClass.id, { title: "Other quiz" });
  await takeQuiz(users.student, firstQuiz.id, 3, at(0));
  await takeQuiz(users.student, secondQuiz.id, 2, at(1));
  await takeQuiz(users.classmate, firstQuiz.id, 4, at(0));
  await takeQuiz(users.classmate, otherQuiz.id, 1, at(0));
  await startPractice(users.student, SMALL_SET, at(2));
  const pool = (await setItemIds(SMALL_SET)).slice(0, 3);
  await submitReviews(users.student, pool.map((itemId) => ({ reviewId: randomUUID(), itemId, rating: 3 as const, reviewedAt: at(3) })), at(3));
  await submitReviews(users.classmate, pool.map((itemId) => ({ reviewId: randomUUID(), itemId, rating: 2 as const, reviewedAt: at(3) })), at(3));
  await updateLearnerSettings(users.student, { desiredRetention: 0.85, newCardsPerDay: 15, maxReviewsPerDay: 150 });
  await openSession(users.student.id, at(0));
  await failure(joinClass(users.student, "WRONG234"));
  // A wrong password by username, and a try at the email address.
  expect(await verifyCredentials(users.student.username, "not the password")).toBeNull();
  expect(await verifyCredentials(`${users.student.username}@example.org`, "not the password either")).toBeNull();

  // The teacher's own content: cards imported as a set, published, shared, one explanation rewritten; and a roster account.
  const imported = await importCards(users.teacher, { fileName: "capitals.csv", text: "Nairobi,Capital of Kenya\nMombasa,Main port of Kenya\n" });
  const setSlug = imported.setSlug!;
  await publishOwnSet(users.teacher, setSlug);
  await shareOwnSet(users.teacher, setSlug, users.otherTeacher.username);
  const [fact] = await listOwnFacts(users.teacher);
  const teacherItemId = fact!.items[0]!.id;
  await editOwnExplanation(users.teacher, teacherItemId, "Nairobi has been the capital since 1905.");
  await createStudents(users.teacher, first.id, "Baraka Ochieng");
  // The other teacher shares a set with the teacher.
  const theirs = await importCards(users.otherTeacher, { fileName: "ports.csv", text: "Mombasa,Main port of Kenya\n" });
  await publishOwnSet(users.otherTeacher, theirs.setSlug!);
  await shareOwnSet(users.otherTeacher, theirs.setSlug!, users.teacher.username);

  return { users, first, second, otherClass, firstQuiz, secondQuiz, otherQuiz, setSlug, teacherItemId, theirSetSlug: theirs.setSlug! };
}

type School = Awaited<ReturnType<typeof school>>;

beforeAll(async () => {
  await ensureContent();
});

afterAll(() => db().$disconnect());

describe("exportOwnData", () => {
  let world: School;
  beforeAll(async () => {
    world = await school();
  });

  it("has a part for every model that holds a user's data", async () => {
    const data = await exportOwnData(world.users.student);
    const parts = new Set(Object.values(USER_DATA).flatMap((entry) => entry.exportedAs));
    for (const part of parts) expect(Object.keys(data)).toContain(part);
    expect(data).toMatchObject({ format: "factdeck-account-export", version: 1 });
  });

  it("holds everything of a student's: profile, settings, sessions, memberships, attempts with answers, cards with their FSRS state, reviews, counters", async () => {
    const data = await exportOwnData(world.users.student);
    expect(data.profile).toMatchObject({ id: world.users.student.id, username: world.users.student.username, name: "Amina Otieno", role: "student" });
    expect(data.settings).toMatchObject({ desiredRetention: 0.85, newCardsPerDay: 15, maxReviewsPerDay: 150 });
    expect(data.sessions).toHaveLength(1);
    expect(data.memberships.map((membership) => membership.className).sort()).toEqual([world.first.name, world.second.name].sort());
    // Two quizzes and a practice quiz; each assignment's with its answers.
    expect(data.attempts).toHaveLength(3);
    const money = data.attempts.find((attempt) => attempt.assignmentTitle === "Money quiz")!;
    expect(money).toMatchObject({ className: world.first.name, finishedAt: at(0) });
    expect(money.answers.length).toBeGreaterThan(0);
    expect(money.answers[0]).toEqual(expect.objectContaining({ itemId: expect.any(String), response: expect.anything(), isCorrect: expect.any(Boolean) }));
    expect(data.cards.length).toBeGreaterThanOrEqual(4);
    expect(data.cards[0]).toEqual(expect.objectContaining({ due: expect.any(Date), stability: expect.any(Number), fsrsDifficulty: expect.any(Number), state: expect.any(Number), itemPrompt: expect.any(String) }));
    expect(data.reviews.length).toBeGreaterThanOrEqual(4);
    expect(data.rateLimits).toEqual(
      expect.arrayContaining([expect.objectContaining({ counter: "join-code", failedTries: 1 }), expect.objectContaining({ counter: "sign-in-failures", failedTries: 2 })]),
    );
    expect(data.classesTaught).toEqual([]);
  });

  it("holds a teacher's classes, assignments, articles, facts, items, sets, shares and decisions, without their students", async () => {
    const data = await exportOwnData(world.users.teacher);
    expect(data.classesTaught.map((found) => [found.name, found.studentCount, found.assignments.map((assignment) => assignment.title)])).toEqual(
      expect.arrayContaining([
        [world.first.name, 3, ["Money quiz"]],
        [world.second.name, 1, ["Map quiz"]],
      ]),
    );
    expect(data.articles).toEqual([expect.objectContaining({ importedFrom: "capitals.csv" })]);
    expect(data.facts).toHaveLength(2);
    expect(data.facts[0]!.evidence.length).toBeGreaterThan(0);
    expect(data.items.length).toBeGreaterThanOrEqual(2);
    expect(data.sets).toEqual([expect.objectContaining({ slug: world.setSlug, sharedWith: [expect.objectContaining({ username: world.users.otherTeacher.username })] })]);
    expect(data.setsSharedWithYou).toEqual([expect.objectContaining({ setSlug: world.theirSetSlug, ownerName: "Daniel Mwangi" })]);
    expect(data.itemEdits).toEqual([expect.objectContaining({ itemId: world.teacherItemId, explanation: "Nairobi has been the capital since 1905." })]);
    expect(data.accountsCreated).toHaveLength(1);
    // The students' own data is theirs to download, not the teacher's.
    expect(JSON.stringify(data)).not.toContain(world.users.student.id);
    expect(JSON.stringify(data)).not.toContain(world.users.classmate.username);
  });

  it("holds no secrets: no password hash, no session id", async () => {
    const data = await exportOwnData(world.users.student);
    const json = JSON.stringify(data);
    const { passwordHash } = await db().user.findUniqueOrThrow({ where: { id: world.users.student.id }, select: { passwordHash: true } });
    const sessionIds = (await db().userSession.findMany({ where: { userId: world.users.student.id }, select: { id: true } })).map((session) => session.id);
    expect(json).not.toContain("passwordHash");
    expect(json).not.toContain(passwordHash);
    for (const id of sessionIds) expect(json).not.toContain(id);
  });
});

describe("deleteOwnAccount: a student", () => {
  let world: School;
  beforeAll(async () => {
    world = await school();
  });

  it("refuses a wrong confirmation and changes nothing", async () => {
    const before = await rowsNaming(await needlesOf(world.users.student));
    const error = await failure(deleteOwnAccount(world.users.student, world.users.classmate.username));
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.message).toBe(WRONG_USERNAME);
    expect(await rowsNaming(await needlesOf(world.users.student))).toEqual(before);
  });

  it("is one transaction: a failure at its last step leaves every row as it was", async () => {
    const needles = await needlesOf(world.users.student);
    const before = await rowsNaming(needles);
    const attemptsBefore = await db().attempt.findMany({ where: { assignment: { classId: world.first.id } }, orderBy: { id: "asc" } });
    const drop = await failingDelete("User", world.users.student.id);
    try {
      expect(await failure(deleteOwnAccount(world.users.student, world.users.student.username))).not.toBeInstanceOf(UserFacingError);
    } finally {
      await drop();
    }
    expect(await rowsNaming(needles)).toEqual(before);
    expect(await db().attempt.findMany({ where: { assignment: { classId: world.first.id } }, orderBy: { id: "asc" } })).toEqual(attemptsBefore);
  });

  it("leaves no row that names the student, and nothing of the classmate's changes", async () => {
    const needles = await needlesOf(world.users.student);
    expect(Object.keys(await rowsNaming(needles)).length).toBeGreaterThan(5);
    const classmateBefore = await rowsNaming(await needlesOf(world.users.classmate));
    await deleteOwnAccount(world.users.student, ` ${world.users.student.username.toUpperCase()} `);
    expect(await rowsNaming(needles)).toEqual({});
    expect(await rowsNaming(await needlesOf(world.users.classmate))).toEqual(classmateBefore);
  });

  it("keeps the scores in the teacher's gradebook and report as a deleted student, one per class, without answers", async () => {
    const gradebook = await getGradebook(world.users.teacher, world.first.id, { now: at(5) });
    expect(gradebook.rows.map((row) => [row.student.name, row.student.username, row.student.isDeleted])).toEqual([
      ["Zawadi Achieng", world.users.classmate.username, false],
      ["Baraka Ochieng", expect.any(String), false],
      [DELETED_STUDENT, "", true],
    ]);
    expect(gradebook.rows[2]!.cells[0]!.quiz).toMatchObject({ kind: "score", score: { correct: 3, total: 5 } });

    const report = await getAssignmentReport(world.users.teacher, world.firstQuiz.id);
    const deleted = report.students.find((student) => student.isDeleted)!;
    expect(deleted).toMatchObject({ name: DELETED_STUDENT, username: "", status: "finished", attempts: 1, linkedAttemptId: null, counted: { score: { correct: 3, total: 5 } } });
    // The item analysis reads answers: the deleted student's are gone.
    expect(report.countedAttempts).toBe(1);
    expect(report.formerStudentAttempts).toBe(0);

    const kept = await db().attempt.findMany({ where: { studentId: null, assignment: { classId: { in: [world.first.id, world.second.id] } } }, select: { id: true, assignmentId: true, deletedStudentKey: true, answers: true } });
    expect(kept).toHaveLength(2);
    // No answers are left to read: the teacher's view of the attempt is not found.
    expect(await failure(getAttemptReview(world.users.teacher, kept[0]!.assignmentId!, kept[0]!.id))).toBeInstanceOf(NotFoundError);
    expect(kept.every((attempt) => attempt.answers.length === 0)).toBe(true);
    // A key per class: the two rows cannot be joined into one person.
    expect(new Set(kept.map((attempt) => attempt.deletedStudentKey)).size).toBe(2);
    const second = await getGradebook(world.users.teacher, world.second.id, { now: at(5) });
    expect(second.rows.map((row) => row.student.name)).toEqual([DELETED_STUDENT]);
    expect(second.rows[0]!.cells[0]!.quiz).toMatchObject({ kind: "score", score: { correct: 2, total: 5 } });
  });

  it("refuses a demo account", async () => {
    const { demo } = await createAccounts({ demo: ["student", "Demo Student"] });
    await db().user.update({ where: { id: demo.id }, data: { isDemo: true } });
    const error = await failure(deleteOwnAccount(demo, demo.username));
    expect(error.message).toBe(DEMO_ACCOUNT_KEPT);
    expect(await db().user.count({ where: { id: demo.id } })).toBe(1);
  });
});

describe("deleteClass", () => {
  let world: School;
  beforeAll(async () => {
    world = await school();
  });

  async function classRows(classId: string) {
    return {
      classes: await db().class.findMany({ where: { id: classId } }),
      memberships: await db().membership.findMany({ where: { classId }, orderBy: { studentId: "asc" } }),
      assignments: await db().assignment.findMany({ where: { classId } }),
      attempts: await db().attempt.findMany({ where: { assignment: { classId } }, orderBy: { id: "asc" } }),
      answers: await db().attemptAnswer.findMany({ where: { attempt: { assignment: { classId } } }, orderBy: [{ attemptId: "asc" }, { itemId: "asc" }] }),
    };
  }

  it("refuses anyone but the class's teacher, and a wrong name, changing nothing", async () => {
    const before = await classRows(world.first.id);
    expect(await failure(deleteClass(world.users.otherTeacher, world.first.id, world.first.name))).toBeInstanceOf(NotFoundError);
    expect(await failure(deleteClass(world.users.student, world.first.id, world.first.name))).toBeInstanceOf(NotFoundError);
    const wrong = await failure(deleteClass(world.users.teacher, world.first.id, world.first.name.toLowerCase()));
    expect(wrong.message).toBe(WRONG_CLASS_NAME);
    expect(await classRows(world.first.id)).toEqual(before);
  });

  it("is one transaction: a failure at its last step leaves every row as it was", async () => {
    const before = await classRows(world.first.id);
    const drop = await failingDelete("Class", world.first.id);
    try {
      expect(await failure(deleteClass(world.users.teacher, world.first.id, world.first.name))).not.toBeInstanceOf(UserFacingError);
    } finally {
      await drop();
    }
    expect(await classRows(world.first.id)).toEqual(before);
  });

  it("removes the class's roster, assignments, attempts and answers, and nothing of another class or of the students' own", async () => {
    const before = await classRows(world.first.id);
    expect(before.attempts.length).toBeGreaterThan(0);
    expect(before.answers.length).toBeGreaterThan(0);
    const others = { second: await classRows(world.second.id), other: await classRows(world.otherClass.id) };
    const cards = await db().card.findMany({ where: { userId: { in: [world.users.student.id, world.users.classmate.id] } }, orderBy: { id: "asc" } });
    const reviews = await db().reviewLog.count({ where: { userId: { in: [world.users.student.id, world.users.classmate.id] } } });

    expect(await deleteClass(world.users.teacher, world.first.id, world.first.name)).toEqual({ name: world.first.name });
    expect(await classRows(world.first.id)).toEqual({ classes: [], memberships: [], assignments: [], attempts: [], answers: [] });
    // (The students' quiz reviews keep their ids, made of the attempt's at the time: reviews are theirs, not the class's.)
    expect(await rowsNaming([world.first.id, world.firstQuiz.id])).toEqual({});
    expect({ second: await classRows(world.second.id), other: await classRows(world.otherClass.id) }).toEqual(others);
    expect(await db().user.count({ where: { id: { in: [world.users.student.id, world.users.classmate.id] } } })).toBe(2);
    expect(await db().card.findMany({ where: { userId: { in: [world.users.student.id, world.users.classmate.id] } }, orderBy: { id: "asc" } })).toEqual(cards);
    expect(await db().reviewLog.count({ where: { userId: { in: [world.users.student.id, world.users.classmate.id] } } })).toBe(reviews);
  });
});

describe("deleteOwnAccount: a teacher", () => {
  let world: School;
  beforeAll(async () => {
    world = await school();
    // The student studies a question of the teacher's, assigned to their class (the card must outlive the teacher's account).
    await createTestAssignment(world.users.teacher, world.first.id, { title: "Capitals", setSlug: world.setSlug, itemIds: [world.teacherItemId], questionCount: "1" });
    await submitReviews(world.users.student, [{ reviewId: randomUUID(), itemId: world.teacherItemId, rating: 3, reviewedAt: at(4) }], at(4));
  });

  it("is refused while they teach classes, naming how many", async () => {
    const needles = await needlesOf(world.users.teacher);
    const before = await rowsNaming(needles);
    const error = await failure(deleteOwnAccount(world.users.teacher, world.users.teacher.username));
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.message).toBe("You still teach 2 classes. Delete each on its page first; your students’ accounts stay.");
    expect(await rowsNaming(needles)).toEqual(before);
  });

  it("once the classes are deleted, leaves no row that names them; their items stay for the students' cards, their shared set goes", async () => {
    await deleteClass(world.users.teacher, world.first.id, world.first.name);
    await deleteClass(world.users.teacher, world.second.id, world.second.name);
    const needles = await needlesOf(world.users.teacher);
    const rosterAccount = await db().user.findFirstOrThrow({ where: { createdById: world.users.teacher.id }, select: { id: true } });
    const studentCard = await db().card.findUniqueOrThrow({ where: { userId_itemId: { userId: world.users.student.id, itemId: world.teacherItemId } } });

    await deleteOwnAccount(world.users.teacher, world.users.teacher.username);

    expect(await rowsNaming(needles)).toEqual({});
    expect(await db().itemSet.count({ where: { slug: world.setSlug } })).toBe(0);
    expect(await db().setShare.count({ where: { teacherId: world.users.otherTeacher.id } })).toBe(0);
    // The other teacher's set, once shared with this teacher, is still theirs.
    expect(await db().itemSet.count({ where: { slug: world.theirSetSlug, ownerId: world.users.otherTeacher.id } })).toBe(1);
    expect(await db().item.findUniqueOrThrow({ where: { id: world.teacherItemId }, select: { ownerId: true, retiredAt: true } })).toEqual({ ownerId: null, retiredAt: null });
    expect(await db().card.findUniqueOrThrow({ where: { id: studentCard.id } })).toEqual(studentCard);
    expect(await db().user.findUniqueOrThrow({ where: { id: rosterAccount.id }, select: { createdById: true } })).toEqual({ createdById: null });
  });
});
