"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { articleMetaSchema } from "@/lib/authoring/article-meta";
import { factFormSchema } from "@/lib/authoring/fact-form";
import { MAX_UPLOAD_BYTES } from "@/lib/authoring/ingest";
import { MAX_IMPORT_BYTES } from "@/lib/authoring/csv-import";
import { formDataOf, userAction } from "@/server/actions/action";
import { addArticle, deleteOwnArticle } from "@/server/authoring/articles";
import { deleteOwnFact, editOwnExplanation, previewOwnFact, rejectOwnItem, restoreOwnItem, saveOwnFact } from "@/server/authoring/facts";
import { importCards } from "@/server/authoring/import-cards";
import { createOwnSet, publishOwnSet, shareOwnSet, unshareOwnSet } from "@/server/authoring/sets";

const slugSchema = z.string().min(1).max(64);
const idSchema = z.string().min(1).max(64);

/** An uploaded file from the form, read into memory; none when the input was left empty. */
async function fileOf(formData: FormData, name: string): Promise<{ name: string; bytes: Uint8Array } | undefined> {
  const value = formData.get(name);
  if (!(value instanceof File) || value.size === 0) return undefined;
  return { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
}

/** The form's text fields as an object (a key sent several times is a list), for an action that also reads a file. */
function textFields(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((value): value is string => typeof value === "string");
    if (values.length > 0) object[key] = values.length > 1 ? values : values[0];
  }
  return object;
}

const fileSchema = z.object({ name: z.string().max(255), bytes: z.instanceof(Uint8Array) }).optional();

const addArticleSchema = articleMetaSchema.extend({
  text: z.string().max(MAX_UPLOAD_BYTES, "The pasted text is over 5 MB.").optional(),
  file: fileSchema,
});

const add = userAction(addArticleSchema, async ({ text, file, ...meta }, user) =>
  addArticle(user, file ? { kind: "file", name: file.name, bytes: file.bytes } : { kind: "text", text: text ?? "" }, meta),
);

/** Adds an article from the pasted text or the uploaded file, then opens it. */
export async function addArticleAction(input: FormData): Promise<ActionResult<{ slug: string }>> {
  const formData = formDataOf(input);
  const result = await add({ ...textFields(formData), file: await fileOf(formData, "file") });
  if (!result.ok) return result;
  revalidatePath("/authoring");
  redirect(`/authoring/articles/${encodeURIComponent(result.data.slug)}`);
}

const deleteArticle = userAction(z.object({ slug: slugSchema }), async ({ slug }, user) => deleteOwnArticle(user, slug));

/** Deletes the article with its facts, then goes back to the list. */
export async function deleteArticleAction(input: FormData): Promise<ActionResult<unknown>> {
  const formData = formDataOf(input);
  const result = await deleteArticle(formData);
  if (!result.ok) return result;
  revalidatePath("/authoring", "layout");
  redirect("/authoring");
}

/** "Preview the questions": what the form's fact would give, nothing saved. */
export const previewFactAction = userAction(factFormSchema.and(z.object({ factId: idSchema.optional() })), async ({ factId, ...form }, user) =>
  previewOwnFact(user, form, factId),
);

const save = userAction(factFormSchema.and(z.object({ factId: idSchema.optional() })), async ({ factId, ...form }, user) =>
  saveOwnFact(user, form, factId ? { id: factId } : {}),
);

/** Saves the fact and goes back to its article, which says what the change did to learners' cards. */
export async function saveFactAction(input: FormData): Promise<ActionResult<unknown>> {
  const formData = formDataOf(input);
  const result = await save(formData);
  if (!result.ok) return result;
  const { factId, affectedStudents, correctionCards } = result.data;
  const article = String(formData.get("article"));
  revalidatePath("/authoring", "layout");
  redirect(`/authoring/articles/${encodeURIComponent(article)}?saved=${factId}&affected=${affectedStudents}&corrected=${correctionCards}#facts`);
}

const removeFact = userAction(z.object({ factId: idSchema, article: slugSchema }), async ({ factId }, user) => deleteOwnFact(user, factId));

export async function deleteFactAction(input: FormData): Promise<ActionResult<unknown>> {
  const formData = formDataOf(input);
  const result = await removeFact(formData);
  if (!result.ok) return result;
  revalidatePath("/authoring", "layout");
  redirect(`/authoring/articles/${encodeURIComponent(String(formData.get("article")))}?deleted=1&affected=${result.data.affectedStudents}#facts`);
}

export const rejectItemAction = userAction(z.object({ itemId: idSchema }), async ({ itemId }, user) => {
  const report = await rejectOwnItem(user, itemId);
  revalidatePath("/authoring", "layout");
  return report;
});

export const restoreItemAction = userAction(z.object({ itemId: idSchema }), async ({ itemId }, user) => {
  const report = await restoreOwnItem(user, itemId);
  revalidatePath("/authoring", "layout");
  return report;
});

export const editExplanationAction = userAction(z.object({ itemId: idSchema, explanation: z.string().max(2_000).default("") }), async ({ itemId, explanation }, user) => {
  const report = await editOwnExplanation(user, itemId, explanation);
  revalidatePath("/authoring", "layout");
  return report;
});

export const publishSetAction = userAction(z.object({ setSlug: slugSchema }), async ({ setSlug }, user) => {
  await publishOwnSet(user, setSlug);
  revalidatePath("/authoring", "layout");
});

export const shareSetAction = userAction(z.object({ setSlug: slugSchema, username: z.string().max(100).default("") }), async ({ setSlug, username }, user) => {
  const shared = await shareOwnSet(user, setSlug, username);
  revalidatePath("/authoring", "layout");
  return shared;
});

export const unshareSetAction = userAction(z.object({ setSlug: slugSchema, teacherId: idSchema }), async ({ setSlug, teacherId }, user) => {
  await unshareOwnSet(user, setSlug, teacherId);
  revalidatePath("/authoring", "layout");
});

const createSet = userAction(
  z.object({ title: z.string().max(500).default(""), factIds: z.union([idSchema, z.array(idSchema)]).default([]).transform((ids) => (Array.isArray(ids) ? ids : [ids])) }),
  async ({ title, factIds }, user) => createOwnSet(user, { title, factIds }),
);

export async function createSetAction(input: FormData): Promise<ActionResult<{ slug: string }>> {
  const formData = formDataOf(input);
  const result = await createSet(formData);
  if (!result.ok) return result;
  revalidatePath("/authoring");
  redirect(`/authoring/sets/${encodeURIComponent(result.data.slug)}`);
}

const importSchema = z.object({
  title: z.string().max(500).optional(),
  text: z.string().max(MAX_IMPORT_BYTES, "The pasted cards are over 2 MB: split them into smaller files.").optional(),
  delimiter: z.enum(["auto", ",", "\t", ";"]).default("auto"),
  file: fileSchema,
});

const importFile = userAction(importSchema, async ({ title, text, delimiter, file }, user) => {
  const content = file ? new TextDecoder("utf-8", { fatal: false }).decode(file.bytes) : (text ?? "");
  const report = await importCards(user, { fileName: file?.name ?? "pasted cards", text: content, title, ...(delimiter === "auto" ? {} : { delimiter }) });
  revalidatePath("/authoring");
  return report;
});

/** Imports the uploaded (or pasted) cards: the page then shows what imported and the bad lines. */
export async function importCardsAction(input: FormData) {
  const formData = formDataOf(input);
  return importFile({ ...textFields(formData), file: await fileOf(formData, "file") });
}
