import { createHash } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

// Password hashing (scrypt) and a cold start of the route modules take seconds on two busy cores.
vi.setConfig({ testTimeout: 30_000 });

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();

// The caller is whoever signInAs names (tests/support/session-mock.ts).
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());
const { signInAs, signOut } = await import("../support/session-mock");

const { db } = await import("@/lib/db");
const { createAccount, createConsultant } = await import("../factories/account");
const { loadViewer } = await import("@/lib/data/access");
const invites = await import("@/lib/data/invites");
const { verifyCredentials, findSessionUser } = await import("@/lib/data/users");
const createRoute = await import("@/app/api/organizations/[orgId]/member-invites/route");
const revokeRoute = await import("@/app/api/invites/[inviteId]/revoke/route");
const joinRoute = await import("@/app/api/join/[token]/route");
const joinSignUpRoute = await import("@/app/api/join/[token]/sign-up/route");

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

beforeEach(() => signOut());

let addressCounter = 0;
/** Each request from its own address, so the refused-token limit of one test does not reach another. */
function jsonRequest(body: unknown = {}, address = `203.0.113.${(addressCounter += 1) % 250}`) {
  return new Request("http://127.0.0.1:3100/api/x", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", host: "127.0.0.1:3100", "x-forwarded-for": address },
    body: JSON.stringify(body),
  });
}

function formRequest(fields: Record<string, string> = {}) {
  return new Request("http://127.0.0.1:3100/api/x", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", host: "127.0.0.1:3100", "x-forwarded-for": "192.0.2.200" },
    body: new URLSearchParams(fields).toString(),
  });
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error;
}

const create = (orgId: string, request: Request = jsonRequest()) => createRoute.POST(request, { params: Promise.resolve({ orgId }) });
const revoke = (inviteId: string, request: Request = jsonRequest()) => revokeRoute.POST(request, { params: Promise.resolve({ inviteId }) });
const accept = (token: string, request: Request = jsonRequest()) => joinRoute.POST(request, { params: Promise.resolve({ token }) });
const joinSignUp = (token: string, body: unknown) => joinSignUpRoute.POST(jsonRequest(body), { params: Promise.resolve({ token }) });

/** An owner's fresh invite through the API: its id, raw token and link. */
async function ownerInvite(owner: { userId: string; organizationId: string }) {
  await signInAs(owner.userId);
  const response = await create(owner.organizationId);
  expect(response.status).toBe(201);
  const body = (await response.json()) as { id: string; url: string; expiresAt: string };
  const token = body.url.split("/join/")[1]!;
  signOut();
  return { ...body, token };
}

async function membershipsOf(userId: string) {
  return db.membership.findMany({ where: { userId }, select: { organizationId: true, role: true }, orderBy: { createdAt: "asc" } });
}

describe("POST /api/organizations/[orgId]/member-invites", () => {
  it("lets the owner create a 7-day single-use link whose token is stored only as its SHA-256", async () => {
    const owner = await createAccount();
    await signInAs(owner.userId);
    const before = Date.now();
    const response = await create(owner.organizationId);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; url: string; expiresAt: string; emailedTo: null };
    expect(body.url).toMatch(/^http:\/\/127\.0\.0\.1:3100\/join\/[A-Za-z0-9_-]{43}$/);
    expect(body.emailedTo).toBeNull();
    const token = body.url.split("/join/")[1]!;

    const row = await db.invite.findUniqueOrThrow({ where: { id: body.id } });
    expect(row).toMatchObject({ organizationId: owner.organizationId, kind: "member", createdById: owner.userId, acceptedAt: null, revokedAt: null, roundId: null });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    const ttl = row.expiresAt.getTime() - before;
    expect(ttl).toBeGreaterThanOrEqual(invites.MEMBER_INVITE_TTL_MS - 1000);
    expect(ttl).toBeLessThanOrEqual(invites.MEMBER_INVITE_TTL_MS + 5000);
    expect(invites.MEMBER_INVITE_TTL_MS).toBe(7 * 24 * 3600 * 1000);
    // Nothing else keeps the raw token either (no email was asked for).
    expect(await db.outboxMessage.count({ where: { text: { contains: token } } })).toBe(0);
  });

  it("refuses a member (403), a stranger and an unknown id (404), and the signed-out (401), writing nothing", async () => {
    const owner = await createAccount();
    const member = await createAccount();
    const { token } = await ownerInvite(owner);
    await signInAs(member.userId);
    expect((await accept(token)).status).toBe(200);
    const stranger = await createAccount();
    const consultant = await createConsultant();
    const before = await db.invite.count();

    await signInAs(member.userId);
    const byMember = await create(owner.organizationId);
    expect(byMember.status).toBe(403);
    for (const outsider of [stranger, consultant]) {
      await signInAs(outsider.userId);
      const response = await create(owner.organizationId);
      expect(response.status).toBe(404);
      expect(JSON.stringify(await response.json())).not.toContain("Organisation 1");
    }
    await signInAs(owner.userId);
    expect((await create("AAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    expect((await create("not an id!")).status).toBe(404);
    signOut();
    expect((await create(owner.organizationId)).status).toBe(401);
    expect(await db.invite.count()).toBe(before);
  });

  it("emails the link when an address is given, and refuses a malformed address with a field message", async () => {
    const owner = await createAccount({ organizationName: "Pied Piper Marketing" });
    await signInAs(owner.userId);
    const bad = await create(owner.organizationId, jsonRequest({ email: "not-an-address" }));
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).fields?.email).toBeTruthy();

    const response = await create(owner.organizationId, jsonRequest({ email: "Dinesh@Example.com" }));
    expect(response.status).toBe(201);
    const { url, emailedTo } = (await response.json()) as { url: string; emailedTo: string };
    expect(emailedTo).toBe("dinesh@example.com");
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: "dinesh@example.com" } });
    expect(message.subject).toBe("Join Pied Piper Marketing on Convergence");
    expect(message.text).toContain(url);
    expect(message.text).toContain(owner.email);
  });

  it("from a plain form, answers 303 to the members page and hands the link over in a short-lived cookie, not the URL", async () => {
    const owner = await createAccount();
    await signInAs(owner.userId);
    const response = await create(owner.organizationId, formRequest({ email: "" }));
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(location).toBe(`/workspace/members?org=${owner.organizationId}`);
    const cookie = response.headers.get("set-cookie")!;
    const token = cookie.match(/^cv_new_member_link=([A-Za-z0-9_-]{43});/)?.[1];
    expect(token).toBeDefined();
    expect(cookie).toMatch(/Path=\/workspace\/members/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=300/);
    expect(location).not.toContain(token);
    expect(await invites.findMemberInvite(token!)).toMatchObject({ state: "valid", organization: { id: owner.organizationId } });
  });
});

describe("listing and revoking", () => {
  it("lists only the invites that still work, to the owner only", async () => {
    const owner = await createAccount();
    const used = await ownerInvite(owner);
    const revoked = await ownerInvite(owner);
    const pending = await ownerInvite(owner);
    const newcomer = await createAccount();
    await invites.acceptMemberInvite(newcomer.userId, used.token);
    await invites.revokeInvite(await loadViewer(owner.userId), revoked.id);
    const expired = await invites.createMemberInvite(await loadViewer(owner.userId), owner.organizationId, new Date(Date.now() - invites.MEMBER_INVITE_TTL_MS - 1));

    const listed = await invites.listMemberInvites(await loadViewer(owner.userId), owner.organizationId);
    expect(listed.map((i) => i.id)).toEqual([pending.id]);
    expect(listed[0]?.createdBy).toBe(owner.email);
    expect(listed.map((i) => i.id)).not.toContain(expired.id);
    await expect(invites.listMemberInvites(await loadViewer(newcomer.userId), owner.organizationId)).rejects.toMatchObject({ kind: "forbidden" });
    const stranger = await createAccount();
    await expect(invites.listMemberInvites(await loadViewer(stranger.userId), owner.organizationId)).rejects.toMatchObject({ kind: "not_found" });
  });

  it("lets only the owner revoke: member 403, stranger 404, used 409; the link then stops working (410)", async () => {
    const owner = await createAccount();
    const member = await createAccount();
    const stranger = await createAccount();
    const first = await ownerInvite(owner);
    await signInAs(member.userId);
    expect((await accept(first.token)).status).toBe(200);
    const target = await ownerInvite(owner);

    await signInAs(member.userId);
    expect((await revoke(target.id)).status).toBe(403);
    await signInAs(stranger.userId);
    expect((await revoke(target.id)).status).toBe(404);
    expect((await revoke("AAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    signOut();
    expect((await revoke(target.id)).status).toBe(401);
    expect((await db.invite.findUniqueOrThrow({ where: { id: target.id } })).revokedAt).toBeNull();

    await signInAs(owner.userId);
    const response = await revoke(target.id);
    expect(response.status).toBe(200);
    expect((await db.invite.findUniqueOrThrow({ where: { id: target.id } })).revokedAt).not.toBeNull();
    expect((await revoke(target.id)).status).toBe(200);
    const usedOne = await revoke(first.id);
    expect(usedOne.status).toBe(409);

    const latecomer = await createAccount();
    await signInAs(latecomer.userId);
    const refused = await accept(target.token);
    expect(refused.status).toBe(410);
    expect((await errorOf(refused)).message).toMatch(/withdrawn/);
    expect(await membershipsOf(latecomer.userId)).toHaveLength(1);
    expect(await invites.findMemberInvite(target.token)).toEqual({ state: "revoked", organization: null });
  });

  it("from a plain form, answers 303 back to the members page", async () => {
    const owner = await createAccount();
    const { id } = await ownerInvite(owner);
    await signInAs(owner.userId);
    const response = await revoke(id, formRequest());
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/workspace/members?org=${owner.organizationId}&revoked=1`);
  });

  it("does not touch respondent links (they have their own endpoint)", async () => {
    const owner = await createAccount();
    const respondentInvite = await db.invite.create({
      data: { id: "respondentInviteId00001", tokenHash: "f".repeat(64), organizationId: owner.organizationId, kind: "respondent", createdById: owner.userId, expiresAt: new Date(Date.now() + 60_000) },
    });
    await signInAs(owner.userId);
    expect((await revoke(respondentInvite.id)).status).toBe(404);
    expect((await db.invite.findUniqueOrThrow({ where: { id: respondentInvite.id } })).revokedAt).toBeNull();
  });
});

describe("POST /api/join/[token]", () => {
  it("adds the signed-in user as a member, once; a second use of the link is 409", async () => {
    const owner = await createAccount({ organizationName: "Vandelay Industries" });
    const { id, token } = await ownerInvite(owner);
    const newcomer = await createAccount();
    await signInAs(newcomer.userId);
    const response = await accept(token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ organizationId: owner.organizationId, workspaceUrl: "/workspace" });
    expect(await membershipsOf(newcomer.userId)).toEqual([
      { organizationId: newcomer.organizationId, role: "owner" },
      { organizationId: owner.organizationId, role: "member" },
    ]);
    const row = await db.invite.findUniqueOrThrow({ where: { id } });
    expect(row.acceptedAt).not.toBeNull();
    expect(row.uses).toBe(1);

    // The same person again, and someone else with the same link.
    const again = await accept(token);
    expect(again.status).toBe(409);
    const other = await createAccount();
    await signInAs(other.userId);
    const second = await accept(token);
    expect(second.status).toBe(409);
    expect((await errorOf(second)).message).toMatch(/already been used/);
    expect(await membershipsOf(other.userId)).toHaveLength(1);
    expect(await invites.findMemberInvite(token)).toEqual({ state: "used", organization: null });
  });

  it("refuses an expired link with 410 and a revoked one with 410, adding nobody", async () => {
    const owner = await createAccount();
    const ownerViewer = await loadViewer(owner.userId);
    const expired = await invites.createMemberInvite(ownerViewer, owner.organizationId, new Date(Date.now() - invites.MEMBER_INVITE_TTL_MS - 60_000));
    const revoked = await invites.createMemberInvite(ownerViewer, owner.organizationId);
    await invites.revokeInvite(ownerViewer, revoked.id);

    const newcomer = await createAccount();
    await signInAs(newcomer.userId);
    const late = await accept(expired.token);
    expect(late.status).toBe(410);
    expect((await errorOf(late)).message).toMatch(/expired/);
    expect((await accept(revoked.token)).status).toBe(410);
    expect(await membershipsOf(newcomer.userId)).toHaveLength(1);
    expect(await db.invite.count({ where: { id: { in: [expired.id, revoked.id] }, acceptedAt: { not: null } } })).toBe(0);
  });

  it("answers 404 for a token that never existed or is malformed, and 401 when signed out", async () => {
    const owner = await createAccount();
    const { token } = await ownerInvite(owner);
    const someone = await createAccount();
    await signInAs(someone.userId);
    expect((await accept("A".repeat(43))).status).toBe(404);
    expect((await accept("short")).status).toBe(404);
    expect(await invites.findMemberInvite("A".repeat(43))).toBeNull();
    expect(await invites.findMemberInvite("../../etc")).toBeNull();
    signOut();
    expect((await accept(token)).status).toBe(401);
    const viaForm = await accept(token, formRequest());
    expect(viaForm.status).toBe(303);
    expect(viaForm.headers.get("location")).toBe(`/sign-in?next=${encodeURIComponent(`/join/${token}`)}`);
    expect(await invites.findMemberInvite(token)).toMatchObject({ state: "valid" });
  });

  it("refuses someone already in the organisation (409) and a consultant joining a company (403), leaving the link usable", async () => {
    const owner = await createAccount({ organizationName: "Soylent Marketing" });
    const { token } = await ownerInvite(owner);
    await signInAs(owner.userId);
    const self = await accept(token);
    expect(self.status).toBe(409);
    expect((await errorOf(self)).message).toBe("You already belong to Soylent Marketing.");

    const consultant = await createConsultant();
    await signInAs(consultant.userId);
    const refused = await accept(token);
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).message).toMatch(/belongs to a consultancy/);
    expect(await membershipsOf(consultant.userId)).toHaveLength(1);
    expect(await invites.findMemberInvite(token)).toMatchObject({ state: "valid", organization: { name: "Soylent Marketing" } });
  });

  it("lets a consultancy's owner bring in a colleague consultant, but not a consultant of another practice", async () => {
    const practiceOwner = await createConsultant();
    const first = await ownerInvite(practiceOwner);
    const second = await ownerInvite(practiceOwner);
    const colleague = await createAccount();
    await signInAs(colleague.userId);
    expect((await accept(first.token)).status).toBe(200);
    const otherConsultant = await createConsultant();
    await signInAs(otherConsultant.userId);
    const refused = await accept(second.token);
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).message).toMatch(/already belongs to a consultancy/);
    expect(await membershipsOf(colleague.userId)).toContainEqual({ organizationId: practiceOwner.organizationId, role: "member" });
  });

  it("from a plain form, joins and answers 303 to the workspace", async () => {
    const owner = await createAccount();
    const { token } = await ownerInvite(owner);
    const newcomer = await createAccount();
    await signInAs(newcomer.userId);
    const response = await accept(token, formRequest());
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/workspace");
    expect(await membershipsOf(newcomer.userId)).toContainEqual({ organizationId: owner.organizationId, role: "member" });
  });

  it("lets exactly one of two racing acceptances through", async () => {
    const owner = await createAccount();
    const { token } = await ownerInvite(owner);
    const [a, b] = [await createAccount(), await createAccount()];
    const results = await Promise.allSettled([invites.acceptMemberInvite(a.userId, token), invites.acceptMemberInvite(b.userId, token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { organizationId: owner.organizationId, role: "member" } })).toBe(1);
  });
});

describe("POST /api/join/[token]/sign-up", () => {
  it("creates an account that belongs only to the inviting organisation, as a member", async () => {
    const owner = await createAccount({ organizationName: "Wayne Enterprises" });
    const { token, id } = await ownerInvite(owner);
    const response = await joinSignUp(token, { email: "Lucius@Example.com", password: "applied sciences division" });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ email: "lucius@example.com", workspaceUrl: "/workspace" });
    const user = await verifyCredentials("lucius@example.com", "applied sciences division");
    expect(user).not.toBeNull();
    expect(await membershipsOf(user!.userId)).toEqual([{ organizationId: owner.organizationId, role: "member" }]);
    expect(await findSessionUser(user!.userId, user!.sessionVersion)).toMatchObject({ organizationName: "Wayne Enterprises", role: "member", organizationKind: "company" });
    expect((await db.invite.findUniqueOrThrow({ where: { id } })).acceptedAt).not.toBeNull();

    // The link is spent.
    const second = await joinSignUp(token, { email: "someone.else@example.com", password: "another long passphrase" });
    expect(second.status).toBe(409);
    expect(await db.user.count({ where: { email: "someone.else@example.com" } })).toBe(0);
  });

  it("refuses an email already in use (409, sign in instead), a weak password (400) and an unknown link (404), writing nothing", async () => {
    const owner = await createAccount();
    const { token } = await ownerInvite(owner);
    const existing = await createAccount();
    const users = await db.user.count();

    const taken = await joinSignUp(token, { email: existing.email, password: "a perfectly fine phrase" });
    expect(taken.status).toBe(409);
    expect((await errorOf(taken)).fields?.email).toMatch(/Sign in to accept/);
    const weak = await joinSignUp(token, { email: "weak@example.com", password: "password1" });
    expect(weak.status).toBe(400);
    expect((await errorOf(weak)).fields?.password).toBeTruthy();
    expect((await joinSignUp("B".repeat(43), { email: "ghost@example.com", password: "a perfectly fine phrase" })).status).toBe(404);
    // An empty form names both fields at once.
    const empty = await joinSignUp(token, { email: "", password: "" });
    expect(empty.status).toBe(400);
    expect(Object.keys((await errorOf(empty)).fields ?? {}).sort()).toEqual(["email", "password"]);

    expect(await db.user.count()).toBe(users);
    expect(await invites.findMemberInvite(token)).toMatchObject({ state: "valid" });
  });
});

describe("a consultant invites a client's people", () => {
  async function clientOf(practiceId: string) {
    const id = `client-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    await db.organization.create({ data: { id, name: "Northwind Retail", industry: "retail", sizeBand: "1000-4999", consultantPracticeId: practiceId } });
    return id;
  }

  it("invites the first owner, who joins as owner; a second owner invitation is a conflict", async () => {
    const consultant = await createConsultant();
    const clientId = await clientOf(consultant.organizationId);
    await signInAs(consultant.userId);
    const created = await createRoute.POST(jsonRequest({ role: "owner" }), { params: Promise.resolve({ orgId: clientId }) });
    expect(created.status).toBe(201);
    const { url } = (await created.json()) as { url: string };
    const token = url.split("/join/")[1]!;
    expect(await db.invite.findFirst({ where: { organizationId: clientId }, select: { role: true } })).toEqual({ role: "owner" });

    const { userId } = await invites.acceptMemberInviteAsNewUser({ email: `lead-${Date.now()}@example.com`, password: "the client lead's passphrase" }, token);
    expect(await db.membership.findUnique({ where: { userId_organizationId: { userId, organizationId: clientId } }, select: { role: true } })).toEqual({ role: "owner" });

    const again = await createRoute.POST(jsonRequest({ role: "owner" }), { params: Promise.resolve({ orgId: clientId }) });
    expect(again.status).toBe(409);
    // Members stay possible for the consultant.
    expect((await createRoute.POST(jsonRequest({ role: "member" }), { params: Promise.resolve({ orgId: clientId }) })).status).toBe(201);
  });

  it("refuses owner invitations from owners (403) and from another practice (404), writing nothing", async () => {
    const owner = await createAccount();
    const other = await createConsultant();
    const before = await db.invite.count();
    await signInAs(owner.userId);
    expect((await createRoute.POST(jsonRequest({ role: "owner" }), { params: Promise.resolve({ orgId: owner.organizationId }) })).status).toBe(403);
    const consultant = await createConsultant();
    const clientId = await clientOf(consultant.organizationId);
    await signInAs(other.userId);
    expect((await createRoute.POST(jsonRequest({ role: "owner" }), { params: Promise.resolve({ orgId: clientId }) })).status).toBe(404);
    expect((await createRoute.POST(jsonRequest({ role: "boss" }), { params: Promise.resolve({ orgId: clientId }) })).status).toBe(400);
    expect(await db.invite.count()).toBe(before);
    expect(await loadViewer(other.userId)).toMatchObject({ memberships: [{ kind: "practice" }] });
  });
});
