import { describe, expect, it } from "vitest";
import { canClaimAssessment, canViewInWorkspace, findClaimRefusal } from "./permissions";

const member = { userId: "u1", organizationId: "org-a" };
const finishedAnonymous = { status: "completed", organizationId: null };

describe("canClaimAssessment", () => {
  it("lets a signed-in member claim a finished anonymous assessment", () => {
    expect(canClaimAssessment(member, finishedAnonymous)).toBe(true);
    expect(findClaimRefusal(member, finishedAnonymous)).toBeNull();
  });

  it("refuses anonymous callers", () => {
    expect(findClaimRefusal(null, finishedAnonymous)).toBe("not_signed_in");
    expect(canClaimAssessment(null, finishedAnonymous)).toBe(false);
  });

  it("refuses a caller without an organisation", () => {
    expect(findClaimRefusal({ userId: "u2", organizationId: null }, finishedAnonymous)).toBe("no_organization");
  });

  it("refuses an unfinished assessment", () => {
    expect(findClaimRefusal(member, { status: "in_progress", organizationId: null })).toBe("not_finished");
  });

  it("refuses an assessment already claimed, even by the same organisation", () => {
    expect(findClaimRefusal(member, { status: "completed", organizationId: "org-b" })).toBe("already_claimed");
    expect(findClaimRefusal(member, { status: "completed", organizationId: "org-a" })).toBe("already_claimed");
  });
});

describe("canViewInWorkspace", () => {
  it("shows only the caller's organisation's assessments", () => {
    expect(canViewInWorkspace(member, { organizationId: "org-a" })).toBe(true);
    expect(canViewInWorkspace(member, { organizationId: "org-b" })).toBe(false);
    expect(canViewInWorkspace(member, { organizationId: null })).toBe(false);
    expect(canViewInWorkspace(null, { organizationId: "org-a" })).toBe(false);
    expect(canViewInWorkspace({ userId: "u2", organizationId: null }, { organizationId: null })).toBe(false);
  });
});
