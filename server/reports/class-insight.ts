import "server-only";
import { UserFacingError } from "@/lib/actions/result";
import { activityEvents, ACTIVITY_DAYS, classActivity, lastActiveAt, type ClassActivity } from "@/lib/reports/activity";
import { countOverdue, studentsBehind, type BehindStudent } from "@/lib/reports/behind";
import { checkForecastDay } from "@/lib/reports/forecast-day";
import { DEFAULT_FORECAST_THRESHOLD, factsBelow, type FactForecast } from "@/lib/reports/memory-forecast";
import { timeZoneOrUtc } from "@/lib/time/zone";
import type { SessionUser } from "@/server/auth/session";
import { findOwnClass } from "@/server/classes/access";
import { db } from "@/server/db/client";
import { forecastOf, readClassForecastData, reviewItemsOf, type ClassMember, type MemberCard } from "./class-forecast";

const DAY_MS = 86_400_000;

export type InsightFact = FactForecast & { statement: string };

export type ClassInsight = {
  classId: string;
  className: string;
  isArchived: boolean;
  timeZone: string;
  /** The forecast's day (YYYY-MM-DD in the time zone) and the instant it is for (its start). */
  day: string;
  at: Date;
  threshold: number;
  students: Array<Pick<ClassMember, "id" | "name" | "username">>;
  assignmentCount: number;
  /** Every fact of the items assigned to the class, lowest predicted share first. */
  facts: InsightFact[];
  /** The facts below the threshold, lowest first. */
  below: InsightFact[];
  /** The items a review assignment of the facts below would hold. */
  reviewItemCount: number;
  /** Some student has a reviewed card of a fact in scope. */
  hasStudied: boolean;
  behind: Array<BehindStudent & { name: string; username: string }>;
  activity: ClassActivity;
};

/**
 * What the class will remember on `day` (default: a week from today in the
 * teacher's zone), who has fallen behind and the last 30 days' activity, for
 * the class's teacher; NotFoundError for anyone else. A fixed number of
 * queries whatever the size of the class: five for the forecast (members,
 * assignments, facts with their items, cards, FSRS parameters) and three for
 * activity (review logs and quiz answers of the last 30 days, and each
 * student's latest review or quiz answer ever).
 */
export async function getClassInsight(actor: SessionUser, classId: string, options: { day?: string | null; timeZone: string }, now: Date): Promise<ClassInsight> {
  const found = await findOwnClass(actor, classId);
  const timeZone = timeZoneOrUtc(options.timeZone);
  const checked = checkForecastDay(options.day, now, timeZone);
  if (!checked.ok) throw new UserFacingError(checked.error, "day");

  const data = await readClassForecastData(classId);
  const studentIds = data.members.map((member) => member.id);
  const since = new Date(now.getTime() - (ACTIVITY_DAYS + 1) * DAY_MS);
  const [reviews, answers, latest] =
    studentIds.length === 0
      ? [[], [], []]
      : await Promise.all([
          db().reviewLog.findMany({
            where: { userId: { in: studentIds }, reviewedAt: { gte: since } },
            select: { userId: true, reviewedAt: true, origin: true, undoneAt: true },
          }),
          db().attemptAnswer.findMany({
            where: { answeredAt: { gte: since }, attempt: { studentId: { in: studentIds } } },
            select: { answeredAt: true, attempt: { select: { studentId: true } } },
          }),
          // Activity before the window: every quiz answer writes a review log (origin quiz) at the moment it is saved.
          db().reviewLog.groupBy({
            by: ["userId"],
            where: { userId: { in: studentIds }, OR: [{ origin: "quiz" }, { origin: "flashcard", undoneAt: null }] },
            _max: { reviewedAt: true },
          }),
        ]);

  const activityReviews = reviews.map((log) => ({ studentId: log.userId, reviewedAt: log.reviewedAt, origin: log.origin, undoneAt: log.undoneAt }));
  const activityAnswers = answers.flatMap(({ attempt, answeredAt }) => (attempt.studentId === null ? [] : [{ studentId: attempt.studentId, answeredAt }]));
  const activity = classActivity({ studentIds, reviews: activityReviews, answers: activityAnswers }, now, timeZone);
  const lastActive = lastActiveAt(activityEvents(activityReviews, activityAnswers));
  for (const row of latest) {
    const at = row._max.reviewedAt;
    const seen = lastActive.get(row.userId);
    if (at && (!seen || at > seen)) lastActive.set(row.userId, at);
  }

  // Overdue counts the cards of the class's assigned items that can still be reviewed (not retired).
  const reviewable = new Set(data.facts.flatMap((fact) => fact.assignedItemIds.filter((id) => fact.currentItemIds.includes(id))));
  const assignedCards = new Map<string, MemberCard[]>(studentIds.map((id) => [id, []]));
  for (const card of data.cards) if (reviewable.has(card.itemId)) assignedCards.get(card.userId)?.push(card);
  const behindRows = studentsBehind(
    data.members.map((member) => ({
      studentId: member.id,
      joinedAt: member.joinedAt,
      lastActiveAt: lastActive.get(member.id) ?? null,
      overdueCards: countOverdue(assignedCards.get(member.id) ?? [], now, timeZone),
    })),
    now,
    timeZone,
  );
  const byId = new Map(data.members.map((member) => [member.id, member]));

  const facts = forecastOf(data, checked.at);
  const belowIds = new Set(factsBelow(facts, DEFAULT_FORECAST_THRESHOLD).map((fact) => fact.factId));
  // Lowest first, as factsBelow orders them: `facts` already is.
  const below = facts.filter((fact) => belowIds.has(fact.factId));
  return {
    classId: found.id,
    className: found.name,
    isArchived: found.archivedAt !== null,
    timeZone,
    day: checked.day,
    at: checked.at,
    threshold: DEFAULT_FORECAST_THRESHOLD,
    students: data.members.map(({ id, name, username }) => ({ id, name, username })),
    assignmentCount: data.assignmentCount,
    facts,
    below,
    reviewItemCount: reviewItemsOf(data.facts.filter((fact) => belowIds.has(fact.factId))).length,
    hasStudied: facts.some((fact) => fact.studied > 0),
    behind: behindRows.map((row) => ({ ...row, name: byId.get(row.studentId)!.name, username: byId.get(row.studentId)!.username })),
    activity,
  };
}
