import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();

vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());
const { signInAs, signOut } = await import("../support/session-mock");

const { db } = await import("@/lib/db");
const { QUESTIONS } = await import("@/lib/instruments/convergence");
const { DIMENSION_IDS } = await import("@/lib/instruments/genai");
const { createAccount, createConsultant } = await import("../factories/account");
const { anonymousActor } = await import("../factories/assessment");
const { loadViewer } = await import("@/lib/data/access");
const { saveAnswer, completeAssessment, getAssessment } = await import("@/lib/data/assessments");
const { saveMotion, saveRating, completeGenAiAssessment } = await import("@/lib/data/genai");
const teams = await import("@/lib/data/teams");
const roundsRoute = await import("@/app/api/organizations/[orgId]/rounds/route");
const linksRoute = await import("@/app/api/rounds/[roundId]/links/route");
const revokeRoute = await import("@/app/api/respondent-links/[inviteId]/revoke/route");
const respondRoute = await import("@/app/api/respond/[token]/route");
const answersRoute = await import("@/app/api/assessments/[id]/answers/route");

import type { PillarId } from "@/lib/instruments/convergence";
import type { Choice, MaturityLevel } from "@/lib/instruments/types";

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

beforeEach(() => {
  signOut();
});

// --- Helpers -----------------------------------------------------------------------------------

const ORIGIN = "http://127.0.0.1:3100";
const BROWSER_A = "respondentBrowserAAAAAAA"; // 24 characters, like a real key
const BROWSER_B = "otherBrowserBBBBBBBBBBBB";

function jsonPost(path: string, body: unknown, cookie?: string) {
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

function formPost(path: string, fields: Record<string, string>, cookie?: string) {
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
  });
}

const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error;
}

function startRoundAs(orgId: string, body: unknown) {
  return roundsRoute.POST(jsonPost(`/api/organizations/${orgId}/rounds`, body), params({ orgId }));
}

function createLinkAs(roundId: string) {
  return linksRoute.POST(jsonPost(`/api/rounds/${roundId}/links`, {}), params({ roundId }));
}

async function counts() {
  const [rounds, assessments, invites] = await Promise.all([db.assessmentRound.count(), db.assessment.count(), db.invite.count()]);
  return { rounds, assessments, invites };
}

async function viewerOf(userId: string) {
  return (await loadViewer(userId))!;
}

/** Answers every Convergence question at the level `levelOf` gives its pillar, in `browserKey`'s browser, and completes. */
async function answerConvergence(assessmentId: string, browserKey: string, levelOf: (pillar: PillarId) => Choice) {
  const actor = anonymousActor(browserKey);
  for (const q of QUESTIONS) await saveAnswer(actor, assessmentId, { questionId: q.id, choice: levelOf(q.pillar) });
  await completeAssessment(actor, assessmentId, "convergence");
}

async function answerGenAi(assessmentId: string, browserKey: string, currentOf: (dimension: string) => MaturityLevel) {
  const actor = anonymousActor(browserKey);
  await saveMotion(actor, assessmentId, "hybrid");
  for (const dimensionId of DIMENSION_IDS) {
    const current = currentOf(dimensionId);
    await saveRating(actor, assessmentId, { dimensionId, current, target: current, evidence: current >= 4 ? "We see it every week." : "" });
  }
  await completeGenAiAssessment(actor, assessmentId);
}

/** A respondent arriving through a link in their own browser: returns their assessment id. */
async function respond(token: string, fn: string, browserKey: string) {
  const response = await respondRoute.POST(jsonPost(`/api/respond/${token}`, { function: fn }, `cv_browser=${browserKey}`), params({ token }));
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

// --- The cast ------------------------------------------------------------------------------------

let owner: { userId: string; organizationId: string };
let member: { userId: string };
let stranger: { userId: string; organizationId: string };
let consultant: { userId: string; organizationId: string };
let otherConsultant: { userId: string; organizationId: string };

beforeAll(async () => {
  owner = await createAccount({ organizationName: "Northwind Retail" });
  stranger = await createAccount({ organizationName: "Elsewhere Ltd" });
  consultant = await createConsultant({ organizationName: "Bright Advisory" });
  otherConsultant = await createConsultant({ organizationName: "Rival Partners" });
  // Northwind is a client of Bright Advisory.
  await db.organization.update({ where: { id: owner.organizationId }, data: { consultantPracticeId: consultant.organizationId } });
  const memberAccount = await createAccount({ organizationName: "Member's own company" });
  await db.membership.create({ data: { userId: memberAccount.userId, organizationId: owner.organizationId, role: "member" } });
  member = memberAccount;
});

// --- Starting rounds ---------------------------------------------------------------------------

describe("POST /api/organizations/[orgId]/rounds", () => {
  it("lets the owner start an empty team round (JSON)", async () => {
    await signInAs(owner.userId);
    const before = await counts();
    const response = await startRoundAs(owner.organizationId, { instrument: "convergence", kind: "team", title: "  Leadership review  " });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { roundId: string; assessmentId: string | null; next: string };
    expect(body.assessmentId).toBeNull();
    expect(body.next).toBe(`/rounds/${body.roundId}`);
    expect(response.headers.get("set-cookie")).toBeNull();
    const round = await db.assessmentRound.findUniqueOrThrow({ where: { id: body.roundId } });
    expect(round).toMatchObject({ organizationId: owner.organizationId, instrument: "convergence", kind: "team", title: "Leadership review", createdById: owner.userId, completedCount: 0 });
    expect(await counts()).toEqual({ ...before, rounds: before.rounds + 1 });
  });

  it("redirects a form to the round page for a team round", async () => {
    await signInAs(owner.userId);
    const response = await roundsRoute.POST(
      formPost(`/api/organizations/${owner.organizationId}/rounds`, { instrument: "genai", kind: "team", title: "" }),
      params({ orgId: owner.organizationId }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^\/rounds\/[A-Za-z0-9_-]{24}$/);
  });

  it("starts a solo round with its assessment in the caller's browser, and sends them to the questionnaire", async () => {
    await signInAs(owner.userId);
    // No browser cookie yet: one is set, and the assessment remembers it.
    const response = await roundsRoute.POST(
      formPost(`/api/organizations/${owner.organizationId}/rounds`, { instrument: "convergence", kind: "solo" }),
      params({ orgId: owner.organizationId }),
    );
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/diagnostic\/[A-Za-z0-9_-]{24}$/);
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^cv_browser=[A-Za-z0-9_-]{24}; Path=\/;.*HttpOnly; SameSite=Lax/);
    const browserKey = cookie.split(";")[0]!.split("=")[1];
    const assessment = await db.assessment.findUniqueOrThrow({ where: { id: location.split("/").pop()! } });
    expect(assessment).toMatchObject({ organizationId: owner.organizationId, instrument: "convergence", browserKey, status: "in_progress" });
    const round = await db.assessmentRound.findUniqueOrThrow({ where: { id: assessment.roundId! } });
    expect(round).toMatchObject({ kind: "solo", instrument: "convergence", organizationId: owner.organizationId });
  });

  it("re-assesses with the GenAI model in a browser that already has its key", async () => {
    await signInAs(owner.userId);
    const response = await roundsRoute.POST(
      formPost(`/api/organizations/${owner.organizationId}/rounds`, { instrument: "genai", kind: "solo" }, `cv_browser=${BROWSER_A}`),
      params({ orgId: owner.organizationId }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^\/genai\//);
    expect(response.headers.get("set-cookie")).toBeNull();
    const assessment = await db.assessment.findUniqueOrThrow({ where: { id: response.headers.get("location")!.split("/").pop()! } });
    expect(assessment.browserKey).toBe(BROWSER_A);
  });

  it("lets the client's consultant start a round", async () => {
    await signInAs(consultant.userId);
    const response = await startRoundAs(owner.organizationId, { instrument: "convergence", kind: "team" });
    expect(response.status).toBe(201);
  });

  it("refuses a member (403), a stranger and another consultant (404), and anyone signed out (401), writing nothing", async () => {
    const before = await counts();
    await signInAs(member.userId);
    const asMember = await startRoundAs(owner.organizationId, { instrument: "convergence", kind: "team" });
    expect(asMember.status).toBe(403);
    await signInAs(stranger.userId);
    expect((await startRoundAs(owner.organizationId, { instrument: "convergence", kind: "team" })).status).toBe(404);
    await signInAs(otherConsultant.userId);
    expect((await startRoundAs(owner.organizationId, { instrument: "convergence", kind: "solo" })).status).toBe(404);
    signOut();
    expect((await startRoundAs(owner.organizationId, { instrument: "convergence", kind: "team" })).status).toBe(401);
    expect(await counts()).toEqual(before);
  });

  it("answers 404 for an unknown or malformed organisation id", async () => {
    await signInAs(owner.userId);
    expect((await startRoundAs("AAAAAAAAAAAAAAAAAAAAAAAA", { instrument: "convergence", kind: "team" })).status).toBe(404);
    expect((await startRoundAs("not an id!", { instrument: "convergence", kind: "team" })).status).toBe(404);
  });

  it("refuses rounds for a consultancy itself", async () => {
    await signInAs(consultant.userId);
    const response = await startRoundAs(consultant.organizationId, { instrument: "convergence", kind: "team" });
    expect(response.status).toBe(403);
  });

  it("refuses bad input with 400 and a message per field, writing nothing", async () => {
    await signInAs(owner.userId);
    const before = await counts();
    const cases: [unknown, string][] = [
      [{ instrument: "astrology", kind: "team" }, "instrument"],
      [{ instrument: "convergence", kind: "crowd" }, "kind"],
      [{ instrument: "convergence" }, "kind"],
      [{ instrument: "convergence", kind: "team", title: "x".repeat(121) }, "title"],
      [{ instrument: "convergence", kind: "team", organizationId: stranger.organizationId }, "_"],
    ];
    for (const [body, field] of cases) {
      const response = await startRoundAs(owner.organizationId, body);
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(Object.keys(error.fields ?? {})).toContain(field);
    }
    expect(await counts()).toEqual(before);
  });
});

// --- Respondent links ----------------------------------------------------------------------------

describe("respondent links", () => {
  let roundId: string;
  beforeAll(async () => {
    const started = await teams.startRound(await viewerOf(owner.userId), owner.organizationId, { instrument: "convergence", kind: "team" }, null);
    roundId = started.roundId;
  });

  it("creates a link whose token is returned once and stored only as its SHA-256, for 14 days", async () => {
    await signInAs(owner.userId);
    const before = Date.now();
    const response = await createLinkAs(roundId);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; token: string; url: string; expiresAt: string };
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.url).toBe(`${ORIGIN}/respond/${body.token}`);
    const invite = await db.invite.findUniqueOrThrow({ where: { id: body.id } });
    expect(invite.tokenHash).toBe(createHash("sha256").update(body.token).digest("hex"));
    expect(JSON.stringify(invite)).not.toContain(body.token);
    expect(invite).toMatchObject({ kind: "respondent", roundId, organizationId: owner.organizationId, createdById: owner.userId, uses: 0, revokedAt: null });
    const ttl = invite.expiresAt.getTime() - before;
    expect(ttl).toBeGreaterThanOrEqual(teams.RESPONDENT_LINK_TTL_MS - 1000);
    expect(ttl).toBeLessThanOrEqual(teams.RESPONDENT_LINK_TTL_MS + 5000);
    expect(teams.RESPONDENT_LINK_TTL_MS).toBe(14 * 24 * 60 * 60 * 1000);
  });

  it("hands a form's new link to the round page in a short-lived cookie, shown only to those who run the round", async () => {
    await signInAs(consultant.userId);
    const response = await linksRoute.POST(formPost(`/api/rounds/${roundId}/links`, {}), params({ roundId }));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/rounds/${roundId}#new-link`);
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(new RegExp(`^cv_new_link=[A-Za-z0-9_-]{43}; Path=/rounds/${roundId}; Max-Age=300; HttpOnly; SameSite=Strict`));
    const token = cookie.split(";")[0]!.split("=")[1]!;
    // Not in the redirect URL: the token stays out of history and logs.
    expect(response.headers.get("location")).not.toContain(token);

    expect(await teams.revealNewRespondentLink(await viewerOf(consultant.userId), roundId, token)).toMatchObject({ token });
    expect(await teams.revealNewRespondentLink(await viewerOf(member.userId), roundId, token)).toBeNull();
    expect(await teams.revealNewRespondentLink(await viewerOf(stranger.userId), roundId, token)).toBeNull();
    expect(await teams.revealNewRespondentLink(await viewerOf(consultant.userId), "AAAAAAAAAAAAAAAAAAAAAAAA", token)).toBeNull();
  });

  it("refuses links for a member (403), a stranger or another consultant (404), and for a solo round (409)", async () => {
    const before = await counts();
    await signInAs(member.userId);
    expect((await createLinkAs(roundId)).status).toBe(403);
    await signInAs(stranger.userId);
    expect((await createLinkAs(roundId)).status).toBe(404);
    await signInAs(otherConsultant.userId);
    expect((await createLinkAs(roundId)).status).toBe(404);
    signOut();
    expect((await createLinkAs(roundId)).status).toBe(401);
    await signInAs(owner.userId);
    expect((await createLinkAs("AAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    const solo = await teams.startRound(await viewerOf(owner.userId), owner.organizationId, { instrument: "convergence", kind: "solo" }, BROWSER_A);
    const afterSolo = await counts();
    expect((await createLinkAs(solo.roundId)).status).toBe(409);
    expect(await counts()).toEqual(afterSolo);
    expect(afterSolo.invites).toBe(before.invites);
  });

  it("lists links with their status: active, expired, revoked", async () => {
    const viewer = await viewerOf(owner.userId);
    const { roundId: freshRound } = await teams.startRound(viewer, owner.organizationId, { instrument: "genai", kind: "team" }, null);
    const now = new Date("2026-03-01T10:00:00Z");
    const old = await teams.createRespondentLink(viewer, freshRound, new Date("2026-01-01T10:00:00Z"));
    const revoked = await teams.createRespondentLink(viewer, freshRound, now);
    const active = await teams.createRespondentLink(viewer, freshRound, now);
    await teams.revokeRespondentLink(viewer, revoked.id, now);
    const links = await teams.listRespondentLinks(viewer, freshRound, now);
    expect(Object.fromEntries(links.map((l) => [l.id, l.status]))).toEqual({ [old.id]: "expired", [revoked.id]: "revoked", [active.id]: "active" });
    await expect(teams.listRespondentLinks(await viewerOf(member.userId), freshRound, now)).rejects.toMatchObject({ kind: "forbidden" });
    await expect(teams.listRespondentLinks(await viewerOf(otherConsultant.userId), freshRound, now)).rejects.toMatchObject({ kind: "not_found" });
  });

  it("revokes: the owner and the consultant may, a member gets 403 and a stranger 404; the link stops working", async () => {
    const viewer = await viewerOf(owner.userId);
    const link = await teams.createRespondentLink(viewer, roundId);
    const revoke = () => revokeRoute.POST(formPost(`/api/respondent-links/${link.id}/revoke`, {}), params({ inviteId: link.id }));

    await signInAs(member.userId);
    expect((await revoke()).status).toBe(403);
    await signInAs(stranger.userId);
    expect((await revoke()).status).toBe(404);
    await signInAs(otherConsultant.userId);
    expect((await revoke()).status).toBe(404);
    expect((await db.invite.findUniqueOrThrow({ where: { id: link.id } })).revokedAt).toBeNull();

    await signInAs(consultant.userId);
    const response = await revoke();
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/rounds/${roundId}#links`);
    const revokedAt = (await db.invite.findUniqueOrThrow({ where: { id: link.id } })).revokedAt;
    expect(revokedAt).not.toBeNull();
    // Again: no change, no error.
    expect((await revoke()).status).toBe(303);
    expect((await db.invite.findUniqueOrThrow({ where: { id: link.id } })).revokedAt).toEqual(revokedAt);

    const before = await counts();
    const gone = await respondRoute.POST(jsonPost(`/api/respond/${link.token}`, { function: "it" }), params({ token: link.token }));
    expect(gone.status).toBe(410);
    expect((await errorOf(gone)).code).toBe("link_revoked");
    expect(await counts()).toEqual(before);
    expect((await teams.describeRespondentLink(link.token, null)).status).toBe("revoked");
  });

  it("answers 404 when revoking an unknown link", async () => {
    await signInAs(owner.userId);
    const response = await revokeRoute.POST(jsonPost(`/api/respondent-links/AAAAAAAAAAAAAAAAAAAAAAAA/revoke`, {}), params({ inviteId: "AAAAAAAAAAAAAAAAAAAAAAAA" }));
    expect(response.status).toBe(404);
  });
});

// --- Respondents ---------------------------------------------------------------------------------

describe("respondents", () => {
  let roundId: string;
  let token: string;
  let inviteId: string;
  beforeAll(async () => {
    const viewer = await viewerOf(owner.userId);
    roundId = (await teams.startRound(viewer, owner.organizationId, { instrument: "convergence", kind: "team", title: "Spring" }, null)).roundId;
    const link = await teams.createRespondentLink(viewer, roundId);
    token = link.token;
    inviteId = link.id;
  });

  it("describes the link to the respondent: who invites them and to what", async () => {
    const info = await teams.describeRespondentLink(token, null);
    expect(info).toMatchObject({ status: "active", organizationName: "Northwind Retail", instrument: "convergence", roundTitle: "Spring", startedHere: [] });
    await expect(teams.describeRespondentLink("A".repeat(43), null)).rejects.toMatchObject({ kind: "not_found" });
    await expect(teams.describeRespondentLink("short", null)).rejects.toMatchObject({ kind: "not_found" });
  });

  it("starts a respondent from a plain form with no account: sets the browser cookie and opens the questionnaire", async () => {
    const usesBefore = (await db.invite.findUniqueOrThrow({ where: { id: inviteId } })).uses;
    const response = await respondRoute.POST(formPost(`/api/respond/${token}`, { function: "marketing" }), params({ token }));
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/diagnostic\/[A-Za-z0-9_-]{24}$/);
    const browserKey = response.headers.get("set-cookie")!.match(/^cv_browser=([A-Za-z0-9_-]{24});/)![1];
    const assessment = await db.assessment.findUniqueOrThrow({ where: { id: location.split("/").pop()! } });
    expect(assessment).toMatchObject({ instrument: "convergence", organizationId: owner.organizationId, roundId, respondentFunction: "marketing", browserKey, status: "in_progress" });
    expect((await db.invite.findUniqueOrThrow({ where: { id: inviteId } })).uses).toBe(usesBefore + 1);
    // The respondent page now offers to continue in that browser.
    const info = await teams.describeRespondentLink(token, browserKey!);
    expect(info.status === "active" && info.startedHere.map((a) => a.assessmentId)).toEqual([assessment.id]);
  });

  it("lets the respondent answer in their browser only: another browser gets 404", async () => {
    const id = await respond(token, "it", BROWSER_A);
    await answerConvergence(id, BROWSER_A, () => 2);
    const view = await getAssessment(anonymousActor(BROWSER_A), id, "convergence");
    expect(view.status).toBe("completed");

    await expect(getAssessment(anonymousActor(BROWSER_B), id, "convergence")).rejects.toMatchObject({ kind: "not_found" });
    await expect(getAssessment(anonymousActor(null), id, "convergence")).rejects.toMatchObject({ kind: "not_found" });
    const another = await respond(token, "data", BROWSER_A);
    const put = await answersRoute.PUT(
      new Request(`${ORIGIN}/api/assessments/${another}/answers`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie: `cv_browser=${BROWSER_B}` },
        body: JSON.stringify({ questionId: QUESTIONS[0]!.id, choice: 3 }),
      }),
      params({ id: another }),
    );
    expect(put.status).toBe(404);
    expect(await db.answer.count({ where: { assessmentId: another } })).toBe(0);
  });

  it("updates the round's completed count and combined level at each completion", async () => {
    const viewer = await viewerOf(owner.userId);
    const { roundId: fresh } = await teams.startRound(viewer, owner.organizationId, { instrument: "convergence", kind: "team" }, null);
    const link = await teams.createRespondentLink(viewer, fresh);
    const first = await respond(link.token, "marketing", BROWSER_A);
    const second = await respond(link.token, "it", BROWSER_B);
    expect(await db.assessmentRound.findUniqueOrThrow({ where: { id: fresh } })).toMatchObject({ completedCount: 0, overallLevel: null });
    await answerConvergence(first, BROWSER_A, () => 4); // 75 points: level 4
    expect(await db.assessmentRound.findUniqueOrThrow({ where: { id: fresh } })).toMatchObject({ completedCount: 1, overallLevel: 4, overallScore: 75 });
    await answerConvergence(second, BROWSER_B, () => 2); // 25 points: level 2
    // The lower median of [2, 4] is 2; the median score of [25, 75] is 50.
    expect(await db.assessmentRound.findUniqueOrThrow({ where: { id: fresh } })).toMatchObject({ completedCount: 2, overallLevel: 2, overallScore: 50 });
    expect((await db.invite.findUniqueOrThrow({ where: { id: link.id } })).uses).toBe(2);
  });

  it("answers 404 for an unknown or malformed token and 410 for an expired one, writing nothing", async () => {
    const before = await counts();
    const unknown = "B".repeat(43);
    expect((await respondRoute.POST(jsonPost(`/api/respond/${unknown}`, { function: "it" }), params({ token: unknown }))).status).toBe(404);
    expect((await respondRoute.POST(jsonPost(`/api/respond/nope`, { function: "it" }), params({ token: "nope" }))).status).toBe(404);

    const viewer = await viewerOf(owner.userId);
    const link = await teams.createRespondentLink(viewer, roundId);
    await db.invite.update({ where: { id: link.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const afterLink = await counts();
    const expired = await respondRoute.POST(jsonPost(`/api/respond/${link.token}`, { function: "it" }), params({ token: link.token }));
    expect(expired.status).toBe(410);
    const error = await errorOf(expired);
    expect(error.code).toBe("link_expired");
    expect(error.message).toMatch(/expired/);
    // A plain form is sent back to the link's page, which explains.
    const form = await respondRoute.POST(formPost(`/api/respond/${link.token}`, { function: "it" }), params({ token: link.token }));
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe(`/respond/${link.token}`);
    expect(await counts()).toEqual(afterLink);
    expect(afterLink.assessments).toBe(before.assessments);
    expect((await db.invite.findUniqueOrThrow({ where: { id: link.id } })).uses).toBe(0);
    expect(await teams.describeRespondentLink(link.token, null)).toEqual({ status: "expired", organizationName: "Northwind Retail" });
  });

  it("refuses a missing or unknown function with 400, writing nothing; a form goes back to ask again", async () => {
    const before = await counts();
    const usesBefore = (await db.invite.findUniqueOrThrow({ where: { id: inviteId } })).uses;
    for (const body of [{}, { function: "finance" }, { function: "it", extra: 1 }]) {
      const response = await respondRoute.POST(jsonPost(`/api/respond/${token}`, body), params({ token }));
      expect(response.status).toBe(400);
      expect((await errorOf(response)).fields).toBeDefined();
    }
    const form = await respondRoute.POST(formPost(`/api/respond/${token}`, {}), params({ token }));
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe(`/respond/${token}?error=function`);
    expect(await counts()).toEqual(before);
    expect((await db.invite.findUniqueOrThrow({ where: { id: inviteId } })).uses).toBe(usesBefore);
  });
});

// --- The round page's data ---------------------------------------------------------------------

describe("loadTeamRound", () => {
  let roundId: string;
  beforeAll(async () => {
    const viewer = await viewerOf(consultant.userId);
    roundId = (await teams.startRound(viewer, owner.organizationId, { instrument: "convergence", kind: "team" }, null)).roundId;
    const { token } = await teams.createRespondentLink(viewer, roundId);
    // Marketing thinks Data and KPIs are strong; IT thinks they are weak. Everyone agrees on People.
    const marketing1 = await respond(token, "marketing", "marketingOneBrowserAAAAA");
    await answerConvergence(marketing1, "marketingOneBrowserAAAAA", (p) => (p === "data" ? 5 : p === "kpis" ? 4 : 3));
    const marketing2 = await respond(token, "marketing", "marketingTwoBrowserAAAAA");
    await answerConvergence(marketing2, "marketingTwoBrowserAAAAA", (p) => (p === "data" ? 5 : p === "kpis" ? 4 : 3));
    const it = await respond(token, "it", "itBrowserAAAAAAAAAAAAAAA");
    await answerConvergence(it, "itBrowserAAAAAAAAAAAAAAA", (p) => (p === "data" ? 1 : p === "kpis" ? 2 : 3));
    const data = await respond(token, "data", "dataBrowserAAAAAAAAAAAAA");
    await answerConvergence(data, "dataBrowserAAAAAAAAAAAAA", () => 1);
    // Started, not finished.
    await respond(token, "sales", "salesBrowserAAAAAAAAAAAA");
  });

  it("gives the owner the combined figures, the ranked gap and every respondent's answers", async () => {
    const view = await teams.loadTeamRound(await viewerOf(owner.userId), roundId);
    expect(view.organizationName).toBe("Northwind Retail");
    expect(view.round.completedCount).toBe(4);
    expect(view.functions).toEqual([
      { function: "marketing", completed: 2, inProgress: 0 },
      { function: "it", completed: 1, inProgress: 0 },
      { function: "data", completed: 1, inProgress: 0 },
      { function: "sales", completed: 0, inProgress: 1 },
    ]);
    // Combined Data pillar: scores [100, 100, 0, 0] → median 50, spread 0–100.
    const combined = view.round.combined;
    expect(combined.instrument).toBe("convergence");
    const dataPillar = combined.instrument === "convergence" ? combined.pillars.find((p) => p.part === "data") : undefined;
    expect(dataPillar).toMatchObject({ count: 4, median: 50, level: 3, min: 0, max: 100, spread: 100 });

    expect(view.gap.firstCount).toBe(2);
    expect(view.gap.secondCount).toBe(1);
    expect(view.gap.gaps.map((g) => [g.part, g.difference, g.discussFirst])).toEqual([
      ["data", 4, true],
      ["kpis", 2, true],
      ["platforms", 0, false],
      ["process", 0, false],
      ["people", 0, false],
    ]);
    expect(view.round.respondentsVisible).toBe(true);
    const marketing = view.round.respondents.find((r) => r.function === "marketing")!;
    expect(Object.keys(marketing.answers)).toHaveLength(QUESTIONS.length);
    expect(view.canRunAssessments).toBe(true);
    expect(view.links).toHaveLength(1);
  });

  it("gives the client's consultant the same, links included", async () => {
    const view = await teams.loadTeamRound(await viewerOf(consultant.userId), roundId);
    expect(view.round.respondentsVisible).toBe(true);
    expect(view.links).toHaveLength(1);
    expect(view.gap.gaps[0]).toMatchObject({ part: "data", discussFirst: true });
  });

  it("gives a member the combined figures and the gap, but no individual answers and no links", async () => {
    const view = await teams.loadTeamRound(await viewerOf(member.userId), roundId);
    expect(view.round.respondentsVisible).toBe(false);
    expect(view.round.respondents.length).toBe(5);
    for (const r of view.round.respondents) {
      expect(r.answers).toEqual({});
      expect(r.ratings).toEqual({});
    }
    expect(view.canRunAssessments).toBe(false);
    expect(view.links).toBeNull();
    expect(view.gap.gaps[0]).toMatchObject({ part: "data", difference: 4, discussFirst: true });
    expect(JSON.stringify(view)).not.toContain("tokenHash");
  });

  it("answers 404 to a stranger and another consultant", async () => {
    await expect(teams.loadTeamRound(await viewerOf(stranger.userId), roundId)).rejects.toMatchObject({ kind: "not_found" });
    await expect(teams.loadTeamRound(await viewerOf(otherConsultant.userId), roundId)).rejects.toMatchObject({ kind: "not_found" });
    await expect(teams.loadTeamRound(null, roundId)).rejects.toMatchObject({ kind: "not_found" });
  });

  it("is honest when Marketing and IT are not both there yet, and ranks GenAI dimensions by level", async () => {
    const viewer = await viewerOf(owner.userId);
    const { roundId: genaiRound } = await teams.startRound(viewer, owner.organizationId, { instrument: "genai", kind: "team" }, null);
    const { token } = await teams.createRespondentLink(viewer, genaiRound);
    const marketing = await respond(token, "marketing", "genaiMarketingBrowserAAA");
    await answerGenAi(marketing, "genaiMarketingBrowserAAA", (d) => (d === "martech-stack" ? 1 : 3));

    let view = await teams.loadTeamRound(viewer, genaiRound);
    expect(view.gap.firstCount).toBe(1);
    expect(view.gap.secondCount).toBe(0);
    expect(view.gap.gaps.every((g) => g.difference === null && !g.discussFirst)).toBe(true);

    const it = await respond(token, "it", "genaiItBrowserAAAAAAAAAA");
    await answerGenAi(it, "genaiItBrowserAAAAAAAAAA", (d) => (d === "martech-stack" ? 4 : d === "content-creation" ? 2 : 3));
    view = await teams.loadTeamRound(viewer, genaiRound);
    expect(view.gap.gaps[0]).toMatchObject({ part: "martech-stack", difference: -3, pointsDifference: null, discussFirst: true });
    expect(view.gap.gaps[1]).toMatchObject({ part: "content-creation", difference: 1, discussFirst: false });
    expect(view.round.overallLevel).toBe(3);
  });
});

describe("listRoundSummaries", () => {
  it("lists the organisation's rounds for its people, and says who may start one", async () => {
    const asOwner = await teams.listRoundSummaries(await viewerOf(owner.userId), owner.organizationId);
    expect(asOwner.canRunAssessments).toBe(true);
    expect(asOwner.rounds.length).toBeGreaterThan(3);
    expect(asOwner.rounds.some((r) => r.kind === "team" && r.respondentCount === 5 && r.completedCount === 4)).toBe(true);
    const asMember = await teams.listRoundSummaries(await viewerOf(member.userId), owner.organizationId);
    expect(asMember.canRunAssessments).toBe(false);
    expect(asMember.rounds).toEqual(asOwner.rounds);
    await expect(teams.listRoundSummaries(await viewerOf(stranger.userId), owner.organizationId)).rejects.toMatchObject({ kind: "not_found" });
  });
});
