import { describe, expect, it } from "vitest";
import { isDemonym, readNames } from "./names";
import { readBody } from "./sentences";

/** The names of a text as [kind, text], each checked to slice the body exactly. */
function namesOf(body: string): [string, string][] {
  const names = readNames(body, readBody(body).sentences);
  for (const name of names) expect(body.slice(name.start, name.end)).toBe(name.text);
  return names.map((name) => [name.kind, name.text]);
}

describe("readNames", () => {
  it("keeps a demonym out of organizations and people, alone or before a common noun", () => {
    const names = namesOf("The Kenyan said the plan was ready. Kenyan officers flew to Haiti on Monday. The Haitian capital was quiet.");
    expect(names).toEqual([["place", "Haiti"]]);
  });

  it("cuts a possessive at its 's", () => {
    const body = "Officials at the Pentagon's press office spoke to reporters in Ohio.";
    const names = readNames(body, readBody(body).sentences);
    const pentagon = names.find((name) => name.text === "Pentagon");
    expect(pentagon).toMatchObject({ kind: "organization", start: body.indexOf("Pentagon"), end: body.indexOf("'s press") });
  });

  it("trims Markdown around a name and keeps the offsets exact", () => {
    const body = "The envoy flew to **Washington** on Monday.";
    expect(readNames(body, readBody(body).sentences)).toEqual([{ start: body.indexOf("Washington"), end: body.indexOf("**", 20), text: "Washington", kind: "place" }]);
  });

  it("drops a phrase whose head is a common noun", () => {
    expect(namesOf("Troops from the East African country will land in Haiti.")).toEqual([["place", "Haiti"]]);
  });

  it("types a country abbreviation as a place and the U.N. as an organization", () => {
    expect(namesOf("The U.S. will pay for the mission, the U.N. said on Monday.")).toEqual([
      ["place", "U.S."],
      ["organization", "U.N."],
    ]);
  });

  it("ends a name at an open bracket", () => {
    expect(namesOf("Aid came from the United States (US) and Canada.")).toEqual([
      ["place", "United States"],
      ["place", "US"],
      ["place", "Canada"],
    ]);
  });

  it("keeps a person's name to its capitalized words", () => {
    const names = namesOf("Prime Minister Ariel Henry met the envoy. Henry rose to speak after the vote.");
    expect(names).toEqual([
      ["person", "Ariel Henry"],
      ["person", "Henry"],
    ]);
  });

  it("reads no title alone as a person", () => {
    const body = "Cabinet Secretary Alfred Mutua spoke first. Later, US Secretary of State Antony Blinken praised Kenya.";
    expect(namesOf(body).filter(([kind]) => kind === "person")).toEqual([["person", "Alfred Mutua"]]);
  });

  it("stops a name at a line break", () => {
    expect(namesOf("By Grace Wanjiru\nSeptember 27, 2023\n\nTroops landed in Haiti.")).toEqual([
      ["person", "Grace Wanjiru"],
      ["place", "Haiti"],
    ]);
  });

  it("keeps an opening word out of an organization's name", () => {
    expect(namesOf("As the National Dialogue Committee, we ask for a vote.")).toEqual([["organization", "National Dialogue Committee"]]);
  });

  it("keeps an administration named after a person", () => {
    expect(namesOf("The Biden administration will fund the mission.")).toEqual([["organization", "Biden administration"]]);
  });
});

describe("isDemonym", () => {
  it("reads the adjective of a listed word or a place of the text, never the place itself", () => {
    const places = new Set(["Haiti", "Nairobi", "Somalia", "Kenya"]);
    expect(["Kenyan", "Haitian", "Somali", "American", "Caribbean"].map((word) => isDemonym(word, places))).toEqual([true, true, true, true, true]);
    expect(["Haiti", "Nairobi", "Kenya", "Pentagon", "Biden"].map((word) => isDemonym(word, places))).toEqual([false, false, false, false, false]);
  });
});
