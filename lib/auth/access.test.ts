import { describe, expect, it } from "vitest";
import { assessmentAccess, can, canReachAssessment, companyOf, practiceOf, relationTo, type OrganizationPermission, type Viewer } from "./access";

const client = { id: "client", kind: "company", consultantPracticeId: "practice" } as const;
const practiceUser: Viewer = { userId: "c", memberships: [{ organizationId: "practice", role: "owner", kind: "practice" }] };
const otherPractice: Viewer = { userId: "o", memberships: [{ organizationId: "elsewhere", role: "owner", kind: "practice" }] };
const owner: Viewer = { userId: "w", memberships: [{ organizationId: "client", role: "owner", kind: "company" }] };
const member: Viewer = { userId: "m", memberships: [{ organizationId: "client", role: "member", kind: "company" }] };
const stranger: Viewer = { userId: "s", memberships: [{ organizationId: "another", role: "owner", kind: "company" }] };

describe("relationTo", () => {
  it("names owners, members and the client's consultant, and nobody else", () => {
    expect(relationTo(owner, client)).toBe("owner");
    expect(relationTo(member, client)).toBe("member");
    expect(relationTo(practiceUser, client)).toBe("consultant");
    expect(relationTo(otherPractice, client)).toBeNull();
    expect(relationTo(stranger, client)).toBeNull();
    expect(relationTo(null, client)).toBeNull();
  });

  it("drops the consultant once the owner revoked the practice", () => {
    expect(relationTo(practiceUser, { ...client, consultantPracticeId: null })).toBeNull();
  });

  it("does not let a company that happens to share an id with a practice reference act as a consultant", () => {
    const companyNamedLikePractice: Viewer = { userId: "x", memberships: [{ organizationId: "practice", role: "owner", kind: "company" }] };
    expect(relationTo(companyNamedLikePractice, client)).toBeNull();
  });
});

describe("can", () => {
  const all: OrganizationPermission[] = ["view", "run_assessments", "view_respondents", "manage_members", "manage_consultant", "consult"];
  it("denies everything to a stranger", () => {
    for (const permission of all) expect(can(null, permission)).toBe(false);
  });
  it("lets a member only view", () => {
    expect(all.filter((p) => can("member", p))).toEqual(["view"]);
  });
  it("keeps revoking the consultant and managing members with the owner", () => {
    expect(can("owner", "manage_consultant")).toBe(true);
    expect(can("consultant", "manage_consultant")).toBe(false);
    expect(can("consultant", "manage_members")).toBe(false);
    expect(can("owner", "consult")).toBe(false);
    expect(can("consultant", "consult")).toBe(true);
  });
});

describe("canReachAssessment", () => {
  const anonymous = { viewer: null, browserKey: null };
  it("lets anyone holding the id reach an unsaved assessment", () => {
    expect(canReachAssessment(anonymous, { organizationId: null, browserKey: "k" }, null)).toBe(true);
  });
  it("keeps a saved assessment to its organisation's people and the respondent's own browser", () => {
    const saved = { organizationId: "client", browserKey: "respondent-key" };
    expect(canReachAssessment(anonymous, saved, null)).toBe(false);
    expect(canReachAssessment({ viewer: stranger, browserKey: "other-key" }, saved, null)).toBe(false);
    expect(canReachAssessment({ viewer: null, browserKey: "respondent-key" }, saved, null)).toBe(true);
    expect(canReachAssessment({ viewer: member, browserKey: null }, saved, "member")).toBe(true);
  });
  it("lets members read but not write, and owners, consultants and the respondent's browser write", () => {
    const saved = { organizationId: "client", browserKey: "respondent-key" };
    expect(assessmentAccess({ viewer: member, browserKey: null }, saved, "member", "write")).toBe("forbidden");
    expect(assessmentAccess({ viewer: owner, browserKey: null }, saved, "owner", "write")).toBe("allowed");
    expect(assessmentAccess({ viewer: practiceUser, browserKey: null }, saved, "consultant", "write")).toBe("allowed");
    expect(assessmentAccess({ viewer: null, browserKey: "respondent-key" }, saved, null, "write")).toBe("allowed");
    expect(assessmentAccess({ viewer: stranger, browserKey: null }, saved, null, "write")).toBe("hidden");
    expect(assessmentAccess({ viewer: null, browserKey: "x" }, { organizationId: null, browserKey: null }, null, "write")).toBe("allowed");
  });

  it("keeps a team respondent's own answers from members, but not from the owner, the consultant or the respondent", () => {
    const respondent = { organizationId: "client", browserKey: "respondent-key", isTeamRespondent: true };
    expect(assessmentAccess({ viewer: member, browserKey: null }, respondent, "member", "read")).toBe("hidden");
    expect(assessmentAccess({ viewer: owner, browserKey: null }, respondent, "owner", "read")).toBe("allowed");
    expect(assessmentAccess({ viewer: practiceUser, browserKey: null }, respondent, "consultant", "read")).toBe("allowed");
    expect(assessmentAccess({ viewer: null, browserKey: "respondent-key" }, respondent, null, "read")).toBe("allowed");
  });

  it("never matches two missing browser keys", () => {
    expect(canReachAssessment(anonymous, { organizationId: "client", browserKey: null }, null)).toBe(false);
  });
});

describe("practiceOf and companyOf", () => {
  it("pick the practice and the company membership", () => {
    expect(practiceOf(practiceUser)).toBe("practice");
    expect(practiceOf(owner)).toBeNull();
    expect(companyOf(owner)?.organizationId).toBe("client");
    expect(companyOf(practiceUser)).toBeNull();
  });
});
