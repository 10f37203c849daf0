// The credentials sign-in (app/api/auth/[...nextauth]/route.ts): an empty or malformed field is a
// field error answered before any lookup; a real mismatch stays one generic failure, counted and audited.
import "./fuzz/next-request-scope"; // first: Next's request storage must exist before any Next module loads
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

vi.setConfig({ testTimeout: 30_000 });

const database = useFreshTestDatabase();
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");

// The real credential check, watched: a malformed form must not reach it.
const lookups = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/data/users", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/data/users")>();
  return {
    ...real,
    verifyCredentials: (...args: Parameters<typeof real.verifyCredentials>) => {
      lookups.count += 1;
      return real.verifyCredentials(...args);
    },
  };
});

const { db } = await import("@/lib/db");
const { createAccount } = await import("../factories/account");
const route = await import("@/app/api/auth/[...nextauth]/route");
const { nextAuthCaller } = await import("./fuzz/next-auth-caller");

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

let csrf: { token: string; cookie: string };
let address = 0;
/** Each test signs in from its own address, so the per-address limit of one does not reach another. */
let currentAddress = "";
const { call, fetchCsrf } = nextAuthCaller(route, () => currentAddress || "192.0.2.1");

/** POSTs the sign-in form as the browser's form does (urlencoded, json=true). */
function signIn(fields: Record<string, string>) {
  return call("POST", ["callback", "credentials"], {
    cookie: csrf.cookie,
    contentType: "application/x-www-form-urlencoded",
    body: new URLSearchParams({ csrfToken: csrf.token, json: "true", ...fields }).toString(),
  });
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error;
}

const signInTally = async () => ({
  buckets: await db.rateLimitBucket.count({ where: { key: { startsWith: "sign-in:" } } }),
  audited: await db.auditEvent.count({ where: { action: "sign_in" } }),
});

beforeAll(async () => {
  csrf = await fetchCsrf();
});

beforeEach(async () => {
  address += 1;
  currentAddress = `198.51.100.${address}`;
  lookups.count = 0;
  await db.rateLimitBucket.deleteMany({});
});

describe("POST /api/auth/callback/credentials with empty or malformed fields", () => {
  it("both fields empty: 400 naming each field, before any lookup, counted nowhere and not audited", async () => {
    const before = await signInTally();
    const response = await signIn({ email: "", password: "" });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fields).toEqual({ email: "Enter your email address", password: "Enter your password" });
    expect(lookups.count).toBe(0);
    expect(await signInTally()).toEqual(before);
    expect(response.headers.getSetCookie().some((c) => /session-token=[^;]+/.test(c))).toBe(false);
  });

  it("fields missing altogether, a malformed email, an empty password: each marked beside its field", async () => {
    expect((await errorOf(await signIn({}))).fields).toEqual({ email: "Enter your email address", password: "Enter your password" });
    expect((await errorOf(await signIn({ email: "not-an-email", password: "something" }))).fields).toEqual({ email: "Enter a valid email address" });
    expect((await errorOf(await signIn({ email: "someone@example.com", password: "" }))).fields).toEqual({ password: "Enter your password" });
    expect(lookups.count).toBe(0);
  });

  it("the same for a JSON body, which next-auth also reads", async () => {
    const response = await call("POST", ["callback", "credentials"], {
      cookie: csrf.cookie,
      contentType: "application/json",
      body: JSON.stringify({ csrfToken: csrf.token, json: "true", email: " ", password: "" }),
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fields).toEqual({ email: "Enter your email address", password: "Enter your password" });
    expect(lookups.count).toBe(0);
  });
});

describe("POST /api/auth/callback/credentials with well-formed fields", () => {
  it("a wrong password and an unknown email answer alike (no field named), each counted and audited", async () => {
    const alice = await createAccount();
    const before = await signInTally();
    const wrong = await signIn({ email: alice.email, password: "not her password" });
    const unknown = await signIn({ email: "nobody-here@example.com", password: "not her password" });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(((await response.json()) as { url: string }).url).toMatch(/error=CredentialsSignin/);
    }
    expect(lookups.count).toBe(2);
    const after = await signInTally();
    expect(after.audited - before.audited).toBe(2);
    expect(after.buckets).toBeGreaterThan(before.buckets);
  });

  it("the sixth failure in a minute is 429; an empty form in between is a 400 that neither counts nor is refused", async () => {
    const alice = await createAccount();
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await signIn({ email: alice.email, password: `wrong ${attempt}` })).status).toBe(401);
    expect((await signIn({ email: alice.email, password: "" })).status).toBe(400);
    expect((await signIn({ email: alice.email, password: "wrong 5" })).status).toBe(401);
    const sixth = await signIn({ email: alice.email, password: alice.password });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("the right password still signs in", async () => {
    const alice = await createAccount();
    const response = await signIn({ email: alice.email, password: alice.password });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().some((c) => /session-token=[^;]+/.test(c))).toBe(true);
  });
});
