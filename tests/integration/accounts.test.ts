import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();
// Password hashing (scrypt) and a cold start of the route modules take seconds on two busy cores.
vi.setConfig({ testTimeout: 30_000 });

// The caller is whoever signInAs names (tests/support/session-mock.ts).
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());
const { signInAs, signOut } = await import("../support/session-mock");

const { db } = await import("@/lib/db");
const { QUESTIONS } = await import("@/lib/instruments/convergence");
const { createConvergenceAssessment } = await import("../factories/assessment");
const { createAccount } = await import("../factories/account");
const { verifyCredentials, revokeSessions, findSessionUser } = await import("@/lib/data/users");
const { listOrganizationAssessments } = await import("@/lib/data/organizations");
const { checkSignInRateLimit, recordFailedSignIn, clearSignInFailures } = await import("@/lib/data/rate-limit");
const { requestPasswordReset, resetPassword, RESET_TOKEN_TTL_MS } = await import("@/lib/data/password-reset");
const signUpRoute = await import("@/app/api/account/sign-up/route");
const forgotRoute = await import("@/app/api/account/forgot-password/route");
const resetRoute = await import("@/app/api/account/reset-password/route");
const claimRoute = await import("@/app/api/assessments/[id]/claim/route");
const completeRoute = await import("@/app/api/assessments/[id]/complete/route");

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

beforeEach(() => {
  signOut();
});

function post(body: unknown, url = "http://127.0.0.1:3100/api/x") {
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", host: "127.0.0.1:3100" },
    body: JSON.stringify(body),
  });
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error;
}

async function counts() {
  const [users, organizations, memberships] = await Promise.all([db.user.count(), db.organization.count(), db.membership.count()]);
  return { users, organizations, memberships };
}

const goodSignUp = {
  email: "Chief.Marketing@Example.com",
  password: "tea kettle on the fourth floor",
  organizationName: "Northwind Retail",
  industry: "retail",
  sizeBand: "1000-4999",
};

describe("POST /api/account/sign-up", () => {
  it("creates the user, the organisation and an owner membership", async () => {
    const response = await signUpRoute.POST(post(goodSignUp), {});
    expect(response.status).toBe(201);
    const user = await db.user.findUnique({
      where: { email: "chief.marketing@example.com" },
      select: { passwordHash: true, memberships: { select: { role: true, organization: { select: { name: true, industry: true, sizeBand: true } } } } },
    });
    expect(user?.passwordHash.startsWith("scrypt$")).toBe(true);
    expect(user?.passwordHash).not.toContain(goodSignUp.password);
    expect(user?.memberships).toEqual([{ role: "owner", organization: { name: "Northwind Retail", industry: "retail", sizeBand: "1000-4999" } }]);
    expect(await verifyCredentials("chief.marketing@example.com", goodSignUp.password)).not.toBeNull();
    expect(await verifyCredentials("chief.marketing@example.com", "tea kettle on the fifth floor")).toBeNull();
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ["a short password", { password: "short1" }, "password"],
    ["a common password", { password: "password123" }, "password"],
    ["the email as password", { email: "someone.new@example.com", password: "someone.new@example.com" }, "password"],
    ["an invalid email", { email: "not-an-email" }, "email"],
    ["an unknown industry", { industry: "mining" }, "industry"],
    ["an unknown size band", { sizeBand: "huge" }, "sizeBand"],
    ["an empty organisation name", { organizationName: "   " }, "organizationName"],
  ];
  it.each(bad)("refuses %s with 400, a field message and nothing written", async (_label, change, field) => {
    const before = await counts();
    const response = await signUpRoute.POST(post({ ...goodSignUp, email: "fresh@example.com", ...change }), {});
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fields?.[field]).toBeTruthy();
    expect(await counts()).toEqual(before);
  });

  it("an empty form: 400 naming every field at once, the password included, and nothing written", async () => {
    const before = await counts();
    const response = await signUpRoute.POST(post({ email: "", password: "", organizationName: "", industry: "", sizeBand: "" }), {});
    expect(response.status).toBe(400);
    expect(Object.keys((await errorOf(response)).fields ?? {}).sort()).toEqual(["email", "industry", "organizationName", "password", "sizeBand"]);
    expect(await counts()).toEqual(before);
  });

  it("refuses an email already in use with 409 and writes nothing", async () => {
    const before = await counts();
    const response = await signUpRoute.POST(post({ ...goodSignUp, email: "CHIEF.marketing@example.com" }), {});
    expect(response.status).toBe(409);
    expect((await errorOf(response)).fields?.email).toMatch(/already exists/);
    expect(await counts()).toEqual(before);
  });
});

async function finishedConvergence() {
  const id = await createConvergenceAssessment(() => 3);
  const response = await completeRoute.POST(new Request("http://localhost/x", { method: "POST" }), { params: Promise.resolve({ id }) });
  expect(response.status).toBe(200);
  return id;
}

const claim = (id: string) =>
  claimRoute.POST(new Request("http://localhost/x", { method: "POST" }), { params: Promise.resolve({ id }) });

describe("POST /api/assessments/[id]/claim", () => {
  it("saves a finished assessment to the caller's organisation once; a second claim by anyone is 409", async () => {
    const alice = await createAccount();
    const bob = await createAccount();
    const id = await finishedConvergence();

    await signInAs(alice.userId);
    const first = await claim(id);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ id, resultUrl: `/diagnostic/${id}/result` });
    expect(await db.assessment.findUnique({ where: { id }, select: { organizationId: true } })).toEqual({ organizationId: alice.organizationId });

    expect((await claim(id)).status).toBe(409);
    await signInAs(bob.userId);
    const byOther = await claim(id);
    expect(byOther.status).toBe(409);
    expect((await errorOf(byOther)).code).toBe("conflict");
    expect(await db.assessment.findUnique({ where: { id }, select: { organizationId: true } })).toEqual({ organizationId: alice.organizationId });

    const listed = await listOrganizationAssessments({ userId: alice.userId });
    expect(listed.map((a) => [a.id, a.instrument, a.level, a.levelName])).toEqual([[id, "convergence", 3, "Aligned"]]);
    expect(await listOrganizationAssessments({ userId: bob.userId })).toEqual([]);
  });

  it("refuses an unfinished assessment with 409 and changes nothing", async () => {
    const alice = await createAccount();
    const id = await createConvergenceAssessment((i) => (i < QUESTIONS.length - 1 ? 2 : undefined));
    await signInAs(alice.userId);
    expect((await claim(id)).status).toBe(409);
    expect(await db.assessment.findUnique({ where: { id }, select: { organizationId: true, claimedAt: true } })).toEqual({ organizationId: null, claimedAt: null });
  });

  it("answers 404 for an unknown or malformed id", async () => {
    const alice = await createAccount();
    await signInAs(alice.userId);
    expect((await claim("AAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    expect((await claim("nope")).status).toBe(404);
  });

  it("answers 401 to an anonymous caller and to a revoked session, and changes nothing", async () => {
    const id = await finishedConvergence();
    expect((await claim(id)).status).toBe(401);

    const alice = await createAccount();
    await signInAs(alice.userId);
    await revokeSessions(alice.userId); // what sign-out does
    expect((await claim(id)).status).toBe(401);
    expect(await db.assessment.findUnique({ where: { id }, select: { organizationId: true } })).toEqual({ organizationId: null });
  });
});

describe("sign-in rate limit (stored in the database)", () => {
  it("refuses the sixth failure in a minute for the same account and address, not from another address", async () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const attempt = { email: "target@example.com", address: "203.0.113.7" };
    for (let i = 0; i < 5; i += 1) {
      expect(await checkSignInRateLimit(attempt, now)).toEqual({ isAllowed: true });
      await recordFailedSignIn(attempt, now);
    }
    expect(await checkSignInRateLimit(attempt, new Date(now.getTime() + 1_000))).toMatchObject({ isAllowed: false, retryAfterSeconds: 59 });
    expect(await checkSignInRateLimit({ ...attempt, address: "198.51.100.2" }, now)).toEqual({ isAllowed: true });
    expect(await checkSignInRateLimit({ ...attempt, email: "TARGET@example.com" }, now)).toMatchObject({ isAllowed: false });
    expect(await checkSignInRateLimit(attempt, new Date(now.getTime() + 60_000))).toEqual({ isAllowed: true });
    expect(await db.rateLimitBucket.count({ where: { key: { startsWith: "sign-in:" } } })).toBe(2);
  });

  it("caps one address across many accounts", async () => {
    const now = new Date("2026-11-23T13:00:00Z");
    for (let i = 0; i < 30; i += 1) await recordFailedSignIn({ email: `victim${i}@example.com`, address: "192.0.2.9" }, now);
    expect(await checkSignInRateLimit({ email: "another@example.com", address: "192.0.2.9" }, now)).toMatchObject({ isAllowed: false });
  });

  it("a successful sign-in clears the pair's failures", async () => {
    const now = new Date("2026-11-23T14:00:00Z");
    const attempt = { email: "owner@example.com", address: "203.0.113.50" };
    for (let i = 0; i < 5; i += 1) await recordFailedSignIn(attempt, now);
    await clearSignInFailures(attempt);
    expect(await checkSignInRateLimit(attempt, now)).toEqual({ isAllowed: true });
  });
});

describe("password reset", () => {
  async function lastLinkTo(email: string) {
    const message = await db.outboxMessage.findFirst({ where: { to: email }, orderBy: { id: "desc" } });
    const token = message?.text.match(/reset-password\?token=([A-Za-z0-9_-]+)/)?.[1];
    return { message, token };
  }

  it("writes the reset email to the outbox, with a link to the host the request came to", async () => {
    const alice = await createAccount();
    const response = await forgotRoute.POST(post({ email: alice.email.toUpperCase() }), {});
    expect(response.status).toBe(202);
    const { message, token } = await lastLinkTo(alice.email);
    expect(message?.subject).toMatch(/Reset your Convergence password/);
    expect(message?.text).toContain(`http://127.0.0.1:3100/reset-password?token=${token}`);
    const stored = await db.passwordResetToken.findMany({ where: { userId: alice.userId }, select: { tokenHash: true } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toBe(token);
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    const before = await db.outboxMessage.count();
    const known = await createAccount();
    const a = await forgotRoute.POST(post({ email: known.email }), {});
    const b = await forgotRoute.POST(post({ email: "nobody-here@example.com" }), {});
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(await b.json()).toEqual(await a.json());
    expect(await db.outboxMessage.count()).toBe(before + 1);
  });

  it("sets the new password once; the link then stops working and old sessions end", async () => {
    const alice = await createAccount();
    await requestPasswordReset(alice.email, "http://localhost:3000");
    const { token } = await lastLinkTo(alice.email);
    const versionBefore = (await db.user.findUniqueOrThrow({ where: { id: alice.userId } })).sessionVersion;

    const first = await resetRoute.POST(post({ token, password: "a brand new passphrase" }), {});
    expect(first.status).toBe(200);
    expect(await verifyCredentials(alice.email, "a brand new passphrase")).not.toBeNull();
    expect(await verifyCredentials(alice.email, alice.password)).toBeNull();
    expect(await findSessionUser(alice.userId, versionBefore)).toBeNull();

    const second = await resetRoute.POST(post({ token, password: "yet another passphrase" }), {});
    expect(second.status).toBe(400);
    expect(await verifyCredentials(alice.email, "a brand new passphrase")).not.toBeNull();
  });

  it("refuses an expired link, a weak new password and an unknown token", async () => {
    const alice = await createAccount();
    const issued = new Date("2026-01-01T10:00:00Z");
    await requestPasswordReset(alice.email, "http://localhost:3000", issued);
    const { token } = await lastLinkTo(alice.email);
    await expect(resetPassword(token!, "a fine new passphrase", new Date(issued.getTime() + RESET_TOKEN_TTL_MS))).rejects.toMatchObject({ kind: "invalid" });
    expect(await verifyCredentials(alice.email, alice.password)).not.toBeNull();

    const weak = await resetRoute.POST(post({ token, password: "qwerty123" }), {});
    expect(weak.status).toBe(400);
    expect((await errorOf(weak)).fields?.password).toMatch(/common/);

    const unknown = await resetRoute.POST(post({ token: "x".repeat(43), password: "a fine new passphrase" }), {});
    expect(unknown.status).toBe(400);
  });
});
