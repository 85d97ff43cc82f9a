import "server-only";
import { ITEM_TYPE_LABEL } from "@/lib/quiz/labels";
import { itemQuestionText } from "@/lib/quiz/describe";
import { getSet } from "@/server/library/get-set";
import { listLibrary } from "@/server/library/list-library";
import type { QuestionOption, SetOption } from "./assignment-form";

/**
 * The Library's sets for the form, and the questions of the one to list:
 * `wanted` (from the address) if it exists, else `fallback` (an edited
 * assignment's set), else the set of everything.
 */
export async function loadSetChoices(wanted: string | undefined, fallback?: string): Promise<{ sets: SetOption[]; setSlug: string; questions: QuestionOption[] }> {
  const { sets } = await listLibrary();
  const options = sets.map(({ slug, title, kind, itemCount }) => ({ slug, title, kind, itemCount }));
  const firstChoice = options.find((set) => set.kind === "all") ?? options[0];
  const setSlug = [wanted, fallback].find((slug) => slug && options.some((set) => set.slug === slug)) ?? fallback ?? firstChoice?.slug ?? "";
  const set = setSlug ? await getSet(setSlug) : null;
  const questions = (set?.items ?? []).map((item) => ({ id: item.id, type: ITEM_TYPE_LABEL[item.type], text: itemQuestionText(item) }));
  return { sets: options, setSlug, questions };
}
