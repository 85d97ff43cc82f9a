// npm run bench:reports [-- --runs N]: times the teacher's reports on a class
// of 40 students × 50 assignments × 20 questions, every student with a
// finished attempt at each (a second one for every fourth student), in a
// fresh SQLite database, and also in a throwaway PostgreSQL database when
// DATABASE_URL names a PostgreSQL server. Each database is filled and timed
// in a child process of its own (the data layer's client is one per
// process). Prints, per report, the median and the maximum of N runs (10
// unless told) against a baseline measured in the same run (one trivial
// query through the same client). See docs/BENCHMARKS.md.
//
// To time another report, add one entry to REPORTS.
import { randomBytes } from "node:crypto";
import type { AttemptChoice } from "../../lib/reports/attempt-choice";
import type { SessionUser } from "../../server/auth/session";
import { MULTIPLE_CHOICE } from "../../tests/factories/items";
import { benchEachDatabase, parseRuns, time } from "./databases";

const USAGE = "Usage: npm run bench:reports [-- --runs N]";
const STUDENTS = 40;
const ASSIGNMENTS = 50;
const QUESTIONS = 20;
const TARGET_MS = 300;
const CHUNK = 4000;

/** What a report is timed on: the class, its teacher and its assignments. */
type World = { teacher: SessionUser; classId: string; assignmentIds: string[] };

type Report = { name: string; run: (world: World) => Promise<unknown> };

/** The reports timed, each called as its page calls it. */
async function reports(): Promise<Report[]> {
  const { getGradebook } = await import("../../server/reports/gradebook");
  const { getAssignmentReport } = await import("../../server/reports/assignment-report");
  const gradebook = (choice: AttemptChoice): Report => ({ name: `getGradebook (${choice})`, run: (world) => getGradebook(world.teacher, world.classId, { choice }) });
  // The last assignment: one with flashcards too, like any other of the 50.
  const assignmentReport = (choice: AttemptChoice): Report => ({
    name: `getAssignmentReport (${choice})`,
    run: (world) => getAssignmentReport(world.teacher, world.assignmentIds.at(-1)!, { choice }),
  });
  return [gradebook("first"), gradebook("best"), assignmentReport("first"), assignmentReport("best")];
}

const id = (prefix: string, n: number) => `${prefix}${n.toString().padStart(5, "0")}${randomBytes(3).toString("hex")}`;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK) await write(rows.slice(start, start + CHUNK));
}

/** The class, written straight to the database (no content, no reviews): only what the reports read. */
async function fill(): Promise<World> {
  const { db } = await import("../../server/db/client");
  const client = db();
  const teacher = await client.user.create({ data: { username: id("bench-teacher-", 0), name: "Wanjiru Kamau", role: "teacher", passwordHash: "-" } });
  const students = Array.from({ length: STUDENTS }, (_, n) => ({ id: id("s", n), username: id("bench-student-", n), name: `Student ${n} Family${(n * 7) % STUDENTS}`, passwordHash: "-" }));
  await client.user.createMany({ data: students });
  const created = await client.class.create({ data: { name: "Bench class", teacherId: teacher.id, joinCode: randomBytes(4).toString("hex").toUpperCase() } });
  await client.membership.createMany({ data: students.map((student) => ({ classId: created.id, studentId: student.id })) });

  const itemIds = Array.from({ length: ASSIGNMENTS * QUESTIONS }, (_, n) => id("item-", n));
  await inChunks(
    itemIds.map((itemId) => ({
      id: itemId,
      version: "v1",
      type: "multiple-choice",
      prompt: `Question ${itemId}?`,
      difficulty: 2,
      // A whole item, as the assignment report reads it: the answers below choose "right" or "wrong".
      payload: { ...MULTIPLE_CHOICE, id: itemId, version: "v1", prompt: `Question ${itemId}?`, options: ["right", "wrong", "other"], answer: "right", factIds: [] },
    })),
    (data) => client.item.createMany({ data }),
  );
  const opensAt = new Date("2026-01-05T06:00:00Z");
  const assignments = Array.from({ length: ASSIGNMENTS }, (_, n) => ({
    id: id("a", n),
    classId: created.id,
    setSlug: "bench",
    itemIds: itemIds.slice(n * QUESTIONS, (n + 1) * QUESTIONS),
    title: `Quiz ${n + 1}`,
    // Every fifth assignment has flashcards too, so the cards' queries run.
    mode: n % 5 === 4 ? ("both" as const) : ("quiz" as const),
    opensAt,
    dueAt: new Date(opensAt.getTime() + (n + 1) * 86_400_000),
    timeZone: "Africa/Nairobi",
    questionCount: QUESTIONS,
    attemptsAllowed: 2,
    revealAnswers: "at-end",
    shuffle: false,
  }));
  await client.assignment.createMany({ data: assignments });

  const attempts: Array<{ id: string; studentId: string; assignmentId: string; setSlug: string; itemIds: string[]; startedAt: Date; finishedAt: Date; score: number }> = [];
  const answers: Array<{ attemptId: string; itemId: string; itemVersion: string; response: object; isCorrect: boolean; answeredAt: Date }> = [];
  students.forEach((student, s) => {
    assignments.forEach((assignment, a) => {
      for (let round = 0; round < (s % 4 === 0 ? 2 : 1); round++) {
        const startedAt = new Date(opensAt.getTime() + a * 86_400_000 + round * 3_600_000 + s * 60_000);
        const attemptId = id("t", attempts.length);
        let score = 0;
        assignment.itemIds.forEach((itemId, q) => {
          const isCorrect = (s * 31 + a * 17 + q * 7 + round * 5) % 10 < 4 + (s % 6);
          if (isCorrect) score += 1;
          answers.push({ attemptId, itemId, itemVersion: "v1", response: { type: "multiple-choice", choice: isCorrect ? "right" : "wrong" }, isCorrect, answeredAt: startedAt });
        });
        attempts.push({ id: attemptId, studentId: student.id, assignmentId: assignment.id, setSlug: "bench", itemIds: assignment.itemIds, startedAt, finishedAt: new Date(startedAt.getTime() + 600_000), score });
      }
    });
  });
  await inChunks(attempts, (data) => client.attempt.createMany({ data }));
  await inChunks(answers, (data) => client.attemptAnswer.createMany({ data }));
  console.log(`  filled: ${STUDENTS} students, ${ASSIGNMENTS} assignments × ${QUESTIONS} questions, ${attempts.length} finished attempts, ${answers.length} answers`);
  return { teacher: { id: teacher.id, name: teacher.name, username: teacher.username, role: "teacher" }, classId: created.id, assignmentIds: assignments.map((row) => row.id) };
}

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;

/** In the child: fill the database DATABASE_URL names and time each report. Exits 1 if one misses the target. */
async function child(runs: number) {
  const world = await fill();
  const { db } = await import("../../server/db/client");
  const baseline = await time(runs, () => db().user.count({ where: { id: world.teacher.id } }));
  console.log(`  ${"baseline: one trivial query".padEnd(34)} median ${ms(baseline.median).padStart(9)}   max ${ms(baseline.max).padStart(9)}`);
  let isOver = false;
  for (const report of await reports()) {
    const { median: middle, max } = await time(runs, () => report.run(world));
    isOver ||= middle > TARGET_MS;
    console.log(
      `  ${report.name.padEnd(34)} median ${ms(middle).padStart(9)}   max ${ms(max).padStart(9)}   ${(middle / baseline.median).toFixed(0)}× baseline   ${middle <= TARGET_MS ? "under" : "OVER"} ${TARGET_MS} ms`,
    );
  }
  await db().$disconnect();
  process.exit(isOver ? 1 : 0);
}

const args = process.argv.slice(2);
benchEachDatabase(import.meta.filename, args, parseRuns(args, 10, USAGE), child).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
