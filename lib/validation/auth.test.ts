import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { resetPasswordSchema, signInSchema, signUpSchema } from "./auth";
import { joinSignUpSchema } from "./invites";

/** The first message per field, as the API answers them (lib/http/api.ts). */
function fieldsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
  return fields;
}

const validSignUp = { email: "cmo@example.com", password: "quiet harbour at dawn", organizationName: "Acme", industry: "retail", sizeBand: "1-49" };

describe("signUpSchema reports every field's problem at once", () => {
  it("an empty form: the password is marked with the others, not on a second submit", () => {
    expect(fieldsOf(signUpSchema, { email: "", password: "", organizationName: "", industry: "", sizeBand: "" })).toEqual({
      email: "Enter your email address",
      password: "Use at least 8 characters",
      organizationName: "Enter your organisation's name",
      industry: "Choose an industry",
      sizeBand: "Choose a size",
    });
  });

  it("a common password next to a field that stops parsing (an unknown choice)", () => {
    expect(fieldsOf(signUpSchema, { ...validSignUp, password: "password123", sizeBand: "" })).toEqual({
      password: "This password is one of the most common ones; choose another",
      sizeBand: "Choose a size",
    });
  });

  it("the email as password next to other invalid fields (the rule that needs both)", () => {
    expect(fieldsOf(signUpSchema, { ...validSignUp, password: "CMO@example.com", industry: "mining" })).toEqual({
      password: "Your password must not be your email address",
      industry: "Choose an industry",
    });
    expect(fieldsOf(signUpSchema, { ...validSignUp, email: "longname@example.com", password: "LongName" }).password).toBe(
      "Your password must not be your email address",
    );
  });

  it("keeps every rule: accepts a good form, refuses a missing or non-text password, an object that is not one, unknown keys", () => {
    expect(signUpSchema.safeParse(validSignUp).success).toBe(true);
    expect(fieldsOf(signUpSchema, { ...validSignUp, password: undefined }).password).toBe("Choose a password");
    expect(fieldsOf(signUpSchema, { ...validSignUp, password: 12345678 }).password).toBe("Choose a password");
    expect(fieldsOf(signUpSchema, { ...validSignUp, password: "x".repeat(257) }).password).toBe("Use at most 256 characters");
    expect(signUpSchema.safeParse(null).success).toBe(false);
    expect(signUpSchema.safeParse("text").success).toBe(false);
    expect(fieldsOf(signUpSchema, { ...validSignUp, extra: 1 })).toHaveProperty("_");
  });
});

describe("the other forms that choose a password", () => {
  it("join sign-up: an invalid email and a short password together", () => {
    expect(fieldsOf(joinSignUpSchema, { email: "", password: "short" })).toEqual({ email: "Enter your email address", password: "Use at least 8 characters" });
    expect(fieldsOf(joinSignUpSchema, { email: "Lucius@Example.com", password: "lucius@example.com" })).toEqual({
      password: "Your password must not be your email address",
    });
    expect(joinSignUpSchema.safeParse({ email: "lucius@example.com", password: "applied sciences division" }).success).toBe(true);
  });

  it("reset: an incomplete link and a weak password together", () => {
    expect(fieldsOf(resetPasswordSchema, { password: "qwerty123" })).toEqual({
      token: "The link is incomplete",
      password: "This password is one of the most common ones; choose another",
    });
    expect(fieldsOf(resetPasswordSchema, { token: "x", password: "short" })).toEqual({ token: "This link is not valid", password: "Use at least 8 characters" });
    expect(resetPasswordSchema.safeParse({ token: "A".repeat(43), password: "a fine new passphrase" }).success).toBe(true);
  });
});

describe("signInSchema", () => {
  it("names each empty or malformed field", () => {
    expect(fieldsOf(signInSchema, { email: "", password: "" })).toEqual({ email: "Enter your email address", password: "Enter your password" });
    expect(fieldsOf(signInSchema, {})).toEqual({ email: "Enter your email address", password: "Enter your password" });
    expect(fieldsOf(signInSchema, { email: "not-an-email", password: "x" })).toEqual({ email: "Enter a valid email address" });
  });

  it("applies no new-password rules, so an old short password still signs in", () => {
    expect(signInSchema.safeParse({ email: "cmo@example.com", password: "a" }).success).toBe(true);
  });
});
