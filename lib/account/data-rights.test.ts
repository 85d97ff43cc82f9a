import { describe, expect, it } from "vitest";
import { classesStillTaught, confirmsClassName, confirmsUsername, deleteAccountSchema, deleteClassSchema, exportFileName } from "./data-rights";

describe("exportFileName", () => {
  it("names the account and the day", () => {
    expect(exportFileName("amina.otieno", "2026-12-03")).toBe("factdeck-amina-otieno-2026-12-03.json");
  });
  it("keeps only letters, digits and dashes of the username", () => {
    expect(exportFileName("Wanjiru_Kamau", "2026-01-31")).toBe("factdeck-wanjiru-kamau-2026-01-31.json");
    expect(exportFileName("___", "2026-01-31")).toBe("factdeck-account-2026-01-31.json");
  });
});

describe("confirmsUsername", () => {
  it("accepts the username typed with other capitals or spaces around it", () => {
    expect(confirmsUsername("amina.otieno", "amina.otieno")).toBe(true);
    expect(confirmsUsername("  Amina.Otieno ", "amina.otieno")).toBe(true);
  });
  it("refuses anything else", () => {
    expect(confirmsUsername("amina", "amina.otieno")).toBe(false);
    expect(confirmsUsername("amina.otieno2", "amina.otieno")).toBe(false);
    expect(confirmsUsername("", "amina.otieno")).toBe(false);
  });
});

describe("confirmsClassName", () => {
  it("accepts the exact name, spaces around and inside it evened out", () => {
    expect(confirmsClassName("Form 2 History", "Form 2 History")).toBe(true);
    expect(confirmsClassName(" Form  2 History ", "Form 2 History")).toBe(true);
  });
  it("refuses other capitals and other names", () => {
    expect(confirmsClassName("form 2 history", "Form 2 History")).toBe(false);
    expect(confirmsClassName("Form 2", "Form 2 History")).toBe(false);
  });
});

describe("the confirmation forms", () => {
  it("asks for a confirmation", () => {
    expect(deleteAccountSchema.safeParse({}).error?.issues[0]?.message).toBe("Type your username to confirm.");
    expect(deleteAccountSchema.safeParse({ confirmation: "   " }).error?.issues[0]?.message).toBe("Type your username to confirm.");
    expect(deleteClassSchema.safeParse({ classId: "c1", confirmation: "" }).error?.issues[0]?.message).toBe("Type the class’s name to confirm.");
  });
  it("passes the typed text on, trimmed", () => {
    expect(deleteClassSchema.parse({ classId: "c1", confirmation: " Form 2 " })).toEqual({ classId: "c1", confirmation: "Form 2" });
  });
});

describe("classesStillTaught", () => {
  it("counts the classes", () => {
    expect(classesStillTaught(1)).toBe("You still teach a class. Delete it on its page first; your students’ accounts stay.");
    expect(classesStillTaught(3)).toBe("You still teach 3 classes. Delete each on its page first; your students’ accounts stay.");
  });
});
