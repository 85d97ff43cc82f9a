// The fact form: what a teacher types (or accepts from a draft) for one of
// their facts, and the content-file shape it becomes, which the shipped
// checker and generator read (lib/content/schema.ts factSchema).
import { z } from "zod";
import { FACT_KINDS, type FactKind } from "@/lib/content/types";
import type { FactDraft } from "./types";

/** The answer types a teacher's fact may have (a list is the content files' only). */
export const FORM_ANSWER_TYPES = ["person", "organization", "country", "place", "text", "number", "money", "date"] as const;
export type FormAnswerType = (typeof FORM_ANSWER_TYPES)[number];

export const FORM_ANSWER_TYPE_LABEL: Record<FormAnswerType, string> = {
  person: "A person",
  organization: "An organization",
  country: "A country",
  place: "A place",
  text: "Words from the text",
  number: "A number",
  money: "An amount of money",
  date: "A date",
};

/** What a second sentence from another of the teacher's articles does for the fact: says the same, says otherwise (the articles cannot settle it), or is wrong. */
export const SECOND_SOURCE_ROLES = ["corroborates", "disagrees", "second-wrong"] as const;
export type SecondSourceRole = (typeof SECOND_SOURCE_ROLES)[number];

export const SECOND_SOURCE_ROLE_LABEL: Record<SecondSourceRole, string> = {
  corroborates: "says the same",
  disagrees: "says otherwise, and the articles cannot settle it",
  "second-wrong": "is wrong, and this article is right",
};

/** A disagreement's question names each source as {source}: "According to the ministry, how many …?" → "According to {source}, how many …?". */
export function disagreementQuestion(question: string): string {
  if (question.includes("{source}")) return question;
  const according = /^According to [^,]+,\s*(.+)$/.exec(question);
  const rest = according ? according[1]! : question.charAt(0).toLowerCase() + question.slice(1);
  return `According to {source}, ${rest}`;
}

const MAX_FIELD = 1_000;
const MAX_LIST = 20;

const text = (message: string, max = MAX_FIELD) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, `Keep it under ${max.toLocaleString("en-US")} characters.`);

const optionalText = (max = MAX_FIELD) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${max.toLocaleString("en-US")} characters.`)
    .optional()
    .transform((value) => (value ? value : undefined));

/** One entry per line, blank lines dropped. */
const lines = z
  .string()
  .optional()
  .transform((value) => (value ?? "").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ""))
  .refine((list) => list.length <= MAX_LIST, `At most ${MAX_LIST} lines.`)
  .refine((list) => list.every((line) => line.length <= 300), "Keep each line under 300 characters.");

const number = z
  .string()
  .optional()
  .transform((value, context) => {
    if (value === undefined || value.trim() === "") return undefined;
    const parsed = Number(value.replace(/,/g, ""));
    if (!Number.isFinite(parsed)) {
      context.addIssue({ code: "custom", message: "Write the number in digits, such as 1000 or 2.5." });
      return z.NEVER;
    }
    return parsed;
  });

export const factFormSchema = z
  .object({
    article: text("Choose the article the fact comes from.", 40),
    statement: text("Write the fact as one sentence."),
    kind: z.enum(FACT_KINDS, { error: "Choose what kind of statement it is." }),
    voice: optionalText(200),
    quoteText: optionalText(),
    question: text("Write the question.", 500),
    answerType: z.enum(FORM_ANSWER_TYPES, { error: "Choose what kind of answer it is." }),
    answerValue: text("Write the answer as the article says it.", 300),
    answerNumber: number,
    answerUnit: optionalText(100),
    answerCurrency: optionalText(3),
    answerDate: optionalText(10),
    aliases: lines,
    accepted: lines,
    distractors: lines,
    falseVariants: lines,
    evidence: text("Select the sentence that says it: the evidence must be a quote from the article."),
    secondArticle: optionalText(40),
    secondQuote: optionalText(),
    secondRole: z.enum(SECOND_SOURCE_ROLES).default("corroborates"),
    secondLabel: optionalText(300),
    conflictQuestion: optionalText(500),
    correction: optionalText(),
  })
  .superRefine((form, context) => {
    const need = (field: keyof typeof form, message: string) => {
      if (form[field] === undefined) context.addIssue({ code: "custom", path: [field], message });
    };
    if (form.kind !== "fact") need("voice", `Say who ${form.kind === "claim" ? "makes the claim" : form.kind === "quote" ? "said it" : "holds the opinion"}.`);
    if (form.kind === "quote") need("quoteText", "Copy the quoted words.");
    if (form.answerType === "number") {
      need("answerNumber", "Write the number in digits.");
      need("answerUnit", "Say what the number counts (officers, days…).");
    }
    if (form.answerType === "money") {
      need("answerNumber", "Write the amount in digits.");
      need("answerCurrency", "Give the currency code, such as USD.");
    }
    if (form.answerType === "date") need("answerDate", "Give the date as YYYY-MM-DD (or YYYY-MM, YYYY).");
    if ((form.secondArticle === undefined) !== (form.secondQuote === undefined)) {
      context.addIssue({ code: "custom", path: ["secondQuote"], message: "A second source needs both its article and its sentence." });
    }
    if (form.secondArticle !== undefined && form.secondRole !== "corroborates") {
      need("secondLabel", "Say what the other article says instead.");
      need("conflictQuestion", "Write the question the conflict asks.");
      if (form.secondRole === "disagrees" && form.conflictQuestion !== undefined && !form.conflictQuestion.includes("{source}")) {
        context.addIssue({ code: "custom", path: ["conflictQuestion"], message: "Name the source as {source}: the question is asked of each article." });
      }
      if (form.secondRole === "second-wrong") need("correction", "Say what is right and which article is wrong.");
    }
  });

export type FactForm = z.output<typeof factFormSchema>;

const VOICE_FIELD: Record<Exclude<FactKind, "fact">, string> = { claim: "claimant", quote: "speaker", opinion: "holder" };

/** Every teacher's fact is of one topic and of middling difficulty: neither is theirs to curate. */
export const AUTHORED_TOPIC = "own";
export const AUTHORED_DIFFICULTY = 2;

/** The fact the form describes, in the content-file shape, with its id. */
export function factFromForm(form: FactForm, id: string): Record<string, unknown> {
  const answer = (() => {
    const base = { value: form.answerValue, aliases: form.aliases };
    switch (form.answerType) {
      case "number":
        return { type: "number", ...base, number: form.answerNumber, unit: form.answerUnit };
      case "money":
        return { type: "money", ...base, amount: form.answerNumber, currency: form.answerCurrency?.toUpperCase() };
      case "date":
        return { type: "date", ...base, date: form.answerDate };
      default:
        return { type: form.answerType, ...base };
    }
  })();
  const evidence = [{ article: form.article, quote: form.evidence }];
  const second = form.secondArticle && form.secondQuote ? { article: form.secondArticle, quote: form.secondQuote } : null;
  if (second && form.secondRole === "corroborates") evidence.push(second);
  const conflict =
    second && form.secondRole !== "corroborates"
      ? {
          kind: form.secondRole === "disagrees" ? "disagreement" : "source-error",
          about: form.question.replace(/\?$/, ""),
          question: form.conflictQuestion,
          ...(form.secondRole === "second-wrong" ? { correction: form.correction } : {}),
          sides: [
            { label: form.answerValue, error: false, evidence: [evidence[0]] },
            { label: form.secondLabel, error: form.secondRole === "second-wrong", evidence: [second] },
          ],
        }
      : null;
  return {
    id,
    statement: form.statement,
    kind: form.kind,
    ...(form.kind === "fact" || form.voice === undefined ? {} : { [VOICE_FIELD[form.kind]]: form.voice }),
    ...(form.kind === "quote" && form.quoteText ? { quote: form.quoteText } : {}),
    question: form.question,
    answer,
    distractors: form.distractors,
    false_variants: form.falseVariants,
    ...(form.accepted.length > 0 ? { accepted: form.accepted } : {}),
    topics: [AUTHORED_TOPIC],
    difficulty: AUTHORED_DIFFICULTY,
    evidence,
    ...(conflict ? { conflict } : {}),
  };
}

/** The form's fields for a stored fact (content-file shape), to edit it. */
export type FactFormValues = Record<keyof z.input<typeof factFormSchema>, string>;

export function formValuesOf(fact: Record<string, unknown>): FactFormValues {
  const answer = (fact.answer ?? {}) as Record<string, unknown>;
  const evidence = (Array.isArray(fact.evidence) ? fact.evidence : []) as { article?: string; quote?: string }[];
  const list = (value: unknown) => (Array.isArray(value) ? value.join("\n") : "");
  const kind = (fact.kind as FactKind) ?? "fact";
  const voice = kind === "fact" ? "" : String(fact[VOICE_FIELD[kind]] ?? "");
  const amount = answer.type === "money" ? answer.amount : answer.number;
  const conflict = (fact.conflict ?? null) as { kind?: string; question?: string; correction?: string; sides?: { label?: string; evidence?: { article?: string; quote?: string }[] }[] } | null;
  const otherSide = conflict?.sides?.[1];
  return {
    article: evidence[0]?.article ?? "",
    statement: String(fact.statement ?? ""),
    kind,
    voice,
    quoteText: String(fact.quote ?? ""),
    question: String(fact.question ?? ""),
    answerType: String(answer.type ?? "text"),
    answerValue: String(answer.value ?? ""),
    answerNumber: amount === undefined ? "" : String(amount),
    answerUnit: String(answer.unit ?? ""),
    answerCurrency: String(answer.currency ?? ""),
    answerDate: String(answer.date ?? ""),
    aliases: list(answer.aliases),
    accepted: list(fact.accepted),
    distractors: list(fact.distractors),
    falseVariants: list(fact.false_variants),
    evidence: evidence[0]?.quote ?? "",
    secondArticle: otherSide?.evidence?.[0]?.article ?? evidence[1]?.article ?? "",
    secondQuote: otherSide?.evidence?.[0]?.quote ?? evidence[1]?.quote ?? "",
    secondRole: conflict ? (conflict.kind === "disagreement" ? "disagrees" : "second-wrong") : "corroborates",
    secondLabel: otherSide?.label ?? "",
    conflictQuestion: conflict?.question ?? "",
    correction: conflict?.correction ?? "",
  };
}

/** The form's fields for a draft of a selection of `article`. */
export function formValuesOfDraft(article: string, draft: FactDraft, quoteText: string | null): FactFormValues {
  return formValuesOf({
    statement: draft.statement,
    kind: draft.kind,
    ...(draft.kind === "fact" ? {} : { [VOICE_FIELD[draft.kind]]: draft.voice ?? "" }),
    ...(quoteText ? { quote: quoteText } : {}),
    question: draft.question,
    answer: draft.answer,
    evidence: [{ article, quote: draft.evidence.quote }],
  });
}
