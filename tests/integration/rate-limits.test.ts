import { afterAll, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

// Password hashing (scrypt) and a cold start of the route modules take seconds on two busy cores.
vi.setConfig({ testTimeout: 30_000 });

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());
const { signInAs } = await import("../support/session-mock");

const { db } = await import("@/lib/db");
const { createAccount } = await import("../factories/account");
const { recordRateLimitEvent, emailKeyOf } = await import("@/lib/data/rate-limit");
const { SIGN_UP_RULES, PASSWORD_RESET_RULES, INVITE_ACCEPT_RULES, signUpBuckets, inviteAcceptBuckets } = await import("@/lib/auth/rate-limit");
const { createMemberInvite } = await import("@/lib/data/invites");
const { loadViewer } = await import("@/lib/data/access");
const signUpRoute = await import("@/app/api/account/sign-up/route");
const forgotRoute = await import("@/app/api/account/forgot-password/route");
const joinRoute = await import("@/app/api/join/[token]/route");
const joinSignUpRoute = await import("@/app/api/join/[token]/sign-up/route");

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

function post(body: unknown, address: string) {
  return new Request("http://127.0.0.1:3100/api/x", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", host: "127.0.0.1:3100", "x-forwarded-for": address },
    body: JSON.stringify(body),
  });
}

async function expect429(response: Response, message: RegExp) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  const body = (await response.json()) as { error: { code: string; message: string; retryAfterSeconds: number } };
  expect(body.error.code).toBe("too_many_requests");
  expect(body.error.retryAfterSeconds).toBe(retryAfter);
  expect(body.error.message).toMatch(message);
  expect(body.error.message).toMatch(/Try again in \d+ (minute|second)s?\./);
  return body;
}

const signUp = (email: string, address: string, extra: Record<string, unknown> = {}) =>
  signUpRoute.POST(post({ email, password: "a long enough passphrase", organizationName: "Rate Co", industry: "retail", sizeBand: "1-49", ...extra }, address), {});

describe("sign-up, per address", () => {
  it("counts every accepted attempt (created or email taken), not invalid forms, and refuses the next with 429", async () => {
    const address = "203.0.113.1";
    expect((await signUp("first@example.com", address)).status).toBe(201);
    expect((await signUp("first@example.com", address)).status).toBe(409);
    for (let i = 0; i < 5; i += 1) expect((await signUp("broken", address)).status).toBe(400);
    expect(await db.rateLimitBucket.findUnique({ where: { key: `sign-up:address:${address}` } })).toMatchObject({ count: 2 });

    // Fill the rest of the hour's allowance without paying for a password hash each time.
    for (let i = 2; i < SIGN_UP_RULES.perAddress.limit; i += 1) await recordRateLimitEvent(signUpBuckets(address));
    const users = await db.user.count();
    await expect429(await signUp("one-too-many@example.com", address), /Too many accounts/);
    expect(await db.user.count()).toBe(users);

    // Another address is not affected.
    expect((await signUp("elsewhere@example.com", "198.51.100.1")).status).toBe(201);
  });

  it("applies to signing up through an invitation too", async () => {
    const owner = await createAccount();
    const invite = await createMemberInvite(await loadViewer(owner.userId), owner.organizationId);
    const address = "203.0.113.2";
    for (let i = 0; i < SIGN_UP_RULES.perAddress.limit; i += 1) await recordRateLimitEvent(signUpBuckets(address));
    const response = await joinSignUpRoute.POST(post({ email: "joiner@example.com", password: "a long enough passphrase" }, address), {
      params: Promise.resolve({ token: invite.token }),
    });
    await expect429(response, /Too many accounts/);
    expect(await db.user.count({ where: { email: "joiner@example.com" } })).toBe(0);
  });
});

describe("password-reset requests", () => {
  const forgot = (email: string, address: string) => forgotRoute.POST(post({ email }, address), {});

  it("caps requests per email, whether or not it has an account, with identical answers", async () => {
    const known = await createAccount();
    const unknown = "nobody-at-all@example.com";
    for (let i = 0; i < PASSWORD_RESET_RULES.perEmail.limit; i += 1) {
      // From a different address each time: the per-email limit alone stops them.
      expect((await forgot(known.email, `192.0.2.${i + 1}`)).status).toBe(202);
      expect((await forgot(unknown, `192.0.2.${i + 101}`)).status).toBe(202);
    }
    const sentBefore = await db.outboxMessage.count({ where: { to: known.email } });
    expect(sentBefore).toBe(PASSWORD_RESET_RULES.perEmail.limit);

    const forKnown = await forgot(known.email.toUpperCase(), "192.0.2.50");
    const forUnknown = await forgot(unknown, "192.0.2.51");
    const a = await expect429(forKnown, /Too many reset requests/);
    const b = await expect429(forUnknown, /Too many reset requests/);
    expect(a).toEqual(b);
    expect(await db.outboxMessage.count({ where: { to: known.email } })).toBe(sentBefore);
    // The email is not stored in clear in the limiter.
    expect(await db.rateLimitBucket.count({ where: { key: { contains: "nobody-at-all" } } })).toBe(0);
    expect(await db.rateLimitBucket.count({ where: { key: `reset:email:${emailKeyOf(unknown)}` } })).toBe(1);
  });

  it("caps requests per address across emails", async () => {
    const address = "198.51.100.77";
    for (let i = 0; i < PASSWORD_RESET_RULES.perAddress.limit; i += 1) expect((await forgot(`spray${i}@example.com`, address)).status).toBe(202);
    await expect429(await forgot("spray-last@example.com", address), /Too many reset requests/);
    expect((await forgot("spray-last@example.com", "198.51.100.78")).status).toBe(202);
  });
});

describe("invite acceptance, per address", () => {
  it("after too many refused tokens, answers 429 even for a good link, and only to that address", async () => {
    const owner = await createAccount();
    const invite = await createMemberInvite(await loadViewer(owner.userId), owner.organizationId);
    const guesser = await createAccount();
    await signInAs(guesser.userId);
    const accept = (token: string, address: string) => joinRoute.POST(post({}, address), { params: Promise.resolve({ token }) });

    const address = "203.0.113.99";
    for (let i = 0; i < INVITE_ACCEPT_RULES.failuresPerAddress.limit; i += 1) {
      expect((await accept(`${"G".repeat(40)}${String(i).padStart(3, "0")}`, address)).status).toBe(404);
    }
    await expect429(await accept(invite.token, address), /invitation links/);
    expect(await db.membership.count({ where: { userId: guesser.userId, organizationId: owner.organizationId } })).toBe(0);

    expect((await accept(invite.token, "203.0.113.100")).status).toBe(200);
    // A success does not count; a link already used does (it is a refused token).
    expect(await db.rateLimitBucket.findUnique({ where: { key: inviteAcceptBuckets("203.0.113.100")[0]!.key } })).toBeNull();
    expect((await accept(invite.token, "203.0.113.101")).status).toBe(409);
    expect(await db.rateLimitBucket.findUnique({ where: { key: inviteAcceptBuckets("203.0.113.101")[0]!.key } })).toMatchObject({ count: 1 });
  });
});
