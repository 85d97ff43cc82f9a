import "server-only";
import { UserFacingError } from "@/lib/actions/result";
import { QUESTION_COUNT_MAX, type AssignmentInput } from "@/lib/classes/assignment";
import { checkForecastDay } from "@/lib/reports/forecast-day";
import { DEFAULT_FORECAST_THRESHOLD, factsBelow } from "@/lib/reports/memory-forecast";
import { percent } from "@/lib/progress/describe";
import { longDayLabel } from "@/lib/time/calendar";
import { timeZoneOrUtc } from "@/lib/time/zone";
import { createAssignment } from "@/server/assignments/manage-assignment";
import { assignableSetWhere } from "@/server/authoring/sets";
import type { SessionUser } from "@/server/auth/session";
import { findOwnClass } from "@/server/classes/access";
import { db } from "@/server/db/client";
import { forecastOf, readClassForecastData, reviewItemsOf } from "./class-forecast";

/**
 * The set an assignment of these items names: the smallest set that holds
 * them all (one article's or topic's when the facts come from one), else
 * "Everything". An assignment names one set; its item list is what is asked.
 */
async function setHolding(actor: SessionUser, itemIds: string[]): Promise<string> {
  const sets = await db().itemSet.findMany({
    where: { items: { some: { itemId: { in: itemIds } } }, ...assignableSetWhere(actor) },
    select: { slug: true, position: true, _count: { select: { items: true } }, items: { where: { itemId: { in: itemIds } }, select: { itemId: true } } },
  });
  const holding = sets
    .filter((set) => set.items.length === itemIds.length)
    .sort((a, b) => a._count.items - b._count.items || a.position - b.position);
  if (!holding[0]) throw new UserFacingError("Those questions are no longer in the Library, so they cannot be assigned.");
  return holding[0].slug;
}

/**
 * A flashcards assignment of exactly the facts the forecast puts below 70%
 * on `day` (recomputed here, not taken from the page): their items assigned
 * to the class (reviewItemsOf), open now and due at the start of that day in
 * the teacher's zone, titled "Review before Tue, Mar 17". Made through
 * createAssignment, which checks the class and the items again.
 */
export async function createForecastReview(
  actor: SessionUser,
  classId: string,
  options: { day: string; timeZone: string },
  now: Date,
): Promise<{ id: string; factCount: number; itemCount: number }> {
  await findOwnClass(actor, classId, { isWrite: true });
  const timeZone = timeZoneOrUtc(options.timeZone);
  const checked = checkForecastDay(options.day, now, timeZone, { isDueDay: true });
  if (!checked.ok) throw new UserFacingError(checked.error, "day");

  const data = await readClassForecastData(classId);
  const below = new Set(factsBelow(forecastOf(data, checked.at), DEFAULT_FORECAST_THRESHOLD).map((fact) => fact.factId));
  const by = `${percent(DEFAULT_FORECAST_THRESHOLD)} by ${longDayLabel(checked.day)}`;
  if (below.size === 0) throw new UserFacingError(`No fact is predicted below ${by}: there is nothing to review.`);
  const itemIds = reviewItemsOf(data.facts.filter((fact) => below.has(fact.factId)));
  if (itemIds.length === 0) throw new UserFacingError(`The facts below ${by} have no current questions to review.`);

  const input: AssignmentInput = {
    setSlug: await setHolding(actor, itemIds),
    itemIds,
    title: `Review before ${longDayLabel(checked.day)}`,
    mode: "flashcards",
    opensAt: now,
    dueAt: checked.at,
    timeZone,
    questionCount: Math.min(itemIds.length, QUESTION_COUNT_MAX),
    attemptsAllowed: 1,
    revealAnswers: "after-each",
    shuffle: false,
  };
  const { id } = await createAssignment(actor, classId, input);
  return { id, factCount: below.size, itemCount: itemIds.length };
}
