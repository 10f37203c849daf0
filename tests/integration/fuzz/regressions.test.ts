// The failures the route fuzzing found, one test each, so they stay fixed. All were in next-auth's
// handler (app/api/auth/[...nextauth]/route.ts), which answered a 500 or threw on bad input.
import "./next-request-scope"; // first: Next's request storage must be set up before any Next module loads
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../../support/test-database";

vi.setConfig({ testTimeout: 30_000 });

const database = useFreshTestDatabase();
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");

const { db } = await import("@/lib/db");
const { getAuthOptions } = await import("@/lib/auth/options");
const route = await import("@/app/api/auth/[...nextauth]/route");
const { AUTH_ORIGIN, nextAuthCaller } = await import("./next-auth-caller");

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

const ORIGIN = AUTH_ORIGIN;
const { call, fetchCsrf } = nextAuthCaller(route, () => "192.0.2.7");
let csrf: { token: string; cookie: string };

beforeAll(async () => {
  csrf = await fetchCsrf();
});

const signInForm = (fields: Record<string, string>) => ({
  cookie: csrf.cookie,
  contentType: "application/x-www-form-urlencoded",
  body: new URLSearchParams({ csrfToken: csrf.token, email: "nobody@example.com", password: "wrong password", ...fields }).toString(),
});

describe("next-auth's handler answers bad input with a 4xx or its usual redirect, never a 500", () => {
  it("a sign-in form whose callbackUrl is not a URL: the failed sign-in's usual redirect (next-auth's default redirect threw)", async () => {
    const response = await call("POST", ["callback", "credentials"], signInForm({ callbackUrl: "\u0000" }));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^https?:\/\/127\.0\.0\.1:3100\/api\/auth\/error\?error=CredentialsSignin/);
  });

  it("the redirect rule keeps to this site's pages and no longer throws", async () => {
    const redirect = getAuthOptions().callbacks!.redirect!;
    const baseUrl = ORIGIN;
    expect(await redirect({ url: "/workspace", baseUrl })).toBe(`${ORIGIN}/workspace`);
    expect(await redirect({ url: `${ORIGIN}/clients`, baseUrl })).toBe(`${ORIGIN}/clients`);
    expect(await redirect({ url: "https://evil.example/", baseUrl })).toBe(baseUrl);
    expect(await redirect({ url: "\u0000", baseUrl })).toBe(baseUrl);
    expect(await redirect({ url: "not a url", baseUrl })).toBe(baseUrl);
  });

  it("a ?callbackUrl= that is not an http(s) address: 400 (was 500, 'server configuration')", async () => {
    for (const [method, segments] of [["GET", ["session"]], ["POST", ["callback", "credentials"]], ["POST", ["signout"]]] as const) {
      const response = await call(method, [...segments], { ...signInForm({}), query: "?callbackUrl=_" });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid_callback_url");
    }
  });

  it("a callback-url cookie that is not an http(s) address: 400 (was 500)", async () => {
    const response = await call("GET", ["session"], { cookie: "__Secure-next-auth.callback-url=javascript%3Aalert(1)" });
    expect(response.status).toBe(400);
  });

  it("GET on the credentials callback: 405 with Allow: POST (next-auth threw 'Callback for provider type credentials not supported')", async () => {
    const response = await call("GET", ["callback", "credentials"]);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("an ?error= beyond Latin-1: 400 (next-auth copied it into a Location header, which threw)", async () => {
    const response = await call("GET", ["error"], { query: `?error=${encodeURIComponent("Ā")}` });
    expect(response.status).toBe(400);
    // A plain error code is still shown on the sign-in page.
    const plain = await call("GET", ["error"], { query: "?error=CredentialsSignin" });
    expect(plain.status).toBe(302);
    expect(plain.headers.get("location")).toMatch(/\?error=CredentialsSignin$/);
  });

  it("a path segment that is not a plain word: 404 (next-auth threw on a zero-width space)", async () => {
    for (const segment of ["\u200b", "é", "a b"]) {
      const response = await call("GET", ["error", segment]);
      expect(response.status).toBe(404);
    }
    expect((await call("GET", ["csrf"])).status).toBe(200);
  });

  it("a sign-in whose email holds a NUL: a 400 naming the field, counted under no key (PostgreSQL refused the rate-limit key, 500)", async () => {
    const buckets = await db.rateLimitBucket.count();
    const response = await call("POST", ["callback", "credentials"], signInForm({ email: "\u0000" }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { fields: Record<string, string> } }).error.fields.email).toBeTruthy();
    expect(await db.rateLimitBucket.count()).toBe(buckets);
    // A well-formed failure is counted under the email's digest, never under the email as typed.
    await call("POST", ["callback", "credentials"], signInForm({ email: "no.account@example.com" }));
    const keys = (await db.rateLimitBucket.findMany({ where: { key: { startsWith: "sign-in:account+address:" } }, select: { key: true } })).map((b) => b.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^sign-in:account\+address:[0-9a-f]{32}\|/);
  });

  it("a JSON body that is not JSON: 400 (next-auth's body parser threw)", async () => {
    const response = await call("POST", ["signin", "credentials"], { cookie: csrf.cookie, contentType: "application/json", body: "{" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid_json");
  });

  it("still signs in through the form, and refuses a wrong password with its usual redirect", async () => {
    const response = await call("POST", ["callback", "credentials"], signInForm({ callbackUrl: "/workspace" }));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("error=CredentialsSignin");
  });
});
