import type { ReactNode } from "react";
import { itemQuestionText } from "@/lib/quiz/describe";
import { ITEM_TYPE_LABEL } from "@/lib/quiz/labels";
import type { Item } from "@/lib/quiz/types";

/** A question in a list: its type, its text, and what the page adds below (the answer, the facts it comes from). */
export function ItemSummary({ item, children }: { item: Item; children?: ReactNode }) {
  return (
    <>
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{ITEM_TYPE_LABEL[item.type]}</p>
      <p>{itemQuestionText(item)}</p>
      {children}
    </>
  );
}
