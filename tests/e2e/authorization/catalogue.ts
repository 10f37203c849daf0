// The authorisation matrix's one list: every page, route handler and method of the app, with the
// request it makes in the seeded world (world.ts) and the status each role must get.
// tests/lint/route-catalogue.test.ts fails when the app has a page or handler this list does not
// name; tests/e2e/authorization.spec.ts runs every cell against the production server.
import { QUESTIONS } from "../../../lib/instruments/convergence";
import { DIMENSION_IDS } from "../../../lib/instruments/genai";
import type { Role, World } from "./world";
import { solidPng } from "../../support/images";

/** The logo the matrix uploads: a real PNG. */
const MATRIX_LOGO = solidPng(120, 40);

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface CellRequest {
  url: string;
  json?: unknown;
  form?: Record<string, string>;
  /** A multipart form with files (an upload). */
  multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
}

/** Fresh resources for cells that use something up (a claim, a single-use link). */
export interface Fresh {
  anonymousCompletedAssessment(): string;
}

/** A status, or the statuses a cell may answer (a public endpoint that may also rate-limit). */
export type Expected = number | readonly number[];

export interface Endpoint {
  /** URL pattern as app/ spells it, route groups dropped ("/api/assessments/[id]/answers"). */
  pattern: string;
  /** Tells apart two entries of the same pattern and method. */
  label?: string;
  method: Method;
  request: (w: World, fresh: Fresh, role: Role) => CellRequest;
  expect: Record<Role, Expected>;
  /** Writes data when allowed: every refused cell is checked to leave the tenants unchanged. */
  mutates: boolean;
  /** Why an endpoint answers every role alike, when it does. */
  publicBecause?: string;
  /** The link holder is shown the organisation's name by design (an invitation). */
  showsTenantName?: boolean;
}

const all = (status: Expected): Record<Role, Expected> => ({
  anonymous: status,
  respondent: status,
  member: status,
  owner: status,
  consultant: status,
  otherConsultant: status,
});

/** A saved assessment that the respondent's browser does not hold (a solo result). */
const savedResult = (allowed: Expected): Record<Role, Expected> => ({
  anonymous: 404,
  respondent: 404,
  member: allowed,
  owner: allowed,
  consultant: allowed,
  otherConsultant: 404,
});

/** Writing to a saved assessment: members may only read it. */
const savedResultWrite = (allowed: Expected): Record<Role, Expected> => ({ ...savedResult(allowed), member: 403 });

/** The respondent's own in-progress assessment of a team round: members never see one respondent's answers. */
const respondentAssessment = (allowed: Expected): Record<Role, Expected> => ({
  anonymous: 404,
  respondent: allowed,
  member: 404,
  owner: allowed,
  consultant: allowed,
  otherConsultant: 404,
});

/** Pages of the signed-in workspace: anonymous visitors are sent to sign in (307). */
const signedInPage = (statuses: Omit<Record<Role, Expected>, "anonymous" | "respondent">): Record<Role, Expected> => ({
  anonymous: 307,
  respondent: 307,
  ...statuses,
});

/** Pages for signed-out visitors: anyone signed in is redirected (307) to their workspace. */
const signedOutPage = (): Record<Role, Expected> => ({ ...all(307), anonymous: 200, respondent: 200 });

export const CATALOGUE: readonly Endpoint[] = [
  // ── Public pages ────────────────────────────────────────────────────────────
  { pattern: "/", method: "GET", request: () => ({ url: "/" }), expect: all(200), mutates: false, publicBecause: "the landing page" },
  // Signed-in visitors are sent on to their workspace.
  { pattern: "/sign-in", method: "GET", request: () => ({ url: "/sign-in" }), expect: signedOutPage(), mutates: false, publicBecause: "sign-in form" },
  { pattern: "/sign-up", method: "GET", request: () => ({ url: "/sign-up" }), expect: signedOutPage(), mutates: false, publicBecause: "sign-up form" },
  { pattern: "/forgot-password", method: "GET", request: () => ({ url: "/forgot-password" }), expect: all(200), mutates: false, publicBecause: "reset request form" },
  { pattern: "/reset-password", method: "GET", request: () => ({ url: "/reset-password?token=not-a-real-token" }), expect: all(200), mutates: false, publicBecause: "reset form (the token is checked on submit)" },

  // ── Assessment pages: unguessable id when anonymous, tenant-scoped once saved ─
  { pattern: "/diagnostic/[id]", method: "GET", request: (w) => ({ url: `/diagnostic/${w.respondentAssessmentId}` }), expect: respondentAssessment(200), mutates: false },
  { pattern: "/diagnostic/[id]/result", method: "GET", request: (w) => ({ url: `/diagnostic/${w.soloAssessmentId}/result` }), expect: savedResult(200), mutates: false },
  // A finished GenAI assessment's question page sends those allowed on to its result (307).
  { pattern: "/genai/[id]", method: "GET", request: (w) => ({ url: `/genai/${w.genaiAssessmentId}` }), expect: savedResult(307), mutates: false },
  { pattern: "/genai/[id]/result", method: "GET", request: (w) => ({ url: `/genai/${w.genaiAssessmentId}/result` }), expect: savedResult(200), mutates: false },

  // ── Workspace pages ─────────────────────────────────────────────────────────
  { pattern: "/workspace", method: "GET", request: () => ({ url: "/workspace" }), expect: signedInPage({ member: 200, owner: 200, consultant: 200, otherConsultant: 200 }), mutates: false },

  { pattern: "/workspace/members", method: "GET", request: () => ({ url: "/workspace/members" }), expect: signedInPage({ member: 200, owner: 200, consultant: 200, otherConsultant: 200 }), mutates: false },
  {
    pattern: "/workspace/members",
    label: "another organisation's",
    method: "GET",
    // Naming another organisation: only its own people may look.
    request: (w) => ({ url: `/workspace/members?org=${w.clientId}` }),
    // The client's consultant may see who has an account there; nobody else may.
    expect: signedInPage({ member: 200, owner: 200, consultant: 200, otherConsultant: 404 }),
    mutates: false,
  },
  // The security log: owners only (a consultant owns their practice, so sees the practice's own log).
  { pattern: "/workspace/audit", method: "GET", request: () => ({ url: "/workspace/audit" }), expect: signedInPage({ member: 404, owner: 200, consultant: 200, otherConsultant: 200 }), mutates: false },
  {
    pattern: "/workspace/audit",
    label: "another organisation's",
    method: "GET",
    // The client's log: its owner only, not its members nor its consultant.
    request: (w) => ({ url: `/workspace/audit?org=${w.clientId}` }),
    expect: signedInPage({ member: 404, owner: 200, consultant: 404, otherConsultant: 404 }),
    mutates: false,
  },
  {
    pattern: "/join/[token]",
    method: "GET",
    request: (w) => ({ url: `/join/${w.memberInviteToken}` }),
    expect: all(200),
    mutates: false,
    publicBecause: "the invitation link is the permission; it shows only the organisation's name",
    showsTenantName: true,
  },

  // ── Consultant: dashboard, new client, export ───────────────────────────────
  // Each consultant sees their own practice's clients; company accounts have no dashboard.
  { pattern: "/clients", method: "GET", request: () => ({ url: "/clients" }), expect: signedInPage({ member: 404, owner: 404, consultant: 200, otherConsultant: 200 }), mutates: false },
  { pattern: "/clients/new", method: "GET", request: () => ({ url: "/clients/new" }), expect: signedInPage({ member: 404, owner: 404, consultant: 200, otherConsultant: 200 }), mutates: false },
  {
    pattern: "/api/clients",
    method: "POST",
    request: () => ({ url: "/api/clients", json: { name: "Matrix New Client", industry: "retail", sizeBand: "1-49" } }),
    // A consultant adds a client to their own practice; a company account may not.
    expect: { anonymous: 401, respondent: 401, member: 403, owner: 403, consultant: 201, otherConsultant: 201 },
    mutates: true,
  },
  {
    pattern: "/api/clients/export",
    method: "GET",
    request: () => ({ url: "/api/clients/export" }),
    // The other consultant gets their own practice's file, which holds nothing of this client.
    expect: { anonymous: 401, respondent: 401, member: 404, owner: 404, consultant: 200, otherConsultant: 200 },
    mutates: false,
  },

  // ── Consultant: client detail and private notes ─────────────────────────────
  {
    pattern: "/clients/[orgId]",
    method: "GET",
    request: (w) => ({ url: `/clients/${w.clientId}` }),
    // Only the client's consultant: the client's own people use their workspace.
    expect: signedInPage({ member: 404, owner: 404, consultant: 200, otherConsultant: 404 }),
    mutates: false,
  },
  {
    pattern: "/api/rounds/[roundId]/notes",
    method: "POST",
    request: (w) => ({ url: `/api/rounds/${w.soloRoundId}/notes`, json: { kind: "recommendation", body: "Start with a shared customer ID." } }),
    // Notes are the practice's own: even the client's owner gets 404.
    expect: { anonymous: 404, respondent: 404, member: 404, owner: 404, consultant: 201, otherConsultant: 404 },
    mutates: true,
  },

  // ── The practice's logo ─────────────────────────────────────────────────────
  {
    pattern: "/api/organizations/[orgId]/logo",
    method: "POST",
    request: (w) => ({ url: `/api/organizations/${w.practiceId}/logo`, multipart: { logo: { name: "logo.png", mimeType: "image/png", buffer: MATRIX_LOGO } } }),
    // The practice's owner only; to its clients' people and other practices it does not exist.
    expect: { anonymous: 401, respondent: 401, member: 404, owner: 404, consultant: 303, otherConsultant: 404 },
    mutates: true,
  },
  {
    pattern: "/api/organizations/[orgId]/logo",
    method: "GET",
    request: (w) => ({ url: `/api/organizations/${w.practiceId}/logo` }),
    expect: { anonymous: 401, respondent: 401, member: 404, owner: 404, consultant: 200, otherConsultant: 404 },
    mutates: false,
  },
  {
    pattern: "/api/organizations/[orgId]/logo/delete",
    method: "POST",
    request: (w) => ({ url: `/api/organizations/${w.practiceId}/logo/delete`, json: {} }),
    expect: { anonymous: 401, respondent: 401, member: 404, owner: 404, consultant: 200, otherConsultant: 404 },
    mutates: true,
  },

  // ── Team rounds ─────────────────────────────────────────────────────────────
  {
    pattern: "/rounds/[roundId]",
    method: "GET",
    request: (w) => ({ url: `/rounds/${w.teamRoundId}` }),
    // Members see the combined figures only (each respondent's answers are for owner and consultant).
    expect: signedInPage({ member: 200, owner: 200, consultant: 200, otherConsultant: 404 }),
    mutates: false,
  },
  {
    pattern: "/api/rounds/[roundId]/pdf",
    method: "GET",
    // The world's team round has nobody finished yet; a one-person round's report is its respondent's.
    request: (w) => ({ url: `/api/rounds/${w.soloRoundId}/pdf` }),
    expect: { anonymous: 401, respondent: 401, member: 200, owner: 200, consultant: 200, otherConsultant: 404 },
    mutates: false,
  },
  {
    pattern: "/respond/[token]",
    method: "GET",
    request: (w) => ({ url: `/respond/${w.respondentToken}` }),
    expect: all(200),
    mutates: false,
    publicBecause: "the respondent link is the permission; respondents need no account",
    showsTenantName: true,
  },
  {
    pattern: "/api/respond/[token]",
    method: "POST",
    request: (w) => ({ url: `/api/respond/${w.respondentToken}`, json: { function: "it" } }),
    expect: all(201),
    mutates: true,
    publicBecause: "anyone holding the respondent link may answer, in their own browser",
  },
  {
    pattern: "/api/organizations/[orgId]/rounds",
    method: "POST",
    request: (w) => ({ url: `/api/organizations/${w.clientId}/rounds`, json: { instrument: "convergence", kind: "team" } }),
    expect: { anonymous: 401, respondent: 401, member: 403, owner: 201, consultant: 201, otherConsultant: 404 },
    mutates: true,
  },
  {
    pattern: "/api/rounds/[roundId]/links",
    method: "POST",
    request: (w) => ({ url: `/api/rounds/${w.teamRoundId}/links`, json: {} }),
    expect: { anonymous: 401, respondent: 401, member: 403, owner: 201, consultant: 201, otherConsultant: 404 },
    mutates: true,
  },

  // ── Member invitations ──────────────────────────────────────────────────────
  {
    pattern: "/api/organizations/[orgId]/member-invites",
    method: "POST",
    request: (w) => ({ url: `/api/organizations/${w.clientId}/member-invites`, json: {} }),
    // The client's consultant invites the client's people too.
    expect: { anonymous: 401, respondent: 401, member: 403, owner: 201, consultant: 201, otherConsultant: 404 },
    mutates: true,
  },
  {
    pattern: "/api/organizations/[orgId]/member-invites",
    label: "first owner",
    method: "POST",
    request: (w) => ({ url: `/api/organizations/${w.clientId}/member-invites`, json: { role: "owner" } }),
    // The client has an owner already: the consultant gets a conflict, the owner may not make owners.
    expect: { anonymous: 401, respondent: 401, member: 403, owner: 403, consultant: 409, otherConsultant: 404 },
    mutates: true,
  },
  {
    pattern: "/api/join/[token]",
    method: "POST",
    request: (w) => ({ url: `/api/join/${w.memberInviteToken}`, json: {} }),
    // Owner and member are in the organisation already; a consultant may not join a client as a member.
    expect: { anonymous: 401, respondent: 401, member: 409, owner: 409, consultant: 403, otherConsultant: 403 },
    mutates: true,
    showsTenantName: true,
  },
  {
    pattern: "/api/join/[token]/sign-up",
    method: "POST",
    request: (w) => ({ url: `/api/join/${w.memberInviteToken}/sign-up`, json: { email: "not-an-email" } }),
    expect: all([400, 429]),
    mutates: true,
    publicBecause: "creating an account through an invitation (here: invalid input, refused for everyone)",
  },
  {
    pattern: "/api/invites/[inviteId]/revoke",
    method: "POST",
    request: (w) => ({ url: `/api/invites/${w.memberInviteId}/revoke`, json: {} }),
    // Roles run in order: the owner withdraws it, then the consultant's second withdrawal is harmless.
    expect: { anonymous: 401, respondent: 401, member: 403, owner: 200, consultant: 200, otherConsultant: 404 },
    mutates: true,
  },

  // ── Account API (public by nature; answers never depend on who asks) ─────────
  {
    pattern: "/api/account/sign-up",
    method: "POST",
    request: () => ({ url: "/api/account/sign-up", json: { email: "not-an-email" } }),
    expect: all([400, 429]),
    mutates: true,
    publicBecause: "anyone may create an account (here: invalid input, refused for everyone)",
  },
  {
    pattern: "/api/account/forgot-password",
    method: "POST",
    request: (_w, _f, role) => ({ url: "/api/account/forgot-password", json: { email: `nobody-${role}@example.com` } }),
    expect: all([200, 202, 429]),
    mutates: true,
    publicBecause: "asking for a reset link must not reveal whether an account exists",
  },
  {
    pattern: "/api/account/reset-password",
    method: "POST",
    request: () => ({ url: "/api/account/reset-password", json: { token: "not-a-real-token", password: "a brand new passphrase" } }),
    expect: all([400, 404, 410, 429]),
    mutates: true,
    publicBecause: "the token is the permission",
  },
  {
    pattern: "/api/auth/[...nextauth]",
    method: "GET",
    request: () => ({ url: "/api/auth/csrf" }),
    expect: all(200),
    mutates: false,
    publicBecause: "next-auth's csrf and session endpoints",
  },
  {
    pattern: "/api/auth/[...nextauth]",
    method: "POST",
    request: () => ({ url: "/api/auth/callback/credentials", form: { email: "nobody@example.com", password: "wrong password" } }),
    // Without next-auth's csrf token the credentials callback is refused before any lookup.
    expect: all([302, 401, 403, 429]),
    mutates: false,
    publicBecause: "signing in",
  },

  // ── Assessment API ──────────────────────────────────────────────────────────
  {
    pattern: "/api/assessments",
    method: "POST",
    request: () => ({ url: "/api/assessments", form: { instrument: "convergence" } }),
    // The landing page's plain form: 303 to the new assessment's first question.
    expect: all(303),
    mutates: true,
    publicBecause: "anyone may start an anonymous assessment",
  },
  {
    pattern: "/api/assessments/[id]/answers",
    method: "PUT",
    request: (w) => ({ url: `/api/assessments/${w.respondentAssessmentId}/answers`, json: { questionId: QUESTIONS[0]!.id, choice: 3 } }),
    expect: respondentAssessment(200),
    mutates: true,
  },
  {
    pattern: "/api/assessments/[id]/complete",
    method: "POST",
    request: (w) => ({ url: `/api/assessments/${w.respondentAssessmentId}/complete` }),
    // Allowed callers reach the check that questions are still unanswered.
    expect: respondentAssessment(409),
    mutates: true,
  },
  {
    pattern: "/api/assessments/[id]/tools",
    method: "PUT",
    request: (w) => ({ url: `/api/assessments/${w.soloAssessmentId}/tools`, json: { tools: [{ name: "CRM", purpose: "", tag: "core" }] } }),
    expect: savedResultWrite(200),
    mutates: true,
  },
  {
    pattern: "/api/assessments/[id]/motion",
    method: "PUT",
    request: (w) => ({ url: `/api/assessments/${w.genaiAssessmentId}/motion`, json: { motion: "inbound" } }),
    // Completed: allowed callers reach the "answers can no longer change" check.
    expect: savedResultWrite(409),
    mutates: true,
  },
  {
    pattern: "/api/assessments/[id]/ratings",
    method: "PUT",
    request: (w) => ({ url: `/api/assessments/${w.genaiAssessmentId}/ratings`, json: { dimensionId: DIMENSION_IDS[0], current: 3, target: 4, evidence: "" } }),
    expect: savedResultWrite(409),
    mutates: true,
  },
  {
    pattern: "/api/assessments/[id]/priorities",
    method: "PUT",
    request: (w) => ({ url: `/api/assessments/${w.genaiAssessmentId}/priorities`, json: { priorities: DIMENSION_IDS.slice(0, 3) } }),
    expect: savedResultWrite(200),
    mutates: true,
  },
  {
    pattern: "/api/assessments/[id]/roadmap/[position]",
    method: "PUT",
    request: (w) => ({
      url: `/api/assessments/${w.genaiAssessmentId}/roadmap/0`,
      json: {
        whatItLooksLike: "Briefs drafted with an approved assistant",
        infrastructure: "A shared prompt library",
        training: "Two workshops",
        governance: "Review before publishing",
        successMeasure: "Time to first draft halves",
        marketingWin: "Faster campaigns",
        itWin: "One approved tool",
        marketingOwner: "Dana Whitfield",
        itOwner: "Sam Okafor",
        targetDate: "2099-09-30",
      },
    }),
    expect: savedResultWrite(200),
    mutates: true,
  },
  {
    pattern: "/api/assessments/[id]/claim",
    method: "POST",
    request: (_w, fresh) => ({ url: `/api/assessments/${fresh.anonymousCompletedAssessment()}/claim` }),
    // Anyone signed in to a company may save an unsaved result to it; a consultant's practice may not.
    expect: { anonymous: 401, respondent: 401, member: 200, owner: 200, consultant: 409, otherConsultant: 409 },
    mutates: true,
  },
  {
    pattern: "/api/assessments/[id]/benchmark",
    method: "PUT",
    request: (w) => ({ url: `/api/assessments/${w.soloAssessmentId}/benchmark`, json: { optIn: true } }),
    // The organisation chooses (owner or consultant); a member sees the choice but cannot make it.
    expect: { anonymous: 404, respondent: 404, member: 403, owner: 200, consultant: 200, otherConsultant: 404 },
    mutates: true,
  },
  {
    pattern: "/api/assessments/[id]/benchmark",
    method: "POST",
    request: (w) => ({ url: `/api/assessments/${w.soloAssessmentId}/benchmark`, form: { optIn: "false" } }),
    expect: { anonymous: 404, respondent: 404, member: 403, owner: 303, consultant: 303, otherConsultant: 404 },
    mutates: true,
  },
  {
    pattern: "/api/assessments/[id]/pdf",
    method: "GET",
    request: (w) => ({ url: `/api/assessments/${w.soloAssessmentId}/pdf` }),
    expect: savedResult(200),
    mutates: false,
  },
  // Last: it deletes the world's note.
  {
    pattern: "/api/notes/[noteId]/delete",
    method: "POST",
    request: (w) => ({ url: `/api/notes/${w.noteId}/delete`, json: {} }),
    expect: { anonymous: 404, respondent: 404, member: 404, owner: 404, consultant: 200, otherConsultant: 404 },
    mutates: true,
  },
  // Near the end: it withdraws the world's respondent link.
  {
    pattern: "/api/respondent-links/[inviteId]/revoke",
    method: "POST",
    request: (w) => ({ url: `/api/respondent-links/${w.respondentInviteId}/revoke`, json: {} }),
    expect: { anonymous: 401, respondent: 401, member: 403, owner: 200, consultant: 200, otherConsultant: 404 },
    mutates: true,
  },
  // On the spare client, so that the main client keeps its consultant for every other cell.
  {
    pattern: "/api/organizations/[orgId]/consultant/revoke",
    method: "POST",
    request: (w) => ({ url: `/api/organizations/${w.spareClientId}/consultant/revoke`, json: {} }),
    // Owner only. Roles run in order, so by the consultant's turn the practice has lost the client (404).
    expect: { anonymous: 401, respondent: 401, member: 404, owner: 200, consultant: 404, otherConsultant: 404 },
    mutates: true,
  },
];
