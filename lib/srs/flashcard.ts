// What a review session shows for an item, and what a device holds offline:
// plain JSON, so it can be stored and sent as is.
import { itemAnswerText, itemQuestionText } from "@/lib/quiz/describe";
import type { Item } from "@/lib/quiz/types";
import { formatInterval, RATINGS, RATING_LABEL, type Rating } from "./scheduler";

export type FlashcardSource = { outlet: string | null; title: string; titleIsSupplied: boolean; author: string | null; published: string | null; quote: string };

export type Flashcard = {
  /** The front: the item's question. */
  question: string;
  /** The back: the answer, why, and where it comes from. */
  answer: string;
  explanation: string;
  sources: FlashcardSource[];
};

export type IntervalButton = { rating: Rating; label: string; interval: string; due: string };

/** One card of the review queue. */
export type QueueEntry = {
  itemId: string;
  /** Never reviewed: counts against the day's new cards. */
  isNew: boolean;
  flashcard: Flashcard;
  /** The four buttons, Again to Easy, each with when the card would come back. */
  buttons: IntervalButton[];
};

export function flashcardOf(item: Item): Flashcard {
  return {
    question: itemQuestionText(item),
    answer: itemAnswerText(item),
    explanation: item.explanation,
    sources: item.sources.map(({ outlet, title, titleIsSupplied, author, published, quote }) => ({ outlet, title, titleIsSupplied, author, published, quote })),
  };
}

export function intervalButtons(preview: Record<Rating, Date>, now: Date): IntervalButton[] {
  return RATINGS.map((rating) => ({
    rating,
    label: RATING_LABEL[rating],
    interval: formatInterval(preview[rating].getTime() - now.getTime()),
    due: preview[rating].toISOString(),
  }));
}
