import { inRequestScope } from "./fuzz/next-request-scope"; // first: Next's request storage must exist before any Next module loads
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

// Password hashing (scrypt), a PDF render and cold route modules take seconds on two busy cores.
vi.setConfig({ testTimeout: 60_000 });

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
// Route handlers other than next-auth's read the caller from here (tests/support/session-mock.ts).
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());
const { signInAs, signOut } = await import("../support/session-mock");

const { NextRequest } = await import("next/server");
const { db } = await import("@/lib/db");
const { recordAuditEvent, listOrganizationAuditEvents, AUDIT_PAGE_SIZE } = await import("@/lib/data/audit");
const { loadViewer } = await import("@/lib/data/access");
const teams = await import("@/lib/data/teams");
const { createClient } = await import("@/lib/data/consultants");
const { createAccount, createConsultant } = await import("../factories/account");
const { createConvergenceAssessment } = await import("../factories/assessment");
const nextAuthRoute = await import("@/app/api/auth/[...nextauth]/route");
const signUpRoute = await import("@/app/api/account/sign-up/route");
const forgotRoute = await import("@/app/api/account/forgot-password/route");
const resetRoute = await import("@/app/api/account/reset-password/route");
const memberInvitesRoute = await import("@/app/api/organizations/[orgId]/member-invites/route");
const inviteRevokeRoute = await import("@/app/api/invites/[inviteId]/revoke/route");
const joinRoute = await import("@/app/api/join/[token]/route");
const linksRoute = await import("@/app/api/rounds/[roundId]/links/route");
const linkRevokeRoute = await import("@/app/api/respondent-links/[inviteId]/revoke/route");
const clientsRoute = await import("@/app/api/clients/route");
const consultantRevokeRoute = await import("@/app/api/organizations/[orgId]/consultant/revoke/route");
const exportRoute = await import("@/app/api/clients/export/route");
const pdfRoute = await import("@/app/api/assessments/[id]/pdf/route");

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

beforeEach(() => {
  signOut();
});

const ORIGIN = "http://127.0.0.1:3100";
const NEXT_AUTH = "/api/auth/[...nextauth]";
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

function json(method: string, path: string, body: unknown, address: string) {
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers: { "content-type": "application/json", accept: "application/json", host: "127.0.0.1:3100", "x-forwarded-for": address },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** next-auth's own handler, as the browser's sign-in form and sign-out button call it. */
async function nextAuth(method: "GET" | "POST", segments: string[], options: { form?: Record<string, string>; cookies?: string[]; address: string }) {
  const request = new NextRequest(`${ORIGIN}/api/auth/${segments.join("/")}`, {
    method,
    headers: {
      host: "127.0.0.1:3100",
      "x-forwarded-for": options.address,
      ...(options.form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      ...(options.cookies?.length ? { cookie: options.cookies.join("; ") } : {}),
    },
    ...(options.form ? { body: new URLSearchParams(options.form).toString() } : {}),
  });
  const context = { params: Promise.resolve({ nextauth: segments }) };
  const handler = method === "GET" ? nextAuthRoute.GET : nextAuthRoute.POST;
  return inRequestScope(NEXT_AUTH, request, () => handler(request, context));
}

/** "name=value" of each cookie a response sets. */
const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");

async function lastEmailTo(to: string) {
  return db.outboxMessage.findFirstOrThrow({ where: { to }, orderBy: { id: "desc" } });
}

describe("the audit trail of a scripted sequence", () => {
  it("records each security event, and no row holds a password, token, token hash, cookie, email address or email body", async () => {
    const address = "203.0.113.20";
    const email = `audited-${Date.now()}@example.com`;
    const password = "correct horse battery staple";
    const wrongPassword = "definitely not the password";
    const newPassword = "a completely fresh passphrase";

    // Sign-up.
    const signedUp = await signUpRoute.POST(
      json("POST", "/api/account/sign-up", { email, password, organizationName: "Audited Co", industry: "retail", sizeBand: "1-49" }, address),
      {},
    );
    expect(signedUp.status).toBe(201);
    const owner = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    const organizationId = owner.memberships[0]!.organizationId;

    // A failed then a successful sign-in, through next-auth itself.
    const csrf = await nextAuth("GET", ["csrf"], { address });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookies = cookiesOf(csrf);
    const signIn = (pass: string) =>
      nextAuth("POST", ["callback", "credentials"], { form: { csrfToken, email, password: pass, json: "true" }, cookies: csrfCookies, address });
    const failed = await signIn(wrongPassword);
    expect(cookiesOf(failed).some((c) => /session-token=.+/.test(c))).toBe(false);
    const succeeded = await signIn(password);
    const sessionCookies = cookiesOf(succeeded).filter((c) => /session-token=.+/.test(c));
    expect(sessionCookies).toHaveLength(1);

    // An emailed member invitation, accepted by someone who already has an account.
    await signInAs(owner.id);
    const invited = await memberInvitesRoute.POST(
      json("POST", `/api/organizations/${organizationId}/member-invites`, { email: "colleague@example.com" }, address),
      params({ orgId: organizationId }),
    );
    expect(invited.status).toBe(201);
    const { url: inviteUrl } = (await invited.json()) as { url: string };
    const inviteToken = inviteUrl.split("/join/")[1]!;
    const inviteEmail = await lastEmailTo("colleague@example.com");
    const colleague = await createAccount();
    await signInAs(colleague.userId);
    expect((await joinRoute.POST(json("POST", `/api/join/${inviteToken}`, {}, "203.0.113.21"), params({ token: inviteToken }))).status).toBe(200);

    // A password reset, requested and completed.
    signOut();
    expect((await forgotRoute.POST(json("POST", "/api/account/forgot-password", { email }, address), {})).status).toBe(202);
    const resetEmail = await lastEmailTo(email);
    const resetToken = resetEmail.text.match(/reset-password\?token=([A-Za-z0-9_-]+)/)?.[1];
    expect(resetToken).toBeTruthy();
    expect((await resetRoute.POST(json("POST", "/api/account/reset-password", { token: resetToken, password: newPassword }, address), {})).status).toBe(200);

    // Signing out through next-auth (its event bumps the session version).
    const signedOut = await nextAuth("POST", ["signout"], { form: { csrfToken, json: "true" }, cookies: [...csrfCookies, ...sessionCookies], address });
    expect(signedOut.status).toBeLessThan(400);

    const rows = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    const events = rows.map((r) => `${r.action}:${r.outcome}`);
    expect(events).toEqual(
      expect.arrayContaining([
        "sign_up:success",
        "sign_in:failure",
        "sign_in:success",
        "member_invite_created:success",
        "member_invite_accepted:success",
        "password_reset_requested:success",
        "password_reset_completed:success",
        "sign_out:success",
      ]),
    );
    expect(rows.find((r) => r.action === "sign_up")).toMatchObject({ actorUserId: owner.id, organizationId, ip: address });
    expect(rows.find((r) => r.action === "sign_in" && r.outcome === "success")).toMatchObject({ actorUserId: owner.id, ip: address });
    expect(rows.find((r) => r.action === "sign_in" && r.outcome === "failure")).toMatchObject({ actorUserId: null, ip: address });
    expect(rows.find((r) => r.action === "member_invite_created")).toMatchObject({ actorUserId: owner.id, organizationId });
    expect(rows.find((r) => r.action === "member_invite_accepted")).toMatchObject({ actorUserId: colleague.userId, organizationId, ip: "203.0.113.21" });
    expect(rows.find((r) => r.action === "password_reset_completed")).toMatchObject({ actorUserId: owner.id, ip: address });
    expect(rows.find((r) => r.action === "sign_out")).toMatchObject({ actorUserId: owner.id });

    const sessionValues = sessionCookies.map((c) => c.slice(c.indexOf("=") + 1));
    const secrets = [
      password,
      wrongPassword,
      newPassword,
      inviteToken,
      sha256(inviteToken),
      resetToken!,
      sha256(resetToken!),
      csrfToken,
      ...csrfCookies.map((c) => c.slice(c.indexOf("=") + 1)),
      ...sessionValues,
      // Every stored hash, whatever produced it.
      ...(await db.invite.findMany({ select: { tokenHash: true } })).map((i) => i.tokenHash),
      ...(await db.passwordResetToken.findMany({ select: { tokenHash: true } })).map((t) => t.tokenHash),
      ...(await db.user.findMany({ select: { passwordHash: true } })).map((u) => u.passwordHash),
      // Email bodies, and the addresses themselves.
      inviteEmail.text,
      resetEmail.text,
      email,
      "colleague@example.com",
    ];
    for (const row of rows) {
      for (const value of Object.values(row)) {
        if (typeof value !== "string") continue;
        for (const secret of secrets) expect(value.includes(secret), `${row.action}: ${value}`).toBe(false);
        // Nor any long piece of a secret (a prefix of a token, say).
        for (const secret of [inviteToken, resetToken!, ...sessionValues]) expect(value.includes(secret.slice(0, 16))).toBe(false);
      }
      if (row.detail !== null) expect(() => JSON.parse(row.detail!)).not.toThrow();
    }
  });
});

describe("who did what to which organisation", () => {
  async function viewerOf(userId: string) {
    return (await loadViewer(userId))!;
  }
  const lastEvent = (action: string) => db.auditEvent.findFirstOrThrow({ where: { action }, orderBy: { id: "desc" } });

  it("records invites revoked, respondent links created and revoked, with the organisation", async () => {
    const owner = await createAccount();
    await signInAs(owner.userId);
    const created = await memberInvitesRoute.POST(json("POST", `/api/organizations/${owner.organizationId}/member-invites`, {}, "198.51.100.1"), params({ orgId: owner.organizationId }));
    const { id: inviteId } = (await created.json()) as { id: string };
    expect((await inviteRevokeRoute.POST(json("POST", `/api/invites/${inviteId}/revoke`, {}, "198.51.100.1"), params({ inviteId }))).status).toBe(200);
    expect(await lastEvent("member_invite_revoked")).toMatchObject({ outcome: "success", actorUserId: owner.userId, organizationId: owner.organizationId, targetId: inviteId, ip: "198.51.100.1" });

    const { roundId } = await teams.startRound(await viewerOf(owner.userId), owner.organizationId, { instrument: "convergence", kind: "team", title: "" }, null);
    const link = await linksRoute.POST(json("POST", `/api/rounds/${roundId}/links`, {}, "198.51.100.2"), params({ roundId }));
    const { id: linkId } = (await link.json()) as { id: string };
    expect(await lastEvent("respondent_link_created")).toMatchObject({ actorUserId: owner.userId, organizationId: owner.organizationId, targetId: linkId });
    expect((await linkRevokeRoute.POST(json("POST", `/api/respondent-links/${linkId}/revoke`, {}, "198.51.100.2"), params({ inviteId: linkId }))).status).toBe(200);
    expect(await lastEvent("respondent_link_revoked")).toMatchObject({ actorUserId: owner.userId, organizationId: owner.organizationId, targetId: linkId });
  });

  it("records consultant access granted (a client created) and revoked, and the CSV export", async () => {
    const consultant = await createConsultant();
    await signInAs(consultant.userId);
    const created = await clientsRoute.POST(json("POST", "/api/clients", { name: "Managed Co", industry: "retail", sizeBand: "1-49" }, "198.51.100.3"), {});
    const { id: clientId } = (await created.json()) as { id: string };
    expect(await lastEvent("consultant_access_granted")).toMatchObject({ actorUserId: consultant.userId, organizationId: clientId, targetId: consultant.organizationId });

    expect((await exportRoute.GET(json("GET", "/api/clients/export", undefined, "198.51.100.3"), {})).status).toBe(200);
    const exported = await lastEvent("csv_export");
    expect(exported).toMatchObject({ actorUserId: consultant.userId, organizationId: consultant.organizationId });
    expect(JSON.parse(exported.detail!)).toEqual({ rows: 1 });

    // The client's owner (a user made owner of the client organisation) ends the access.
    const clientOwner = await createAccount();
    await db.membership.create({ data: { userId: clientOwner.userId, organizationId: clientId, role: "owner" } });
    await signInAs(clientOwner.userId);
    expect((await consultantRevokeRoute.POST(json("POST", `/api/organizations/${clientId}/consultant/revoke`, {}, "198.51.100.4"), params({ orgId: clientId }))).status).toBe(200);
    expect(await lastEvent("consultant_access_revoked")).toMatchObject({ actorUserId: clientOwner.userId, organizationId: clientId, ip: "198.51.100.4" });
  });

  it("records a PDF download that was served, and not one that was refused", async () => {
    const id = await createConvergenceAssessment(() => 3);
    const unfinished = await createConvergenceAssessment();
    const before = await db.auditEvent.count({ where: { action: "pdf_export" } });
    expect((await pdfRoute.GET(json("GET", `/api/assessments/${unfinished}/pdf`, undefined, "198.51.100.5"), params({ id: unfinished }))).status).toBe(409);
    expect(await db.auditEvent.count({ where: { action: "pdf_export" } })).toBe(before);

    // Completing it is an answer-path write like any other.
    const { completeAssessment } = await import("@/lib/data/assessments");
    await completeAssessment({ viewer: null, browserKey: null }, id, "convergence");
    const response = await pdfRoute.GET(json("GET", `/api/assessments/${id}/pdf`, undefined, "198.51.100.5"), params({ id }));
    expect(response.status).toBe(200);
    expect(await lastEvent("pdf_export")).toMatchObject({ outcome: "success", actorUserId: null, organizationId: null, targetId: id, ip: "198.51.100.5" });
  });
});

describe("recordAuditEvent", () => {
  it("never throws into the caller: a failed write is logged", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = { auditEvent: { create: () => Promise.reject(new Error("disk full")) } } as unknown as Parameters<typeof recordAuditEvent>[1];
    await expect(recordAuditEvent({ action: "sign_in", outcome: "failure" }, broken)).resolves.toBeUndefined();
    expect(errors).toHaveBeenCalledWith(expect.stringContaining("[audit] could not record sign_in (failure)"), expect.any(Error));
    errors.mockRestore();
  });

  it("writes with the caller's transaction, so it is undone with it", async () => {
    const before = await db.auditEvent.count();
    await expect(
      db.$transaction(async (tx) => {
        await recordAuditEvent({ action: "sign_out", outcome: "success", actorUserId: "someone" }, tx);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.auditEvent.count()).toBe(before);
  });
});

describe("the organisation's security log (listOrganizationAuditEvents)", () => {

  it("shows an owner the newest events first, at most a page of them, with the actor's email", async () => {
    const owner = await createAccount();
    const viewer = (await loadViewer(owner.userId))!;
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i += 1) {
      await recordAuditEvent({ action: "member_invite_created", outcome: "success", actorUserId: owner.userId, organizationId: owner.organizationId, targetId: `invite-${i}` });
    }
    await recordAuditEvent({ action: "csv_export", outcome: "success", actorUserId: owner.userId, organizationId: "someone-else" });
    const { organization, events } = await listOrganizationAuditEvents(viewer, owner.organizationId);
    expect(organization.id).toBe(owner.organizationId);
    expect(events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(events[0]).toMatchObject({ targetId: `invite-${AUDIT_PAGE_SIZE + 4}`, actorEmail: owner.email });
    expect(events.every((e) => e.action === "member_invite_created")).toBe(true);
  });

  it("is not_found for a member, the organisation's consultant, a stranger, the signed-out and an unknown id", async () => {
    const consultant = await createConsultant();
    const { id: clientId } = await createClient((await loadViewer(consultant.userId))!, { name: "Logged Co", industry: "retail", sizeBand: "1-49" });
    const owner = await createAccount();
    const member = await createAccount();
    await db.membership.createMany({ data: [{ userId: owner.userId, organizationId: clientId, role: "owner" }, { userId: member.userId, organizationId: clientId, role: "member" }] });
    const stranger = await createAccount();

    expect((await listOrganizationAuditEvents((await loadViewer(owner.userId))!, clientId)).organization.id).toBe(clientId);
    for (const userId of [member.userId, consultant.userId, stranger.userId]) {
      await expect(listOrganizationAuditEvents((await loadViewer(userId))!, clientId)).rejects.toMatchObject({ kind: "not_found" });
    }
    await expect(listOrganizationAuditEvents(null, clientId)).rejects.toMatchObject({ kind: "not_found" });
    await expect(listOrganizationAuditEvents((await loadViewer(owner.userId))!, "A".repeat(24))).rejects.toMatchObject({ kind: "not_found" });
  });
});
