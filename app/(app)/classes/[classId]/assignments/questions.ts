import "server-only";
import { ITEM_TYPE_LABEL } from "@/lib/quiz/labels";
import { itemQuestionText } from "@/lib/quiz/describe";
import type { SessionUser } from "@/server/auth/session";
import { getTeacherSet, listTeacherSets } from "@/server/authoring/sets";
import { getSet } from "@/server/library/get-set";
import { listLibrary } from "@/server/library/list-library";
import type { QuestionOption, SetOption } from "./assignment-form";

/**
 * The sets the teacher may assign (the Library's, their own published sets
 * and those shared with them) for the form, and the questions of the one to
 * list: `wanted` (from the address) if it exists, else `fallback` (an edited
 * assignment's set), else the set of everything.
 */
export async function loadSetChoices(user: SessionUser, wanted: string | undefined, fallback?: string): Promise<{ sets: SetOption[]; setSlug: string; questions: QuestionOption[] }> {
  const [{ sets }, teacherSets] = await Promise.all([listLibrary(), listTeacherSets(user)]);
  const own = teacherSets
    .filter((set) => set.publishedAt !== null)
    .map(({ slug, title, isOwn, itemCount, ownerName }) => ({ slug, title: isOwn ? title : `${title} (shared by ${ownerName})`, kind: isOwn ? "own" : "shared", itemCount }));
  const options = [...sets.map(({ slug, title, kind, itemCount }) => ({ slug, title, kind, itemCount })), ...own];
  const firstChoice = options.find((set) => set.kind === "all") ?? options[0];
  const setSlug = [wanted, fallback].find((slug) => slug && options.some((set) => set.slug === slug)) ?? fallback ?? firstChoice?.slug ?? "";
  const isTeachers = own.some((set) => set.slug === setSlug);
  const set = !setSlug ? null : isTeachers ? await getTeacherSet(user, setSlug) : await getSet(setSlug);
  const questions = (set?.items ?? []).map((item) => ({ id: item.id, type: ITEM_TYPE_LABEL[item.type], text: itemQuestionText(item) }));
  return { sets: options, setSlug, questions };
}
