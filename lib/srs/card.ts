// A flashcard's memory state: its fields, named as the Card columns are,
// written once here; the row and JSON forms and the Prisma select derive
// from the list.

export const CARD_STATE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
/** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs's states). */
export type CardState = (typeof CARD_STATE)[keyof typeof CARD_STATE];

/** A card's memory state. */
export type SrsCard = {
  due: Date;
  stability: number;
  fsrsDifficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: Date | null;
};

export const CARD_FIELDS = ["due", "stability", "fsrsDifficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"] as const satisfies readonly (keyof SrsCard)[];
export type CardField = (typeof CARD_FIELDS)[number];
// Every field of SrsCard is listed: this fails to compile when one is added to the type only.
const everyField: Record<Exclude<keyof SrsCard, CardField>, never> = {};
void everyField;

/** The Card columns a card's state is stored in, as the database gives them back. */
export type CardRow = Omit<SrsCard, "state"> & { state: number };

/** The Prisma select of those columns. */
export const CARD_SELECT = Object.fromEntries(CARD_FIELDS.map((field) => [field, true])) as { readonly [K in CardField]: true };

function isCardState(value: number): value is CardState {
  return Object.values(CARD_STATE).includes(value as CardState);
}

/** A row (which may carry other columns: id, userId...) → the card; an unknown state reads as new. */
export function cardFromRow(row: CardRow): SrsCard {
  return {
    ...pick(row),
    due: new Date(row.due),
    state: isCardState(row.state) ? row.state : CARD_STATE.new,
    lastReview: row.lastReview ? new Date(row.lastReview) : null,
  };
}

/** The card's columns, for a create or an update. */
export function cardToRow(card: SrsCard): CardRow {
  return pick(card);
}

function pick<T extends CardRow>(source: T): CardRow {
  return Object.fromEntries(CARD_FIELDS.map((field) => [field, source[field]])) as CardRow;
}

/** A card as JSON (ReviewLog.cardBefore): dates as ISO strings. */
export type CardJson = Omit<CardRow, "due" | "lastReview"> & { due: string; lastReview: string | null };

export function cardToJson(card: SrsCard): CardJson {
  return { ...cardToRow(card), due: card.due.toISOString(), lastReview: card.lastReview?.toISOString() ?? null };
}

export function cardFromJson(json: CardJson): SrsCard {
  return cardFromRow({ ...json, due: new Date(json.due), lastReview: json.lastReview ? new Date(json.lastReview) : null });
}
