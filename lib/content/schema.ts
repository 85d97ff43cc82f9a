// The zod schemas of the content files: the shape of each node. Rules that
// span fields or files are checked after parsing, in the check-*.ts modules.
// The allowed values (FACT_KINDS, SIDES, ...) are the model's, in types.ts.
import { z } from "zod";
import { isIsoDate } from "@/lib/time/iso-date";
import {
  ARTICLE_KINDS,
  CONFLICT_ASKS,
  CONFLICT_KINDS,
  FACT_KINDS,
  ITEM_FORMATS,
  ORGANIZATION_TYPES,
  PERSON_STATUSES,
  PLACE_TYPES,
  PLAIN_ANSWER_TYPES,
  REGIONS,
  REVIEW_VERDICTS,
  SIDES,
} from "./types";

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const nonEmpty = z.string().refine((value) => value.trim() !== "", "must not be empty");

// An unquoted `2021` is read by YAML as a number; it is a valid year all the same.
const isoDate = z.preprocess(
  (value) => (Number.isInteger(value) ? String(value) : value),
  z.string().refine(isIsoDate, "must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
);

const aliasesSchema = z.array(nonEmpty).default([]);

const answerSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.enum(PLAIN_ANSWER_TYPES), value: nonEmpty, aliases: aliasesSchema }),
  z.strictObject({ type: z.literal("number"), value: nonEmpty, number: z.number(), unit: nonEmpty, aliases: aliasesSchema }),
  z.strictObject({ type: z.literal("money"), value: nonEmpty, amount: z.number(), currency: nonEmpty, aliases: aliasesSchema }),
  z.strictObject({ type: z.literal("date"), value: nonEmpty, date: isoDate, aliases: aliasesSchema }),
  z.strictObject({ type: z.literal("list"), items: z.array(nonEmpty).min(1), aliases: aliasesSchema }),
]);

const evidenceSchema = z.strictObject({ article: nonEmpty, quote: nonEmpty });

const conflictSchema = z.strictObject({
  kind: z.enum(CONFLICT_KINDS),
  about: nonEmpty,
  question: nonEmpty,
  asks: z.enum(CONFLICT_ASKS).optional(),
  correction: nonEmpty.optional(),
  note: nonEmpty.optional(),
  distractors: z.array(nonEmpty).default([]),
  sides: z.array(z.strictObject({ label: nonEmpty, error: z.boolean().default(false), evidence: z.array(evidenceSchema) })),
});

export const factSchema = z.strictObject({
  id: z.string().regex(KEBAB_CASE, "must be kebab-case"),
  statement: nonEmpty,
  kind: z.enum(FACT_KINDS),
  claimant: nonEmpty.optional(),
  speaker: nonEmpty.optional(),
  quote: nonEmpty.optional(),
  holder: nonEmpty.optional(),
  question: nonEmpty,
  answer: answerSchema,
  distractors: z.array(nonEmpty).default([]),
  false_variants: z.array(nonEmpty).default([]),
  accepted: z.array(nonEmpty).optional(),
  formats: z.array(z.enum(ITEM_FORMATS)).min(1).optional(),
  as_of: nonEmpty.optional(),
  topics: z.array(z.string().regex(KEBAB_CASE, "must be kebab-case")).min(1),
  difficulty: z.literal([1, 2, 3]),
  timeline: z.strictObject({ date: isoDate, event: nonEmpty }).optional(),
  evidence: z.array(evidenceSchema),
  conflict: conflictSchema.optional(),
});

const entityBase = {
  name: nonEmpty,
  aliases: aliasesSchema,
  takes_the: z.boolean().default(false),
  in_story: z.boolean().default(true),
};

export const entitiesSchema = z.strictObject({
  people: z.array(
    z.strictObject({
      ...entityBase,
      title: nonEmpty,
      country: nonEmpty.optional(),
      side: z.enum(SIDES),
      status: z.enum(PERSON_STATUSES).default("living"),
      evidence: z.array(evidenceSchema).default([]),
    }),
  ),
  organizations: z.array(
    z.strictObject({
      ...entityBase,
      type: z.enum(ORGANIZATION_TYPES),
      country: nonEmpty.optional(),
      side: z.enum(SIDES).optional(),
      description: nonEmpty.optional(),
      evidence: z.array(evidenceSchema).default([]),
    }),
  ),
  countries: z.array(z.strictObject({ ...entityBase, region: z.enum(REGIONS) })),
  places: z.array(z.strictObject({ ...entityBase, type: z.enum(PLACE_TYPES), country: nonEmpty.optional() })),
});

export const matchingSchema = z.array(
  z.strictObject({
    id: z.string().regex(KEBAB_CASE, "must be kebab-case"),
    prompt: nonEmpty,
    pairs: z.array(z.strictObject({ fact: nonEmpty, left: nonEmpty, right: nonEmpty })),
    extras: z.array(nonEmpty).min(1),
  }),
);

export const reviewsSchema = z.array(
  z.strictObject({ item: z.string().regex(/^[0-9a-f]{12}$/, "must be an item id (12 hex digits)"), verdict: z.enum(REVIEW_VERDICTS), reason: nonEmpty, by: nonEmpty.optional() }),
);

export const topicsSchema = z.array(z.strictObject({ slug: z.string().regex(KEBAB_CASE, "must be kebab-case"), title: nonEmpty }));

export const frontMatterSchema = z.strictObject({
  title: nonEmpty,
  title_supplied: z.boolean().default(false),
  outlet: nonEmpty.nullable(),
  cited_as: nonEmpty.optional(),
  author: nonEmpty.nullable(),
  republished_from: nonEmpty.optional(),
  published: isoDate,
  kind: z.enum(ARTICLE_KINDS),
  source_file: nonEmpty,
  hash: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits"),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export type EntitiesData = z.infer<typeof entitiesSchema>;

export type FactData = z.infer<typeof factSchema>;
