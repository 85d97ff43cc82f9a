import { describe, expect, it } from "vitest";
import { factSchema } from "@/lib/content/schema";
import { cardFact, cardImportTitle, cardQuestion, CARD_TOO_LONG } from "./card-facts";

const row = (term: string, definition: string) => ({ line: 2, term, definition });

describe("a card as a fact", () => {
  it("asks the front and types the back, with its row as the evidence", () => {
    const fact = cardFact(row("Capital of Kenya", "Nairobi"), "a_0123456789abcdef", "t-0123456789ab");
    expect(fact).toMatchObject({
      question: "What is “Capital of Kenya”?",
      answer: { type: "text", value: "Nairobi" },
      accepted: ["Nairobi"],
      formats: ["typed-answer"],
      evidence: [{ article: "a_0123456789abcdef", quote: "Capital of Kenya — Nairobi" }],
    });
    expect(factSchema.safeParse(fact).success).toBe(true);
  });

  it("keeps a front that is already a question", () => {
    expect(cardQuestion("Who leads the mission?")).toBe("Who leads the mission?");
  });

  it("asks the other way when the back is too long to type, and refuses a row with two long sides", () => {
    const long = "The police force that Kenya offered to lead in Haiti in 2023";
    expect(cardFact(row("MSS", long), "a_0123456789abcdef", "t-0123456789ab")).toMatchObject({ question: `Which term means “${long}”?`, answer: { value: "MSS" } });
    expect(cardFact(row(long, long), "a_0123456789abcdef", "t-0123456789ab")).toEqual({ error: CARD_TOO_LONG });
  });

  it("names the set after the file unless a title is typed", () => {
    expect(cardImportTitle(undefined, "haiti-terms.csv")).toBe("haiti-terms");
    expect(cardImportTitle("  Haiti words ", "x.csv")).toBe("Haiti words");
    expect(cardImportTitle("", ".csv")).toBe("Imported cards");
  });
});
