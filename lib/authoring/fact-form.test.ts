import { describe, expect, it } from "vitest";
import { factSchema } from "@/lib/content/schema";
import { RAILWAY_REPORT } from "@/tests/factories/authoring-texts";
import { generateAuthored } from "./bank";
import { AUTHORED_TOPIC, disagreementQuestion, factFormSchema, factFromForm, formValuesOf } from "./fact-form";
import { storyEntities } from "./suggest";

const FORM = {
  article: "a_0123456789abcdef",
  statement: "Kenya offered to send 1,000 police officers to Haiti, Foreign Minister Alfred Mutua said.",
  kind: "claim",
  voice: "Foreign Minister Alfred Mutua",
  question: "According to Foreign Minister Alfred Mutua, how many police officers did Kenya offer to send to Haiti?",
  answerType: "number",
  answerValue: "1,000",
  answerNumber: "1,000",
  answerUnit: "police officers",
  aliases: "a thousand\n\n one thousand ",
  evidence: "Kenya offered on Wednesday to send 1,000 police officers to Haiti, Foreign Minister Alfred Mutua said.",
};

describe("the fact form", () => {
  it("becomes a fact in the content-file shape, which the content schema accepts", () => {
    const fact = factFromForm(factFormSchema.parse(FORM), "t-0123456789ab");
    expect(fact).toMatchObject({
      id: "t-0123456789ab",
      kind: "claim",
      claimant: "Foreign Minister Alfred Mutua",
      answer: { type: "number", value: "1,000", number: 1000, unit: "police officers", aliases: ["a thousand", "one thousand"] },
      topics: [AUTHORED_TOPIC],
      evidence: [{ article: FORM.article, quote: FORM.evidence }],
    });
    expect(factSchema.safeParse(fact).success).toBe(true);
  });

  it("gives back the values it was made from", () => {
    const values = formValuesOf(factFromForm(factFormSchema.parse(FORM), "t-0123456789ab"));
    expect(factFormSchema.parse(values)).toEqual(factFormSchema.parse(FORM));
  });

  it("adds a second source from another article as corroborating evidence", () => {
    const fact = factFromForm(factFormSchema.parse({ ...FORM, secondArticle: "a_fedcba9876543210", secondQuote: "Kenya said it would send 1,000 officers." }), "t-0123456789ab");
    expect(fact.evidence).toEqual([
      { article: FORM.article, quote: FORM.evidence },
      { article: "a_fedcba9876543210", quote: "Kenya said it would send 1,000 officers." },
    ]);
  });

  it.each([
    [{ statement: "  " }, "statement", "Write the fact as one sentence."],
    [{ voice: "" }, "voice", "Say who makes the claim."],
    [{ answerNumber: "many" }, "answerNumber", "Write the number in digits, such as 1000 or 2.5."],
    [{ answerUnit: "" }, "answerUnit", "Say what the number counts (officers, days…)."],
    [{ kind: "quote", quoteText: "" }, "quoteText", "Copy the quoted words."],
    [{ answerType: "date", answerDate: "" }, "answerDate", "Give the date as YYYY-MM-DD (or YYYY-MM, YYYY)."],
    [{ secondArticle: "a_fedcba9876543210" }, "secondQuote", "A second source needs both its article and its sentence."],
    [{ evidence: "" }, "evidence", "Select the sentence that says it: the evidence must be a quote from the article."],
  ])("refuses %o with a message on %s", (change, field, message) => {
    const result = factFormSchema.safeParse({ ...FORM, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: [field], message })]));
  });
});

describe("a second source that disagrees or is wrong", () => {
  const report = {
    slug: "a_1111111111111111",
    title: RAILWAY_REPORT.title,
    outlet: "Example Wire",
    author: null,
    published: RAILWAY_REPORT.published,
    kind: null,
    hash: "-",
    body: "Ghana opened a railway between Accra and Tema in November 2026. The line will carry 20,000 passengers a day.",
  };
  const other = {
    slug: "a_2222222222222222",
    title: "Tema line opens",
    outlet: "Coast Daily",
    author: null,
    published: "2026-11-13",
    kind: null,
    hash: "-",
    body: "The new Accra–Tema line will carry 25,000 passengers a day. Tickets go on sale in December 2026.",
  };
  const base = {
    article: report.slug,
    statement: "The Accra–Tema line will carry 20,000 passengers a day.",
    kind: "fact",
    question: "How many passengers a day will the Accra–Tema line carry?",
    answerType: "number",
    answerValue: "20,000",
    answerNumber: "20000",
    answerUnit: "passengers",
    evidence: "The line will carry 20,000 passengers a day.",
    secondArticle: other.slug,
    secondQuote: "The new Accra–Tema line will carry 25,000 passengers a day.",
    secondLabel: "25,000",
  };

  it("asks each source what it says, naming it as {source}", () => {
    expect(disagreementQuestion(base.question)).toBe("According to {source}, how many passengers a day will the Accra–Tema line carry?");
    expect(disagreementQuestion("According to the ministry, how many passengers will it carry?")).toBe("According to {source}, how many passengers will it carry?");
    const form = factFormSchema.parse({ ...base, secondRole: "disagrees", conflictQuestion: disagreementQuestion(base.question) });
    const fact = factFromForm(form, "t-0123456789ab");
    expect(fact.conflict).toMatchObject({ kind: "disagreement", sides: [{ label: "20,000", error: false }, { label: "25,000", error: false }] });
    const generated = generateAuthored([report, other], [fact], storyEntities([report.body, other.body]), { seed: "test" });
    expect(generated.problems).toEqual([]);
    expect(generated.items.some((item) => item.type === "sources-disagree")).toBe(true);
    expect(formValuesOf(fact)).toMatchObject({ secondRole: "disagrees", secondLabel: "25,000", secondArticle: other.slug });
  });

  it("records a source error with its correction", () => {
    const correction = "The line will carry 20,000 passengers a day, as Example Wire reports; Coast Daily's 25,000 is wrong.";
    const form = factFormSchema.parse({ ...base, secondRole: "second-wrong", conflictQuestion: base.question, correction });
    const fact = factFromForm(form, "t-0123456789ab");
    expect(fact.conflict).toMatchObject({ kind: "source-error", correction, sides: [{ error: false }, { label: "25,000", error: true }] });
    const generated = generateAuthored([report, other], [fact], storyEntities([report.body, other.body]), { seed: "test" });
    expect(generated.problems).toEqual([]);
  });

  it("needs what the other source says, a question naming {source} for a disagreement, and a correction for an error", () => {
    const issues = (change: Record<string, string>) => factFormSchema.safeParse({ ...base, ...change }).error?.issues.map((issue) => issue.path[0]);
    expect(issues({ secondRole: "disagrees", secondLabel: "", conflictQuestion: "How many?" })).toEqual(expect.arrayContaining(["secondLabel", "conflictQuestion"]));
    expect(issues({ secondRole: "second-wrong", conflictQuestion: base.question })).toEqual(["correction"]);
  });
});
