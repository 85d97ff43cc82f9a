import { describe, expect, it } from "vitest";
import { NEWS_REPORT, OPINION_PIECE, PRESS_STATEMENT } from "@/tests/factories/authoring-texts";
import { readBody, splitSentences } from "./sentences";

function firstWords(texts: { text: string }[], count = 3): string[] {
  return texts.map((sentence) => sentence.text.split(/\s+/).slice(0, count).join(" "));
}

describe("splitSentences", () => {
  it("keeps the dateline, Mr. and U.S. inside their sentences, with exact offsets", () => {
    const sentences = splitSentences(NEWS_REPORT.body);
    expect(firstWords(sentences)).toEqual(["NAIROBI, Kenya (AP)", "Mr. Mutua spoke", "The U.S. State", "“We will not", "The force would", "A dozen officers"]);
    for (const sentence of sentences) expect(NEWS_REPORT.body.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences[0]!.text).toBe("NAIROBI, Kenya (AP) — Kenya offered on Wednesday to send 1,000 police officers to Haiti, Foreign Minister Alfred Mutua said.");
    expect(sentences[1]).toEqual({ start: 126, end: 185, text: "Mr. Mutua spoke after meeting U.S. officials in Washington." });
    expect(sentences[4]!.text).toBe("The force would arrive by September 25, 2023, according to the U.N.");
  });

  it("splits a press statement and an opinion piece exactly", () => {
    const press = splitSentences(PRESS_STATEMENT.body);
    expect(firstWords(press, 2)).toEqual(["GENEVA —", "The appeal", "Rice prices", "The agency"]);
    const opinion = splitSentences(OPINION_PIECE.body);
    expect(firstWords(opinion, 2)).toEqual(["The world", "We believe", "In my", "Leaders ought", "The United", "It is"]);
    for (const [body, sentences] of [[PRESS_STATEMENT.body, press], [OPINION_PIECE.body, opinion]] as const) {
      for (const sentence of sentences) {
        expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expect(sentence.text).toBe(sentence.text.trim());
      }
    }
  });

  it("ends a sentence at every line break, even without a full stop", () => {
    const body = "  Haiti asks for help\nKenya answers.\n\n\nThe U.N. agrees  \n";
    expect(splitSentences(body)).toEqual([
      { start: 2, end: 21, text: "Haiti asks for help" },
      { start: 22, end: 36, text: "Kenya answers." },
      { start: 39, end: 54, text: "The U.N. agrees" },
    ]);
  });

  it("gives no sentence for an empty or blank body", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n ")).toEqual([]);
  });

  it("gives tokens and wink's entities with offsets into the body", () => {
    const { tokens, entities } = readBody(NEWS_REPORT.body);
    for (const token of tokens) expect(NEWS_REPORT.body.slice(token.start, token.end)).toBe(token.text);
    const money = entities.find((entity) => entity.type === "MONEY")!;
    expect(money.text).toBe("$10 million");
    expect(NEWS_REPORT.body.slice(money.start, money.end)).toBe("$10 million");
  });
});
