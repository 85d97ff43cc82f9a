import "server-only";
import type { Answer } from "@/lib/content/types";
import type { Item } from "@/lib/quiz/types";
import { db } from "@/server/db/client";
import { itemFromPayload } from "@/server/items/json-columns";

export type FactSource = {
  evidenceId: number;
  quote: string;
  side: string | null;
  /** For a source error: this side is the mistake. */
  sideIsError: boolean;
  article: { slug: string; title: string; titleIsSupplied: boolean; outlet: string | null; author: string | null; published: string | null; kind: string | null };
};

export type FactDetail = {
  id: string;
  statement: string;
  kind: string;
  voice: string | null;
  question: string;
  answer: Answer;
  topics: string[];
  difficulty: number;
  timelineDate: string | null;
  timelineEvent: string | null;
  conflictAbout: string | null;
  /** disagreement | source-error */
  conflictKind: "disagreement" | "source-error" | null;
  conflictCorrection: string | null;
  conflictNote: string | null;
  sources: FactSource[];
  items: Item[];
};

/** A fact with its sources (supporting evidence and each side of a conflict) and its current items. Public. */
export async function getFact(id: string): Promise<FactDetail | null> {
  const fact = await db().fact.findFirst({
    where: { id, ownerId: null },
    select: {
      id: true,
      statement: true,
      kind: true,
      voice: true,
      question: true,
      answer: true,
      topics: true,
      difficulty: true,
      timelineDate: true,
      timelineEvent: true,
      conflictAbout: true,
      conflictKind: true,
      conflictCorrection: true,
      conflictNote: true,
      evidence: {
        select: {
          id: true,
          quote: true,
          side: true,
          sideIsError: true,
          article: { select: { slug: true, title: true, titleIsSupplied: true, outlet: true, author: true, published: true, kind: true } },
        },
        orderBy: { position: "asc" },
      },
      items: { where: { item: { retiredAt: null } }, select: { item: { select: { payload: true } } } },
    },
  });
  if (!fact) return null;
  const { evidence, items, answer, topics, conflictKind, ...rest } = fact;
  return {
    ...rest,
    conflictKind: conflictKind === "disagreement" || conflictKind === "source-error" ? conflictKind : null,
    answer: answer as unknown as Answer,
    topics: topics as unknown as string[],
    sources: evidence.map(({ id: evidenceId, ...source }) => ({ evidenceId, ...source })),
    items: items.map(({ item }) => itemFromPayload(item.payload)).sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id)),
  };
}
