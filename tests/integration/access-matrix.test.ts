// Who may do what with classes, rosters, assignments, attempts, reports and
// teachers' own articles, tried against the real data layer: every
// actor-taking function in server/classes, server/assignments,
// server/attempts, server/reports and server/authoring, as each kind of actor.
//
// Visitors (no session) are not in this table. At the data layer they can
// only reach the public functions (server/library/*: listLibrary, getArticle,
// getFact, getSet); everything here takes a SessionUser first, and "a
// visitor cannot call it" is a type-level fact a runtime test cannot show.
// Visitors are covered over HTTP by the e2e suite, which should check that
// each signed-in route sends them to /sign-in (and shows nothing of the class
// or assignment), and that each action answers "Your session has ended. Sign
// in again." without writing anything:
//   pages: /home, /join, /assignments/[assignmentId], /account, and the
//     teacher's class pages (classes, roster, assignments, reports) as they
//     are added under app/(app)/;
//   actions: join a class (app/(app)/join/actions.ts), leave a class
//     (app/(app)/home/actions.ts), and every teacher action;
//   /join/[code] is public: to a visitor it must show only the code they
//     typed and a way to sign in, never the class's name or teacher.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import { getStudentAssignment, getTeacherAssignment, listStudentAssignments } from "@/server/assignments/list-assignments";
import { createAssignment, setAssignmentWithdrawn, updateAssignment, setItemHidden } from "@/server/assignments/manage-assignment";
import type { Item } from "@/lib/quiz/types";
import { answerQuestion, finishAttempt } from "@/server/attempts/answer-question";
import { getAttemptPlayer } from "@/server/attempts/get-attempt-player";
import { getAttemptForTeacher, getOwnAttempt, startAttempt } from "@/server/attempts/start-attempt";
import { startPractice } from "@/server/attempts/start-practice";
import type { SessionUser } from "@/server/auth/session";
import { findOwnAssignment, findOwnClass, requireTeacher } from "@/server/classes/access";
import { createStudents } from "@/server/classes/create-students";
import { getAssignmentItems } from "@/server/assignments/assignment-items";
import { addArticle, deleteOwnArticle, getOwnArticle, listOwnArticles } from "@/server/authoring/articles";
import { deleteOwnFact, draftOwnFact, editOwnExplanation, listOwnFacts, listRejectedItems, previewOwnFact, rejectOwnItem, restoreOwnItem, saveOwnFact } from "@/server/authoring/facts";
import { importCards } from "@/server/authoring/import-cards";
import { assignableSetWhere, createOwnSet, getTeacherSet, listTeacherSets, practisableSetWhere, publishOwnSet, shareOwnSet, unshareOwnSet } from "@/server/authoring/sets";
import { factFormSchema, formValuesOf, type FactForm } from "@/lib/authoring/fact-form";
import { getResettableStudent, resetStudentPassword } from "@/server/classes/reset-student-password";
import { joinClass, leaveClass } from "@/server/classes/join-class";
import { getTeacherClass, listStudentClasses, listTeacherClasses } from "@/server/classes/list-classes";
import { createClass, deleteClass, regenerateJoinCode, removeStudent, renameClass, setClassArchived, setJoinCodeEnabled } from "@/server/classes/manage-class";
import { db } from "@/server/db/client";
import { getAssignmentReport } from "@/server/reports/assignment-report";
import { getAttemptReview } from "@/server/reports/attempt-review";
import { getGradebook } from "@/server/reports/gradebook";
import { getStudentReport } from "@/server/reports/student-report";
import { getClassInsight } from "@/server/reports/class-insight";
import { createForecastReview } from "@/server/reports/forecast-review";
import { assignmentInput, createAccounts, createClassWithMembers, createTestAssignment, ensureContent, uniqueClassName, uniqueTag, WHILE_OPEN } from "@/tests/fixtures/classes";

const ACTORS = ["owner", "otherTeacher", "member", "nonMember"] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = "allow" | "deny";

/**
 * The matrix. "allow": the call returns the expected data (and makes its
 * change). "deny": the call throws NotFoundError or UserFacingError, returns
 * nothing and changes nothing; for a list, it returns only the actor's own
 * rows, without the class or assignment under test.
 *
 * owner: teaches the class. otherTeacher: teaches another class.
 * member: a student in the class, with a finished attempt (1 of 2 allowed)
 * at its assignment. nonMember: a student in the other teacher's class.
 */
const MATRIX = {
  // classes
  createClass: { owner: "allow", otherTeacher: "allow", member: "deny", nonMember: "deny" },
  listTeacherClasses: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  getTeacherClass: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  renameClass: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  setClassArchived: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  regenerateJoinCode: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  setJoinCodeEnabled: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  deleteClass: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  findOwnClass: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  requireTeacher: { owner: "allow", otherTeacher: "allow", member: "deny", nonMember: "deny" },
  // rosters
  removeStudent: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  createStudents: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  getResettableStudent: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  resetStudentPassword: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  listStudentClasses: { owner: "deny", otherTeacher: "deny", member: "allow", nonMember: "deny" },
  // The code is the key: any student who has it may join (a member again: no change).
  joinClass: { owner: "deny", otherTeacher: "deny", member: "allow", nonMember: "allow" },
  leaveClass: { owner: "deny", otherTeacher: "deny", member: "allow", nonMember: "deny" },
  // assignments
  createAssignment: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  updateAssignment: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  setAssignmentWithdrawn: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  setItemHidden: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  getTeacherAssignment: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  getAssignmentItems: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  findOwnAssignment: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  listStudentAssignments: { owner: "deny", otherTeacher: "deny", member: "allow", nonMember: "deny" },
  getStudentAssignment: { owner: "deny", otherTeacher: "deny", member: "allow", nonMember: "deny" },
  // attempts
  startAttempt: { owner: "deny", otherTeacher: "deny", member: "allow", nonMember: "deny" },
  getOwnAttempt: { owner: "deny", otherTeacher: "deny", member: "allow", nonMember: "deny" },
  getAttemptForTeacher: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  getAttemptPlayer: { owner: "deny", otherTeacher: "deny", member: "allow", nonMember: "deny" },
  answerQuestion: { owner: "deny", otherTeacher: "deny", member: "allow", nonMember: "deny" },
  finishAttempt: { owner: "deny", otherTeacher: "deny", member: "allow", nonMember: "deny" },
  // Practice is on the public Library's sets: any signed-in user may start one, for themselves.
  startPractice: { owner: "allow", otherTeacher: "allow", member: "allow", nonMember: "allow" },
  // reports
  getAssignmentReport: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  getAttemptReview: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  getGradebook: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  getStudentReport: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  getClassInsight: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  createForecastReview: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  // authoring: owner added the world's article
  addArticle: { owner: "allow", otherTeacher: "allow", member: "deny", nonMember: "deny" },
  listOwnArticles: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  getOwnArticle: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  deleteOwnArticle: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  draftOwnFact: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  // the owner's fact, its item, its article set (published) and a hand-picked draft set
  previewOwnFact: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  saveOwnFact: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  deleteOwnFact: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  listOwnFacts: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  listRejectedItems: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  rejectOwnItem: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  restoreOwnItem: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  editOwnExplanation: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  // Any teacher imports cards into a set of their own.
  importCards: { owner: "allow", otherTeacher: "allow", member: "deny", nonMember: "deny" },
  listTeacherSets: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  getTeacherSet: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  createOwnSet: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  publishOwnSet: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  shareOwnSet: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  unshareOwnSet: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  // The sets a user may assign or practise: a teacher's set only for its owner (until shared).
  assignableSetWhere: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
  practisableSetWhere: { owner: "allow", otherTeacher: "deny", member: "deny", nonMember: "deny" },
} satisfies Record<string, Record<Actor, Outcome>>;

type OperationName = keyof typeof MATRIX;

const COVERED_FOLDERS = ["server/classes", "server/assignments", "server/attempts", "server/reports", "server/authoring"];

/** What each test starts from: a fresh class of the owner's, so writes in one test cannot leak into another. */
type World = {
  users: Record<Actor, SessionUser>;
  classId: string;
  className: string;
  joinCode: string;
  assignmentId: string;
  assignmentTitle: string;
  attemptId: string;
  /** An article the owner added (server/authoring). */
  articleSlug: string;
  /** The owner's fact of it, one of its items, its article set (published) and a hand-picked set of it (a draft). */
  factId: string;
  itemId: string;
  setSlug: string;
  draftSetSlug: string;
  /** The other teacher's class (nonMember is in it), with an assignment and an attempt. */
  other: { classId: string; assignmentId: string; attemptId: string };
};

/** How a denied call behaves: most throw; a list leaves the rows out; leaving a class you are not in does nothing. */
type Denial = "throws" | "filtered" | "ignored";

type Operation = {
  run: (user: SessionUser, world: World, actor: Actor) => Promise<unknown>;
  /** The result and state after an allowed call. */
  allowed: (result: unknown, world: World, actor: Actor) => Promise<void> | void;
  /** The state a denied call must leave as it was (the fresh world's state). */
  unchanged?: (world: World, actor: Actor) => Promise<void>;
  /** For a list: what a denied actor gets (it must leave out the world's records). */
  filtered?: (result: unknown, world: World, actor: Actor) => Promise<void> | void;
  denial?: Denial;
  /** A thrown denial is NotFoundError (the record's existence is not given away) unless the refusal is about the actor's role. */
  isRoleRefusal?: boolean;
};

function ids(result: unknown): string[] {
  expect(Array.isArray(result)).toBe(true);
  return (result as Array<{ id: string }>).map((row) => row.id);
}

async function membersOf(classId: string): Promise<string[]> {
  const rows = await db().membership.findMany({ where: { classId }, select: { studentId: true } });
  return rows.map((row) => row.studentId).sort();
}

async function classRow(world: World) {
  return db().class.findUniqueOrThrow({ where: { id: world.classId } });
}

async function assignmentRow(world: World) {
  return db().assignment.findUniqueOrThrow({ where: { id: world.assignmentId } });
}

async function expectWorldMembers(world: World) {
  expect(await membersOf(world.classId)).toEqual([world.users.member.id]);
}

/** Every class listed is taught by the actor. */
async function expectOwnClassesOnly(result: unknown, user: SessionUser) {
  const listed = ids(result);
  expect(await db().class.count({ where: { id: { in: listed }, teacherId: { not: user.id } } })).toBe(0);
}

/** Every class (or assignment's class) listed has the actor as a member. */
async function expectMemberClassesOnly(classIds: string[], user: SessionUser) {
  const memberOf = new Set((await db().membership.findMany({ where: { studentId: user.id }, select: { classId: true } })).map((m) => m.classId));
  expect(classIds.filter((id) => !memberOf.has(id))).toEqual([]);
}

/** The world's article: a short news report written for the tests. */
const ARTICLE_TEXT = [
  "NAIROBI, Kenya (AP) — Kenya's cabinet approved 300 new school buses on Monday, Education Minister Ruth Wafula said.",
  "The buses will serve 120 rural schools by March 2026, according to the ministry.",
  "Parents in Kitui County said the first buses should run before the rainy season.",
].join("\n\n");

const NO_DETAILS = { title: "", outlet: "", author: "", published: "", kind: "" };

/** The world's article's second sentence, and a fact of it in the content-file shape. */
const BUSES_SENTENCE = "The buses will serve 120 rural schools by March 2026, according to the ministry.";

function busesFact(world: World) {
  return {
    id: "kenya-buses",
    kind: "claim",
    claimant: "the ministry",
    statement: BUSES_SENTENCE,
    question: "According to the ministry, how many rural schools will the buses serve by March 2026?",
    answer: { type: "number", value: "120", number: 120, unit: "rural schools" },
    topics: ["authored"],
    difficulty: 1,
    evidence: [{ article: world.articleSlug, quote: BUSES_SENTENCE }],
  };
}

/** The world's fact as the fact form gives it. */
function busesForm(articleSlug: string): FactForm {
  return factFormSchema.parse({ ...formValuesOf(busesFact({ articleSlug } as World)), article: articleSlug });
}

async function itemRow(world: World) {
  return db().item.findUniqueOrThrow({ where: { id: world.itemId }, select: { retiredAt: true, payload: true } });
}

async function shareCount(world: World): Promise<number> {
  return db().setShare.count({ where: { setSlug: world.setSlug, teacherId: world.users.otherTeacher.id } });
}

async function articleExists(world: World): Promise<boolean> {
  return (await db().article.count({ where: { slug: world.articleSlug, ownerId: world.users.owner.id } })) === 1;
}

/** Every article listed is the actor's own. */
async function expectOwnArticlesOnly(result: unknown, user: SessionUser) {
  expect(Array.isArray(result)).toBe(true);
  const slugs = (result as Array<{ slug: string }>).map((row) => row.slug);
  expect(await db().article.count({ where: { slug: { in: slugs }, OR: [{ ownerId: null }, { ownerId: { not: user.id } }] } })).toBe(0);
}

const OPERATIONS: Record<OperationName, Operation> = {
  createClass: {
    run: (user, world) => createClass(user, `${world.className} (new)`),
    isRoleRefusal: true,
    allowed: async (result, world, actor) => {
      expect(result).toMatchObject({ name: `${world.className} (new)`, joinCode: expect.stringMatching(/^[A-Z2-9]{8}$/) });
      const created = await db().class.findUniqueOrThrow({ where: { id: (result as { id: string }).id } });
      expect(created.teacherId).toBe(world.users[actor].id);
    },
    unchanged: async (world) => {
      expect(await db().class.count({ where: { name: `${world.className} (new)` } })).toBe(0);
    },
  },
  listTeacherClasses: {
    run: (user) => listTeacherClasses(user),
    denial: "filtered",
    allowed: async (result, world) => {
      expect(result).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: world.classId, name: world.className, joinCode: world.joinCode, studentCount: 1, assignmentCount: 1 }),
        ]),
      );
      await expectOwnClassesOnly(result, world.users.owner);
    },
    filtered: async (result, world, actor) => {
      expect(ids(result)).not.toContain(world.classId);
      if (actor === "otherTeacher") expect(ids(result)).toContain(world.other.classId);
      else expect(result).toEqual([]);
      await expectOwnClassesOnly(result, world.users[actor]);
    },
  },
  getTeacherClass: {
    run: (user, world) => getTeacherClass(user, world.classId),
    allowed: (result, world) => {
      expect(result).toMatchObject({
        id: world.classId,
        name: world.className,
        joinCode: world.joinCode,
        students: [expect.objectContaining({ id: world.users.member.id })],
        assignments: [expect.objectContaining({ id: world.assignmentId, studentsStarted: 1 })],
      });
    },
  },
  renameClass: {
    run: (user, world) => renameClass(user, world.classId, "Renamed class"),
    allowed: async (_result, world) => expect((await classRow(world)).name).toBe("Renamed class"),
    unchanged: async (world) => expect((await classRow(world)).name).toBe(world.className),
  },
  setClassArchived: {
    run: (user, world) => setClassArchived(user, world.classId, true),
    allowed: async (_result, world) => expect((await classRow(world)).archivedAt).toBeInstanceOf(Date),
    unchanged: async (world) => expect((await classRow(world)).archivedAt).toBeNull(),
  },
  regenerateJoinCode: {
    run: (user, world) => regenerateJoinCode(user, world.classId),
    allowed: async (result, world) => {
      expect(result).toMatch(/^[A-Z2-9]{8}$/);
      expect(result).not.toBe(world.joinCode);
      expect((await classRow(world)).joinCode).toBe(result);
    },
    unchanged: async (world) => expect((await classRow(world)).joinCode).toBe(world.joinCode),
  },
  deleteClass: {
    // Everyone types the right name: only the teacher's call deletes.
    run: (user, world) => deleteClass(user, world.classId, world.className),
    allowed: async (result, world) => {
      expect(result).toEqual({ name: world.className });
      expect(await db().class.count({ where: { id: world.classId } })).toBe(0);
      expect(await db().attempt.count({ where: { id: world.attemptId } })).toBe(0);
    },
    unchanged: async (world) => {
      expect((await classRow(world)).name).toBe(world.className);
      await expectWorldMembers(world);
      expect(await db().attempt.count({ where: { id: world.attemptId } })).toBe(1);
    },
  },
  setJoinCodeEnabled: {
    run: (user, world) => setJoinCodeEnabled(user, world.classId, false),
    allowed: async (_result, world) => expect((await classRow(world)).isJoinCodeEnabled).toBe(false),
    unchanged: async (world) => expect((await classRow(world)).isJoinCodeEnabled).toBe(true),
  },
  findOwnClass: {
    run: (user, world) => findOwnClass(user, world.classId),
    allowed: (result, world) => expect(result).toMatchObject({ id: world.classId, name: world.className }),
  },
  addArticle: {
    run: (user, world) => addArticle(user, { kind: "text", text: ARTICLE_TEXT }, { ...NO_DETAILS, title: `Buses ${world.className}` }),
    isRoleRefusal: true,
    allowed: async (result, world, actor) => {
      const { slug } = result as { slug: string };
      expect(await db().article.findUniqueOrThrow({ where: { slug }, select: { ownerId: true, body: true } })).toEqual({ ownerId: world.users[actor].id, body: ARTICLE_TEXT });
    },
    unchanged: async (world) => {
      expect(await db().article.count({ where: { title: `Buses ${world.className}` } })).toBe(0);
    },
  },
  listOwnArticles: {
    run: (user) => listOwnArticles(user),
    denial: "filtered",
    allowed: async (result, world) => {
      expect((result as Array<{ slug: string }>).map((row) => row.slug)).toContain(world.articleSlug);
      await expectOwnArticlesOnly(result, world.users.owner);
    },
    filtered: async (result, world, actor) => {
      expect((result as Array<{ slug: string }>).map((row) => row.slug)).not.toContain(world.articleSlug);
      await expectOwnArticlesOnly(result, world.users[actor]);
    },
  },
  getOwnArticle: {
    run: (user, world) => getOwnArticle(user, world.articleSlug),
    allowed: (result, world) => {
      expect(result).toMatchObject({ slug: world.articleSlug, body: ARTICLE_TEXT, suggestions: expect.arrayContaining([expect.objectContaining({ index: 0 })]) });
    },
  },
  deleteOwnArticle: {
    run: (user, world) => deleteOwnArticle(user, world.articleSlug),
    allowed: async (_result, world) => {
      expect(await articleExists(world)).toBe(false);
    },
    unchanged: async (world) => {
      expect(await articleExists(world)).toBe(true);
    },
  },
  draftOwnFact: {
    run: (user, world) => draftOwnFact(user, world.articleSlug, { start: ARTICLE_TEXT.indexOf("300"), end: ARTICLE_TEXT.indexOf("300") + 3 }),
    allowed: (result) => {
      expect(result).toMatchObject({ answer: { type: "number", value: "300", number: 300 } });
    },
  },
  previewOwnFact: {
    run: (user, world) => previewOwnFact(user, busesForm(world.articleSlug), world.factId),
    allowed: (result, world) => {
      expect(result).toMatchObject({ items: [expect.objectContaining({ factIds: [world.factId], sources: [expect.objectContaining({ article: world.articleSlug })] })], problems: [] });
    },
  },
  saveOwnFact: {
    run: (user, world) => saveOwnFact(user, { ...busesForm(world.articleSlug), question: "According to the ministry, how many rural schools will the new buses serve by March 2026?" }, { id: world.factId }),
    allowed: async (_result, world) => {
      expect((await db().fact.findUniqueOrThrow({ where: { id: world.factId } })).question).toBe("According to the ministry, how many rural schools will the new buses serve by March 2026?");
    },
    unchanged: async (world) => {
      expect((await db().fact.findUniqueOrThrow({ where: { id: world.factId } })).question).toBe(busesFact(world).question);
    },
  },
  deleteOwnFact: {
    run: (user, world) => deleteOwnFact(user, world.factId),
    allowed: async (_result, world) => {
      expect(await db().fact.count({ where: { id: world.factId } })).toBe(0);
      expect((await itemRow(world)).retiredAt).toBeInstanceOf(Date);
    },
    unchanged: async (world) => {
      expect(await db().fact.count({ where: { id: world.factId } })).toBe(1);
    },
  },
  listOwnFacts: {
    run: (user) => listOwnFacts(user),
    denial: "filtered",
    allowed: (result, world) => expect(ids(result)).toEqual([world.factId]),
    filtered: (result) => expect(result).toEqual([]),
  },
  listRejectedItems: {
    run: async (user, world) => {
      await rejectOwnItem(world.users.owner, world.itemId);
      return listRejectedItems(user);
    },
    denial: "filtered",
    allowed: (result, world) => expect((result as Array<{ itemId: string }>).map((row) => row.itemId)).toEqual([world.itemId]),
    filtered: (result) => expect(result).toEqual([]),
  },
  rejectOwnItem: {
    run: (user, world) => rejectOwnItem(user, world.itemId),
    allowed: async (_result, world) => expect((await itemRow(world)).retiredAt).toBeInstanceOf(Date),
    unchanged: async (world) => expect((await itemRow(world)).retiredAt).toBeNull(),
  },
  restoreOwnItem: {
    run: async (user, world) => {
      await rejectOwnItem(world.users.owner, world.itemId);
      return restoreOwnItem(user, world.itemId);
    },
    allowed: async (_result, world) => expect((await itemRow(world)).retiredAt).toBeNull(),
    unchanged: async (world) => expect((await itemRow(world)).retiredAt).toBeInstanceOf(Date),
  },
  editOwnExplanation: {
    run: (user, world) => editOwnExplanation(user, world.itemId, "The ministry said 120 schools."),
    allowed: async (_result, world) => expect((await itemRow(world)).payload).toMatchObject({ explanation: "The ministry said 120 schools." }),
    unchanged: async (world) => expect((await itemRow(world)).payload).not.toMatchObject({ explanation: "The ministry said 120 schools." }),
  },
  importCards: {
    run: (user, world) => importCards(user, { fileName: `cards-${world.className}.csv`, text: "Nairobi,Capital of Kenya\nMombasa,Main port of Kenya\n" }),
    isRoleRefusal: true,
    allowed: async (result, world, actor) => {
      const { setSlug } = result as { setSlug: string };
      expect(await db().itemSet.findUniqueOrThrow({ where: { slug: setSlug }, select: { ownerId: true, _count: { select: { items: true } } } })).toEqual({ ownerId: world.users[actor].id, _count: { items: 2 } });
    },
    unchanged: async (world) => {
      expect(await db().article.count({ where: { importedFrom: `cards-${world.className}.csv` } })).toBe(0);
    },
  },
  listTeacherSets: {
    run: (user) => listTeacherSets(user),
    denial: "filtered",
    allowed: (result, world) => expect((result as Array<{ slug: string }>).map((set) => set.slug).sort()).toEqual([world.setSlug, world.draftSetSlug].sort()),
    // The other teacher may have sets of their own (a card import): never the owner's.
    filtered: (result, world) => {
      const sets = result as Array<{ slug: string; isOwn: boolean }>;
      expect(sets.map((set) => set.slug)).not.toContain(world.setSlug);
      expect(sets.every((set) => set.isOwn)).toBe(true);
    },
  },
  getTeacherSet: {
    run: (user, world) => getTeacherSet(user, world.setSlug),
    allowed: (result, world) => expect(result).toMatchObject({ slug: world.setSlug, isOwn: true, items: [expect.objectContaining({ id: world.itemId })] }),
  },
  createOwnSet: {
    run: (user, world) => createOwnSet(user, { title: `Picked ${world.className}`, factIds: [world.factId] }),
    allowed: async (_result, world) => expect(await db().itemSet.count({ where: { title: `Picked ${world.className}`, ownerId: world.users.owner.id } })).toBe(1),
    unchanged: async (world) => expect(await db().itemSet.count({ where: { title: `Picked ${world.className}` } })).toBe(0),
  },
  publishOwnSet: {
    run: (user, world) => publishOwnSet(user, world.draftSetSlug),
    allowed: async (_result, world) => expect((await db().itemSet.findUniqueOrThrow({ where: { slug: world.draftSetSlug } })).publishedAt).toBeInstanceOf(Date),
    unchanged: async (world) => expect((await db().itemSet.findUniqueOrThrow({ where: { slug: world.draftSetSlug } })).publishedAt).toBeNull(),
  },
  shareOwnSet: {
    run: (user, world) => shareOwnSet(user, world.setSlug, world.users.otherTeacher.username),
    allowed: async (_result, world) => expect(await shareCount(world)).toBe(1),
    unchanged: async (world) => expect(await shareCount(world)).toBe(0),
  },
  unshareOwnSet: {
    run: async (user, world) => {
      await shareOwnSet(world.users.owner, world.setSlug, world.users.otherTeacher.username);
      return unshareOwnSet(user, world.setSlug, world.users.otherTeacher.id);
    },
    allowed: async (_result, world) => expect(await shareCount(world)).toBe(0),
    unchanged: async (world) => expect(await shareCount(world)).toBe(1),
  },
  assignableSetWhere: {
    run: async (user, world) => db().itemSet.findMany({ where: { slug: { in: [world.setSlug, world.draftSetSlug] }, ...assignableSetWhere(user) }, select: { slug: true } }),
    denial: "filtered",
    allowed: (result, world) => expect(result).toEqual([{ slug: world.setSlug }]),
    filtered: (result) => expect(result).toEqual([]),
  },
  practisableSetWhere: {
    run: async (user, world) => db().itemSet.findMany({ where: { slug: { in: [world.setSlug, world.draftSetSlug] }, ...practisableSetWhere(user) }, select: { slug: true } }),
    denial: "filtered",
    allowed: (result, world) => expect((result as Array<{ slug: string }>).map((set) => set.slug).sort()).toEqual([world.setSlug, world.draftSetSlug].sort()),
    filtered: (result) => expect(result).toEqual([]),
  },
  requireTeacher: {
    run: async (user) => requireTeacher(user),
    isRoleRefusal: true,
    allowed: (result) => expect(result).toBeUndefined(),
  },
  removeStudent: {
    run: (user, world) => removeStudent(user, world.classId, world.users.member.id),
    allowed: async (_result, world) => {
      expect(await membersOf(world.classId)).toEqual([]);
      // Their work stays with the assignment.
      expect(await db().attempt.count({ where: { id: world.attemptId } })).toBe(1);
    },
    unchanged: expectWorldMembers,
  },
  createStudents: {
    run: (user, world) => createStudents(user, world.classId, `Baraka ${world.className}`),
    allowed: async (result, world) => {
      expect(result).toEqual([expect.objectContaining({ name: `Baraka ${world.className}` })]);
      expect(await membersOf(world.classId)).toHaveLength(2);
    },
    unchanged: async (world) => {
      await expectWorldMembers(world);
      expect(await db().user.count({ where: { name: `Baraka ${world.className}` } })).toBe(0);
    },
  },
  getResettableStudent: {
    run: (user, world) => getResettableStudent(user, world.classId, world.users.member.id),
    allowed: (result, world) => expect(result).toMatchObject({ id: world.users.member.id, canReset: true }),
  },
  resetStudentPassword: {
    run: (user, world) => resetStudentPassword(user, world.classId, world.users.member.id),
    allowed: async (result, world) => {
      expect(result).toMatchObject({ username: world.users.member.username });
      expect(await db().user.findUniqueOrThrow({ where: { id: world.users.member.id } })).toMatchObject({ mustChangePassword: true });
    },
    unchanged: async (world) =>
      expect(await db().user.findUniqueOrThrow({ where: { id: world.users.member.id } })).toMatchObject({
        passwordHash: memberPasswordHash,
        mustChangePassword: false,
      }),
  },
  listStudentClasses: {
    run: (user) => listStudentClasses(user),
    denial: "filtered",
    allowed: async (result, world) => {
      expect(result).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: world.classId, name: world.className, teacherName: world.users.owner.name })]),
      );
      await expectMemberClassesOnly(ids(result), world.users.member);
    },
    filtered: async (result, world, actor) => {
      expect(ids(result)).not.toContain(world.classId);
      if (actor === "nonMember") expect(ids(result)).toContain(world.other.classId);
      else expect(result).toEqual([]);
      await expectMemberClassesOnly(ids(result), world.users[actor]);
    },
  },
  joinClass: {
    run: (user, world) => joinClass(user, world.joinCode),
    isRoleRefusal: true,
    allowed: async (result, world, actor) => {
      expect(result).toEqual({ classId: world.classId, className: world.className, isAlreadyMember: actor === "member" });
      const expected = actor === "member" ? [world.users.member.id] : [world.users.member.id, world.users[actor].id];
      expect(await membersOf(world.classId)).toEqual(expected.sort());
    },
    unchanged: expectWorldMembers,
  },
  leaveClass: {
    run: (user, world) => leaveClass(user, world.classId),
    // Leaving a class one is not in is already done: no error, and nothing changes.
    denial: "ignored",
    allowed: async (_result, world) => {
      expect(await membersOf(world.classId)).toEqual([]);
      expect(await db().attempt.count({ where: { id: world.attemptId } })).toBe(1);
    },
    unchanged: expectWorldMembers,
  },
  createAssignment: {
    run: (user, world) => createAssignment(user, world.classId, assignmentInput({ title: `${world.assignmentTitle} (new)` })),
    allowed: async (result, world) => {
      const created = await db().assignment.findUniqueOrThrow({ where: { id: (result as { id: string }).id } });
      expect(created).toMatchObject({ classId: world.classId, title: `${world.assignmentTitle} (new)` });
    },
    unchanged: async (world) => {
      expect(await db().assignment.count({ where: { classId: world.classId } })).toBe(1);
      expect(await db().assignment.count({ where: { title: `${world.assignmentTitle} (new)` } })).toBe(0);
    },
  },
  updateAssignment: {
    run: (user, world) => updateAssignment(user, world.assignmentId, assignmentInput({ title: "Changed title", attemptsAllowed: "3" })),
    allowed: async (_result, world) => expect(await assignmentRow(world)).toMatchObject({ title: "Changed title", attemptsAllowed: 3 }),
    unchanged: async (world) => expect(await assignmentRow(world)).toMatchObject({ title: world.assignmentTitle, attemptsAllowed: 2 }),
  },
  setAssignmentWithdrawn: {
    run: (user, world) => setAssignmentWithdrawn(user, world.assignmentId, true),
    allowed: async (_result, world) => {
      expect((await assignmentRow(world)).withdrawnAt).toBeInstanceOf(Date);
      expect(await db().attempt.count({ where: { assignmentId: world.assignmentId } })).toBe(1);
    },
    unchanged: async (world) => expect((await assignmentRow(world)).withdrawnAt).toBeNull(),
  },
  setItemHidden: {
    run: async (user, world) => setItemHidden(user, world.assignmentId, (await getTeacherAssignment(users.owner, world.assignmentId)).itemIds[0]!, true),
    allowed: async (_result, world) => expect((await assignmentRow(world)).hiddenItemIds).toHaveLength(1),
    unchanged: async (world) => expect((await assignmentRow(world)).hiddenItemIds).toEqual([]),
  },
  getAssignmentItems: {
    run: (user, world) => getAssignmentItems(user, world.assignmentId),
    allowed: async (result, world) => {
      const pool = (await getTeacherAssignment(users.owner, world.assignmentId)).itemIds;
      expect(result).toMatchObject({ title: world.assignmentTitle, classId: world.classId });
      expect((result as Awaited<ReturnType<typeof getAssignmentItems>>).items.map((item) => item.id)).toEqual(pool);
    },
  },
  getTeacherAssignment: {
    run: (user, world) => getTeacherAssignment(user, world.assignmentId),
    allowed: (result, world) => {
      expect(result).toMatchObject({
        id: world.assignmentId,
        title: world.assignmentTitle,
        class: { id: world.classId, members: [{ student: expect.objectContaining({ id: world.users.member.id }) }] },
        attempts: [expect.objectContaining({ id: world.attemptId, studentId: world.users.member.id })],
      });
    },
  },
  findOwnAssignment: {
    run: (user, world) => findOwnAssignment(user, world.assignmentId),
    allowed: (result, world) => expect(result).toMatchObject({ id: world.assignmentId, classId: world.classId }),
  },
  listStudentAssignments: {
    run: (user) => listStudentAssignments(user, WHILE_OPEN),
    denial: "filtered",
    allowed: async (result, world) => {
      expect(result).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: world.assignmentId, classId: world.classId, attemptsUsed: 1, isDone: true, status: "open" }),
        ]),
      );
      await expectMemberClassesOnly((result as Array<{ classId: string }>).map((row) => row.classId), world.users.member);
    },
    filtered: async (result, world, actor) => {
      expect(ids(result)).not.toContain(world.assignmentId);
      if (actor === "nonMember") expect(result).toEqual(expect.arrayContaining([expect.objectContaining({ id: world.other.assignmentId, attemptsUsed: 1 })]));
      else expect(result).toEqual([]);
      await expectMemberClassesOnly((result as Array<{ classId: string }>).map((row) => row.classId), world.users[actor]);
    },
  },
  getStudentAssignment: {
    run: (user, world) => getStudentAssignment(user, world.assignmentId, WHILE_OPEN),
    allowed: (result, world) => {
      expect(result).toMatchObject({
        id: world.assignmentId,
        class: { id: world.classId },
        status: "open",
        attempts: [expect.objectContaining({ id: world.attemptId })],
      });
    },
  },
  startAttempt: {
    run: (user, world) => startAttempt(user, world.assignmentId, WHILE_OPEN),
    allowed: async (result, world) => {
      expect(result).toEqual({ id: expect.any(String), isResumed: false });
      expect((result as { id: string }).id).not.toBe(world.attemptId);
      expect(await db().attempt.count({ where: { assignmentId: world.assignmentId, studentId: world.users.member.id } })).toBe(2);
    },
    unchanged: async (world, actor) => {
      expect(await db().attempt.count({ where: { studentId: world.users[actor].id, assignmentId: world.assignmentId } })).toBe(0);
      expect(await db().attempt.count({ where: { assignmentId: world.assignmentId } })).toBe(1);
    },
  },
  getOwnAttempt: {
    run: (user, world) => getOwnAttempt(user, world.attemptId),
    allowed: (result, world) => {
      expect(result).toMatchObject({ id: world.attemptId, assignmentId: world.assignmentId, score: 3, finishedAt: expect.any(Date) });
    },
  },
  getAttemptForTeacher: {
    run: (user, world) => getAttemptForTeacher(user, world.attemptId),
    allowed: (result, world) => {
      expect(result).toMatchObject({ id: world.attemptId, studentId: world.users.member.id, assignmentId: world.assignmentId, score: 3 });
    },
  },
  getAttemptPlayer: {
    run: (user, world) => getAttemptPlayer(user, world.attemptId),
    allowed: (result, world) => {
      expect(result).toMatchObject({ id: world.attemptId, assignmentId: world.assignmentId, isFinished: true });
    },
  },
  answerQuestion: {
    // The member's second, unfinished attempt: only they may answer in it.
    run: async (user, world) => {
      const open = await startAttempt(world.users.member, world.assignmentId, WHILE_OPEN);
      const [itemId] = (await getOwnAttempt(world.users.member, open.id)).itemIds;
      const item = await db().item.findUniqueOrThrow({ where: { id: itemId! }, select: { payload: true } });
      return answerQuestion(user, open.id, itemId!, someResponse(item.payload as unknown as Item), WHILE_OPEN);
    },
    allowed: async (result) => {
      expect(result).toMatchObject({ saved: true });
      expect(await db().attemptAnswer.count({ where: { attempt: { studentId: users.member.id } } })).toBeGreaterThan(0);
    },
    unchanged: async (world) => {
      expect(await db().attemptAnswer.count({ where: { attempt: { assignmentId: world.assignmentId } } })).toBe(0);
    },
  },
  finishAttempt: {
    run: async (user, world) => {
      const open = await startAttempt(world.users.member, world.assignmentId, WHILE_OPEN);
      return { open, finished: await finishAttempt(user, open.id, WHILE_OPEN) };
    },
    allowed: async (result) => {
      const { open } = result as { open: { id: string } };
      expect((await db().attempt.findUniqueOrThrow({ where: { id: open.id } })).finishedAt).not.toBeNull();
    },
    unchanged: async (world) => {
      expect(await db().attempt.count({ where: { assignmentId: world.assignmentId, finishedAt: null } })).toBe(1);
    },
  },
  startPractice: {
    run: (user) => startPractice(user, "all", WHILE_OPEN),
    allowed: async (result, world) => {
      const attempt = await db().attempt.findUniqueOrThrow({ where: { id: (result as { id: string }).id } });
      expect(attempt.assignmentId).toBeNull();
      expect(Object.values(world.users).map((user) => user.id)).toContain(attempt.studentId);
    },
  },
  getAssignmentReport: {
    run: (user, world) => getAssignmentReport(user, world.assignmentId, { choice: "best" }),
    allowed: (result, world) => {
      expect(result).toMatchObject({ id: world.assignmentId, classId: world.classId, choice: "best", countedAttempts: 1 });
      expect((result as { students: unknown[] }).students).toEqual([
        expect.objectContaining({ studentId: world.users.member.id, status: "finished", linkedAttemptId: world.attemptId }),
      ]);
    },
  },
  getAttemptReview: {
    run: (user, world) => getAttemptReview(user, world.assignmentId, world.attemptId),
    allowed: (result, world) => {
      expect(result).toMatchObject({ id: world.attemptId, assignmentId: world.assignmentId, student: { id: world.users.member.id } });
    },
  },
  getGradebook: {
    run: (user, world) => getGradebook(user, world.classId, { now: WHILE_OPEN }),
    allowed: (result, world) => {
      expect(result).toMatchObject({
        classId: world.classId,
        assignments: [expect.objectContaining({ id: world.assignmentId })],
        rows: [{ student: expect.objectContaining({ id: world.users.member.id }), cells: [expect.objectContaining({ standing: "done" })] }],
      });
    },
  },
  getStudentReport: {
    run: (user, world) => getStudentReport(user, world.classId, world.users.member.id, { now: WHILE_OPEN }),
    allowed: (result, world) => {
      expect(result).toMatchObject({
        student: { id: world.users.member.id },
        assignments: [expect.objectContaining({ id: world.assignmentId, attemptsUsed: 1, standing: "done" })],
      });
    },
  },
  getClassInsight: {
    run: (user, world) => getClassInsight(user, world.classId, { day: FORECAST_DAY, timeZone: "Africa/Nairobi" }, WHILE_OPEN),
    allowed: (result, world) => {
      expect(result).toMatchObject({ classId: world.classId, day: FORECAST_DAY, students: [expect.objectContaining({ id: world.users.member.id })] });
      expect((result as { facts: unknown[] }).facts.length).toBeGreaterThan(0);
    },
  },
  createForecastReview: {
    // The member has no cards: every fact of the assignment is below 70%.
    run: (user, world) => createForecastReview(user, world.classId, { day: FORECAST_DAY, timeZone: "Africa/Nairobi" }, WHILE_OPEN),
    allowed: async (result, world) => {
      const created = await db().assignment.findUniqueOrThrow({ where: { id: (result as { id: string }).id } });
      expect(created).toMatchObject({ classId: world.classId, mode: "flashcards", title: "Review before Tue, Mar 17" });
    },
    unchanged: async (world) => expect(await db().assignment.count({ where: { classId: world.classId } })).toBe(1),
  },
};

/** The memory forecast's day in the matrix: a week after WHILE_OPEN. */
const FORECAST_DAY = "2026-03-17";

/** A well-formed answer of the item's type (right or wrong does not matter here). */
function someResponse(item: Item): unknown {
  switch (item.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
      return { type: item.type, choice: item.options[0] };
    case "multi-select":
      return { type: item.type, choices: [item.options[0]] };
    case "true-false":
      return { type: item.type, value: true };
    case "cloze":
    case "typed-answer":
    case "numeric":
      return { type: item.type, text: "1" };
    case "matching":
      return { type: item.type, pairs: item.pairs };
    case "ordering":
      return { type: item.type, order: item.events.map((event) => event.label) };
  }
}

let users: Record<Actor, SessionUser>;
let other: World["other"];
let world: World;
/** The member's password hash as created, put back before each test. */
let memberPasswordHash: string;

async function markFinished(attemptId: string, score: number) {
  await db().attempt.update({ where: { id: attemptId }, data: { finishedAt: WHILE_OPEN, score } });
}

beforeAll(async () => {
  await ensureContent();
  users = await createAccounts({ owner: ["teacher", "Wanjiru Kamau"], otherTeacher: ["teacher", "Daniel Mwangi"], member: ["student", "Amina Otieno"], nonMember: ["student", "Baraka Ochieng"] });
  // The member's account is one the owner created (a roster account), so the owner may reset its password.
  memberPasswordHash = (await db().user.update({ where: { id: users.member.id }, data: { createdById: users.owner.id } })).passwordHash;
  // The other teacher's class, so that every actor has data of their own that lists must show.
  const otherClass = await createClassWithMembers(users.otherTeacher, [users.nonMember]);
  const otherAssignment = await createTestAssignment(users.otherTeacher, otherClass.id);
  const otherAttempt = await startAttempt(users.nonMember, otherAssignment.id, WHILE_OPEN);
  other = { classId: otherClass.id, assignmentId: otherAssignment.id, attemptId: otherAttempt.id };
});

beforeEach(async () => {
  await db().user.update({ where: { id: users.member.id }, data: { passwordHash: memberPasswordHash, mustChangePassword: false } });
  const created = await createClassWithMembers(users.owner, [users.member], uniqueClassName());
  const assignmentTitle = `Money ${uniqueTag()}`;
  const assignment = await createTestAssignment(users.owner, created.id, { title: assignmentTitle, attemptsAllowed: "2" });
  const attempt = await startAttempt(users.member, assignment.id, WHILE_OPEN);
  await markFinished(attempt.id, 3);
  // The owner's content of the last test goes: each test starts from one article, one fact and two sets.
  const owner = users.owner.id;
  await db().fact.deleteMany({ where: { ownerId: owner } });
  await db().item.deleteMany({ where: { ownerId: owner } });
  await db().itemSet.deleteMany({ where: { ownerId: owner } });
  await db().itemEdit.deleteMany({ where: { ownerId: owner } });
  await db().article.deleteMany({ where: { ownerId: owner } });
  const article = await addArticle(users.owner, { kind: "text", text: ARTICLE_TEXT }, NO_DETAILS);
  const { factId } = await saveOwnFact(users.owner, busesForm(article.slug));
  const [fact] = await listOwnFacts(users.owner);
  const setSlug = `article:${article.slug}`;
  await publishOwnSet(users.owner, setSlug);
  const draft = await createOwnSet(users.owner, { title: "Buses (draft)", factIds: [factId] });
  world = {
    users,
    classId: created.id,
    className: created.name,
    joinCode: created.joinCode,
    assignmentId: assignment.id,
    assignmentTitle,
    attemptId: attempt.id,
    articleSlug: article.slug,
    factId,
    itemId: fact!.items[0]!.id,
    setSlug,
    draftSetSlug: draft.slug,
    other,
  };
});

afterAll(() => db().$disconnect());

const rows = (Object.keys(MATRIX) as OperationName[]).flatMap((operation) =>
  ACTORS.map((actor) => [operation, actor, MATRIX[operation][actor]] as const),
);

describe("access matrix", () => {
  it.each(rows)("%s as %s: %s", async (name, actor, outcome) => {
    const operation = OPERATIONS[name];
    const call = () => operation.run(world.users[actor], world, actor);
    if (outcome === "allow") {
      await operation.allowed(await call(), world, actor);
      return;
    }
    const denial = operation.denial ?? "throws";
    if (denial === "filtered") {
      await operation.filtered!(await call(), world, actor);
    } else if (denial === "ignored") {
      expect(await call()).toBeUndefined();
    } else {
      const error = await call().then(
        (result) => ({ returned: result }),
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(operation.isRoleRefusal ? UserFacingError : NotFoundError);
    }
    await operation.unchanged?.(world, actor);
  });

  it("covers every actor-taking function of the classes, assignments and attempts data layer", async () => {
    // A data-layer function takes the acting user as its first parameter, named `actor`.
    const actorTaking: string[] = [];
    for (const folder of COVERED_FOLDERS) {
      const files = readdirSync(path.join(process.cwd(), folder)).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
      for (const file of files) {
        const exports = (await import(path.join(process.cwd(), folder, file))) as Record<string, unknown>;
        for (const [exportName, value] of Object.entries(exports)) {
          if (typeof value === "function" && firstParameter(value) === "actor") actorTaking.push(exportName);
        }
      }
    }
    expect(actorTaking).toEqual(expect.arrayContaining(["getTeacherClass", "startAttempt", "joinClass"]));
    // A function listed here is new: give it a row in MATRIX and OPERATIONS.
    expect(actorTaking.filter((name) => !(name in MATRIX))).toEqual([]);
  });
});

function firstParameter(fn: unknown): string | undefined {
  return /^(?:async\s+)?function\s*[\w$]*\s*\(\s*([\w$]+)/.exec(String(fn))?.[1];
}
