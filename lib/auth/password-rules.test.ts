import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords";
import { findPasswordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";

describe("findPasswordProblem", () => {
  it("accepts a long passphrase", () => {
    expect(findPasswordProblem("correct horse battery staple", "cmo@example.com")).toBeNull();
  });

  it("refuses fewer than 8 characters and accepts exactly 8", () => {
    expect(findPasswordProblem("x7#kQ2m", "")).toMatch(/at least 8/);
    expect(findPasswordProblem("x7#kQ2mZ", "")).toBeNull();
    expect(PASSWORD_MIN_LENGTH).toBe(8);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(findPasswordProblem("🔒🔒🔒🔒🔒🔒🔒", "")).toMatch(/at least 8/);
  });

  it("allows up to 256 characters and refuses more", () => {
    expect(findPasswordProblem("a b".repeat(85) + "c", "")).toBeNull();
    expect(findPasswordProblem("q".repeat(PASSWORD_MAX_LENGTH + 1), "")).toMatch(/at most 256/);
  });

  it("refuses the most common passwords, whatever their case", () => {
    expect(findPasswordProblem("password", "")).toMatch(/most common/);
    expect(findPasswordProblem("Password123", "")).toMatch(/most common/);
    expect(findPasswordProblem("QWERTYUIOP", "")).toMatch(/most common/);
    expect(findPasswordProblem("iloveyou1", "")).toMatch(/most common/);
  });

  it("keeps a list of about a thousand lower-case entries of 8+ characters", () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(900);
    expect(COMMON_PASSWORDS.every((p) => p.length >= 8 && p === p.toLowerCase())).toBe(true);
  });

  it("refuses the email address (or its local part) as the password", () => {
    expect(findPasswordProblem("Jane.Doe@Example.com", "jane.doe@example.com")).toMatch(/email/);
    expect(findPasswordProblem("jane.doe.cmo", "jane.doe.cmo@example.com")).toMatch(/email/);
    expect(findPasswordProblem("jane.doe.cmo", "other@example.com")).toBeNull();
  });
});
