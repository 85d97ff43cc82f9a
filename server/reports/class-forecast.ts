import "server-only";
import { forecastRecall, type FactForecast, type ForecastCard } from "@/lib/reports/memory-forecast";
import { CARD_SELECT, cardFromRow, type SrsCard } from "@/lib/srs/card";
import { db } from "@/server/db/client";
import { itemIdsFrom } from "@/server/items/json-columns";

// What the class memory forecast reads (decision 012): the members, the facts
// of the items assigned to the class, every item of those facts (retired ones
// too: memory of a fact through a retired question is still memory), the
// members' cards of those items and their FSRS parameters. Five queries,
// whatever the size of the class. The caller has checked that the actor
// teaches the class.

export type ClassMember = { id: string; name: string; username: string; joinedAt: Date };

/** A fact in scope: its statement and its items, every one (`itemIds`), the class's (`assignedItemIds`) and those not retired (`currentItemIds`). */
export type ScopeFact = { factId: string; statement: string; itemIds: string[]; assignedItemIds: string[]; currentItemIds: string[] };

export type MemberCard = SrsCard & { userId: string; itemId: string };

export type ClassForecastData = {
  members: ClassMember[];
  /** Assignments of the class not withdrawn. */
  assignmentCount: number;
  /** In content order. */
  facts: ScopeFact[];
  /** Every member's cards of the facts' items. */
  cards: MemberCard[];
  /** Each member's personal FSRS parameters, when optimized. */
  parameters: Map<string, number[]>;
};

function numbers(value: unknown): number[] | null {
  return Array.isArray(value) && value.length > 0 && value.every((entry) => typeof entry === "number") ? (value as number[]) : null;
}

export async function readClassForecastData(classId: string): Promise<ClassForecastData> {
  const [memberRows, assignments] = await Promise.all([
    db().membership.findMany({
      where: { classId },
      select: { joinedAt: true, student: { select: { id: true, name: true, username: true } } },
      orderBy: [{ student: { name: "asc" } }, { student: { username: "asc" } }],
    }),
    db().assignment.findMany({ where: { classId, withdrawnAt: null }, select: { itemIds: true } }),
  ]);
  const members = memberRows.map(({ joinedAt, student }) => ({ ...student, joinedAt }));
  const assigned = [...new Set(assignments.flatMap((assignment) => itemIdsFrom(assignment.itemIds)))];
  const assignedSet = new Set(assigned);

  const factRows =
    assigned.length === 0
      ? []
      : await db().fact.findMany({
          where: { items: { some: { itemId: { in: assigned } } } },
          select: { id: true, statement: true, items: { select: { itemId: true, item: { select: { retiredAt: true } } } } },
          orderBy: { position: "asc" },
        });
  const facts = factRows.map((fact) => {
    const itemIds = fact.items.map((link) => link.itemId).sort();
    const current = new Set(fact.items.filter((link) => link.item.retiredAt === null).map((link) => link.itemId));
    return {
      factId: fact.id,
      statement: fact.statement,
      itemIds,
      assignedItemIds: itemIds.filter((id) => assignedSet.has(id)),
      currentItemIds: itemIds.filter((id) => current.has(id)),
    };
  });

  const studentIds = members.map((member) => member.id);
  const itemIds = [...new Set(facts.flatMap((fact) => fact.itemIds))];
  const [cardRows, settings] =
    studentIds.length === 0
      ? [[], []]
      : await Promise.all([
          itemIds.length === 0
            ? []
            : db().card.findMany({ where: { userId: { in: studentIds }, itemId: { in: itemIds } }, select: { userId: true, itemId: true, ...CARD_SELECT } }),
          db().learnerSettings.findMany({ where: { userId: { in: studentIds } }, select: { userId: true, parameters: true } }),
        ]);
  const parameters = new Map<string, number[]>();
  for (const row of settings) {
    const weights = numbers(row.parameters);
    if (weights) parameters.set(row.userId, weights);
  }
  return {
    members,
    assignmentCount: assignments.length,
    facts,
    cards: cardRows.map((row) => ({ ...cardFromRow(row), userId: row.userId, itemId: row.itemId })),
    parameters,
  };
}

/** The share of the class predicted to recall each fact at `at`, lowest first, with its statement (lib's forecastRecall). */
export function forecastOf(data: ClassForecastData, at: Date): Array<FactForecast & { statement: string }> {
  const statements = new Map(data.facts.map((fact) => [fact.factId, fact.statement]));
  const cards: ForecastCard[] = data.cards;
  return forecastRecall({
    students: data.members.map((member) => ({ studentId: member.id, parameters: data.parameters.get(member.id) ?? null })),
    facts: data.facts.map((fact) => ({ factId: fact.factId, itemIds: fact.itemIds })),
    cards,
    at,
  }).map((forecast) => ({ ...forecast, statement: statements.get(forecast.factId) ?? forecast.factId }));
}

/**
 * The items a review of these facts asks: each fact's items assigned to the
 * class and not retired; for a fact whose assigned items are all retired, its
 * current items (the question changed, the fact did not). In the facts'
 * order, each item once.
 */
export function reviewItemsOf(facts: readonly ScopeFact[]): string[] {
  const items = facts.flatMap((fact) => {
    const assigned = fact.assignedItemIds.filter((id) => fact.currentItemIds.includes(id));
    return assigned.length > 0 ? assigned : fact.currentItemIds;
  });
  return [...new Set(items)];
}
