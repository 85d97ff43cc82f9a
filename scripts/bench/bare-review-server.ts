// The yardstick of the review benchmark: a bare Node http server that does
// the database work of one review POST and nothing else. It reads the card,
// schedules it with the same FSRS code (lib/srs/scheduler.ts), updates or
// creates it and appends the review log, in one transaction, with
// better-sqlite3 directly. No framework, no session (the learner's id comes
// in a header), no checks: how fast the same writes can go on this machine.
//
//   node --import tsx scripts/bench/bare-review-server.ts DATABASE_FILE PORT
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import Database from "better-sqlite3";
import { cardFromRow, cardToJson, type CardRow } from "../../lib/srs/card";
import { DEFAULT_RETENTION, newCard, review, type Rating } from "../../lib/srs/scheduler";

const [file, port] = process.argv.slice(2);
if (!file || !port) {
  console.error("usage: bare-review-server.ts DATABASE_FILE PORT");
  process.exit(2);
}

const database = new Database(file);
database.pragma("journal_mode = WAL");
database.pragma("busy_timeout = 5000");

/** Dates as the app's SQLite columns hold them (ISO 8601 text). */
const toColumn = (date: Date | null) => date?.toISOString() ?? null;

const findCard = database.prepare<[string, string], CardRow & { id: string; due: string; lastReview: string | null }>(
  'SELECT id, due, stability, fsrsDifficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview FROM "Card" WHERE userId = ? AND itemId = ?',
);
const updateCard = database.prepare(
  'UPDATE "Card" SET due = @due, stability = @stability, fsrsDifficulty = @fsrsDifficulty, elapsedDays = @elapsedDays, scheduledDays = @scheduledDays, learningSteps = @learningSteps, reps = @reps, lapses = @lapses, state = @state, lastReview = @lastReview WHERE id = @id',
);
const insertCard = database.prepare(
  'INSERT INTO "Card" (id, userId, itemId, due, stability, fsrsDifficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, createdAt) VALUES (@id, @userId, @itemId, @due, @stability, @fsrsDifficulty, @elapsedDays, @scheduledDays, @learningSteps, @reps, @lapses, @state, @lastReview, @createdAt)',
);
const insertLog = database.prepare(
  'INSERT INTO "ReviewLog" (id, userId, cardId, itemId, rating, origin, reviewedAt, receivedAt, cardBefore, state, stability, fsrsDifficulty, elapsedDays, scheduledDays) VALUES (@id, @userId, @cardId, @itemId, @rating, \'flashcard\', @reviewedAt, @receivedAt, @cardBefore, @state, @stability, @fsrsDifficulty, @elapsedDays, @scheduledDays)',
);

type Review = { reviewId: string; itemId: string; rating: Rating; reviewedAt: string };

const applyReview = database.transaction((userId: string, submitted: Review, now: Date) => {
  const row = findCard.get(userId, submitted.itemId);
  const reviewedAt = new Date(Math.min(new Date(submitted.reviewedAt).getTime(), now.getTime()));
  const before = row ? cardFromRow({ ...row, due: new Date(row.due), lastReview: row.lastReview ? new Date(row.lastReview) : null }) : newCard(reviewedAt);
  const { card: after, log } = review(before, submitted.rating, reviewedAt, { desiredRetention: DEFAULT_RETENTION });
  const columns = { ...after, due: toColumn(after.due), lastReview: toColumn(after.lastReview) };
  const cardId = row?.id ?? randomUUID();
  if (row) updateCard.run({ ...columns, id: cardId });
  else insertCard.run({ ...columns, id: cardId, userId, itemId: submitted.itemId, createdAt: toColumn(now) });
  insertLog.run({
    id: submitted.reviewId,
    userId,
    cardId,
    itemId: submitted.itemId,
    rating: submitted.rating,
    reviewedAt: toColumn(reviewedAt),
    receivedAt: toColumn(now),
    cardBefore: JSON.stringify(cardToJson(before)),
    state: log.state,
    stability: log.stability,
    fsrsDifficulty: log.fsrsDifficulty,
    elapsedDays: log.elapsedDays,
    scheduledDays: log.scheduledDays,
  });
  return after.due;
});

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    try {
      const userId = String(request.headers["x-user-id"]);
      const { reviews } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { reviews: Review[] };
      const now = new Date();
      const results = reviews.map((submitted) => ({ reviewId: submitted.reviewId, status: "stored", due: applyReview(userId, submitted, now).toISOString() }));
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ results }));
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  });
});
server.listen(Number(port), "127.0.0.1", () => console.log(`Ready on port ${port}.`));
