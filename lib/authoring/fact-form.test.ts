import { describe, expect, it } from "vitest";
import { factSchema } from "@/lib/content/schema";
import { AUTHORED_TOPIC, factFormSchema, factFromForm, formValuesOf } from "./fact-form";

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
