import { describe, expect, it } from "vitest";
import { changeNameSchema, changePasswordSchema, signInSchema, signUpSchema } from "./validation";

const valid = { name: "Amina Otieno", username: "Amina.O", email: "", password: "correct horse", role: "student" };

function fieldErrors(input: Record<string, unknown>) {
  const result = signUpSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
}

describe("signUpSchema", () => {
  it("accepts a student without email and lower-cases the username", () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.username).toBe("amina.o");
    expect(parsed.email).toBeUndefined();
  });

  it("lower-cases an email address", () => {
    expect(signUpSchema.parse({ ...valid, email: " Amina@Example.ORG " }).email).toBe("amina@example.org");
  });

  it.each([
    [{ username: "" }, "username", "Enter a username."],
    [{ username: "   " }, "username", "Enter a username."],
    [{ username: "a".repeat(200) }, "username", "Usernames have at most 32 characters."],
    [{ username: "ab" }, "username", "Usernames have at least 3 characters."],
    [{ username: "amina otieno" }, "username", "Use only letters, digits, dots, dashes and underscores in a username."],
    [{ password: "short" }, "password", "Passwords have at least 8 characters."],
    [{ email: "not-an-email" }, "email", "Enter a valid email address, or leave it empty."],
    [{ role: "admin" }, "role", "Choose student or teacher."],
    [{ name: "" }, "name", "Enter your name."],
  ])("rejects %o", (change, field, message) => {
    expect(fieldErrors({ ...valid, ...change })).toEqual({ [field]: [message] });
  });
});

describe("signInSchema", () => {
  it("lower-cases the login", () => {
    expect(signInSchema.parse({ login: " Teacher ", password: "x" }).login).toBe("teacher");
  });

  // PostgreSQL refuses NUL in text: such a name must never reach the account lookup.
  it("refuses a login with a NUL character", () => {
    const result = signInSchema.safeParse({ login: "teacher\u0000", password: "factdeck-demo" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Usernames and email addresses have no NUL characters.");
  });
});

describe("changePasswordSchema", () => {
  it("asks for the current password and the same new password twice", () => {
    const missing = changePasswordSchema.safeParse({ password: "a new long one", confirm: "a new long one" });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["currentPassword", "Enter your current password."]]);
    const different = changePasswordSchema.safeParse({ currentPassword: "old one", password: "a new long one", confirm: "a new long two" });
    expect(different.error?.issues.map((issue) => issue.path[0])).toEqual(["confirm"]);
    expect(changePasswordSchema.safeParse({ currentPassword: "old one", password: "short", confirm: "short" }).error?.issues[0]?.path).toEqual(["password"]);
    expect(changePasswordSchema.safeParse({ currentPassword: "old one", password: "a new long one", confirm: "a new long one" }).success).toBe(true);
  });
});

describe("changeNameSchema", () => {
  it("trims the name and refuses an empty or too long one", () => {
    expect(changeNameSchema.parse({ name: "  Achieng Otieno " })).toEqual({ name: "Achieng Otieno" });
    expect(changeNameSchema.safeParse({ name: "   " }).error?.issues[0]?.message).toBe("Enter your name.");
    expect(changeNameSchema.safeParse({ name: "x".repeat(81) }).success).toBe(false);
  });
});
