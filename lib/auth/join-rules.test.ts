import { describe, expect, it } from "vitest";
import { joinRefusalFor, joinRefusalMessage, inviteRefusalFor } from "./join-rules";
import { landingPathFor } from "./landing";

const company = { id: "acme", kind: "company" as const };
const practice = { id: "advisors", kind: "practice" as const };

describe("who may join through a member invite", () => {
  it("lets someone with no organisation, or only companies, join a company", () => {
    expect(joinRefusalFor([], company)).toBeNull();
    expect(joinRefusalFor([{ organizationId: "other", kind: "company" }], company)).toBeNull();
  });

  it("refuses someone already in the organisation, whatever their role", () => {
    expect(joinRefusalFor([{ organizationId: "acme", kind: "company" }], company)).toBe("already_member");
    expect(joinRefusalFor([{ organizationId: "advisors", kind: "practice" }], practice)).toBe("already_member");
  });

  it("refuses a consultant joining a company as a member", () => {
    expect(joinRefusalFor([{ organizationId: "elsewhere", kind: "practice" }], company)).toBe("consultant_joining_company");
  });

  it("lets a newcomer or a company's member into a practice, but not a consultant of another practice", () => {
    expect(joinRefusalFor([], practice)).toBeNull();
    expect(joinRefusalFor([{ organizationId: "acme", kind: "company" }], practice)).toBeNull();
    expect(joinRefusalFor([{ organizationId: "rivals", kind: "practice" }], practice)).toBe("second_practice");
  });

  it("explains each refusal with the organisation's name", () => {
    expect(joinRefusalMessage("already_member", "Acme")).toBe("You already belong to Acme.");
    expect(joinRefusalMessage("consultant_joining_company", "Acme")).toMatch(/consultancy.*Acme/);
    expect(joinRefusalMessage("second_practice", "Advisors")).toMatch(/only one/);
  });
});

describe("where a signed-in user starts", () => {
  it("sends consultants to their clients and everyone else to the workspace", () => {
    expect(landingPathFor("practice")).toBe("/clients");
    expect(landingPathFor("company")).toBe("/workspace");
    expect(landingPathFor(null)).toBe("/workspace");
  });
});

describe("inviteRefusalFor", () => {
  it("lets owners invite members and consultants invite members and a first owner", () => {
    expect(inviteRefusalFor("owner", "member", true)).toBeNull();
    expect(inviteRefusalFor("consultant", "member", true)).toBeNull();
    expect(inviteRefusalFor("consultant", "owner", false)).toBeNull();
  });
  it("refuses a second owner, owners making owners, members inviting, and strangers", () => {
    expect(inviteRefusalFor("consultant", "owner", true)).toBe("owner_exists");
    expect(inviteRefusalFor("owner", "owner", true)).toBe("forbidden");
    expect(inviteRefusalFor("member", "member", true)).toBe("forbidden");
    expect(inviteRefusalFor(null, "member", true)).toBe("hidden");
    expect(inviteRefusalFor(null, "owner", false)).toBe("hidden");
  });
});
