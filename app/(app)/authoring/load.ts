import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { orNotFound } from "../or-not-found";
import { requireTeacherUser } from "@/server/auth/session";
import { getOwnArticle } from "@/server/authoring/articles";
import { listOwnFacts } from "@/server/authoring/facts";
import { getTeacherSet } from "@/server/authoring/sets";

// Loaders shared by a page and its metadata (cached for one request): the
// signed-in teacher and their record, the sign-in page, or a 404 when the
// record does not exist or is not theirs.

export const loadOwnArticle = cache(async (slug: string) => {
  const user = await requireTeacherUser(`/authoring/articles/${encodeURIComponent(slug)}`);
  return { user, article: await orNotFound(getOwnArticle(user, slug)) };
});

export const loadOwnFact = cache(async (id: string) => {
  const user = await requireTeacherUser(`/authoring/facts/${encodeURIComponent(id)}`);
  const [fact] = await listOwnFacts(user, { factId: id });
  if (!fact) notFound();
  return { user, fact };
});

export const loadTeacherSet = cache(async (slug: string) => {
  const user = await requireTeacherUser(`/authoring/sets/${encodeURIComponent(slug)}`);
  return { user, set: await orNotFound(getTeacherSet(user, slug)) };
});
