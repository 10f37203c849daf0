// Property-based fuzzing of every route handler under app/api, in-process against a real database
// (a SQLite file, or PostgreSQL with TEST_DATABASE_URL set). For each endpoint, 1,000 malformed or
// hostile requests (path parameters, headers, cookies, JSON and form bodies derived from the
// route's zod schema, wrong content types, invalid JSON, huge bodies) from every kind of caller.
// Each must be answered (never thrown) with a 2xx, a 3xx or a 4xx, never a 5xx; after every
// refusal the database is unchanged, and a GET never changes it.
// A failure prints fast-check's seed and path; FUZZ_SEED=<seed> reruns with another base seed, and
// FUZZ_RUNS=<n> sends n payloads per endpoint instead of 1,000.
import { inRequestScope } from "./next-request-scope"; // first: Next's request storage must be set up before any Next module loads
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../../support/test-database";

/** Payloads per endpoint. */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);

// A cold start of the route modules takes seconds on two busy cores; one endpoint's 1,000 runs a few more.
vi.setConfig({ testTimeout: 120_000 });

// The database must exist before lib/db is first imported; the session secret before lib/env is read.
const database = useFreshTestDatabase();
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");

// Password hashing stays scrypt with its parameters stored in each hash, but at a cost of 2^10
// instead of 2^15: every fuzzed sign-up, reset or sign-in that passes validation hashes a password,
// and at full cost those alone would take minutes.
vi.mock("@/lib/auth/password-hash", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password-hash")>();
  return { ...real, hashPassword: (password: string) => real.hashPassword(password, { N: 1024, r: 8, p: 1 }) };
});
vi.mock("@/lib/auth/session", async () => (await import("../../support/session-mock")).sessionModule());
// The PDF route's input path (id, access, loading the report) runs for real; the render itself
// (seconds per report on a worker thread, covered by tests/integration/pdf.test.ts) is replaced.
vi.mock("@/lib/pdf/render", () => ({ renderReportPdf: async () => Buffer.from("%PDF-1.7\n% fuzz\n%%EOF\n") }));

const { db } = await import("@/lib/db");
const { signOut, presentToken } = await import("../../support/session-mock");
const { buildWorld, WORLD_PASSWORD } = await import("./world");
const { ROUTES, HTTP_METHODS, pathOf, templateOf } = await import("./routes");
const { DatabaseWatch, READ_CACHE_TABLES } = await import("./fingerprint");
const { CALLERS, ORIGIN, cookieArbitrary, inputArbitrary, bodyArbitrary, toRequest } = await import("./requests");
const { asHeaderValue, clientAddress, encodeSegment, wellFormed, hostileSegment, hostileString } = await import("./hostile");

import type { Snapshot } from "./fingerprint";
import type { EndpointSpec, Method, RouteSpec } from "./routes";
import type { Caller, FuzzInput } from "./requests";
import type { World } from "./world";

const watch = await DatabaseWatch.open(database.path);
// The app's connection to this throwaway file need not wait for the disk on every commit either
// (a setting of this one connection, made here; the app's code is unchanged). SQLite only.
if (watch.kind === "sqlite") await db.$executeRawUnsafe("PRAGMA synchronous = OFF");
const tallies: { endpoint: string; runs: number; statuses: Map<number, number>; seconds: number; worldSeconds: number }[] = [];

afterAll(async () => {
  const total = tallies.reduce((sum, t) => sum + t.runs, 0);
  const lines = tallies.map((t) => `${t.endpoint.padEnd(58)} ${String(t.runs).padStart(5)} runs ${t.seconds.toFixed(1).padStart(5)} s (world ${t.worldSeconds.toFixed(1)} s)  ${[...t.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ")}`);
  console.log(`[fuzz] ${tallies.length} endpoints, ${total} payloads\n${lines.join("\n")}`);
  await watch.close();
  await db.$disconnect();
  database.cleanup();
});

// --- The properties ------------------------------------------------------------------------------

/** A plain form sent back to a page that explains the refusal (nothing may have been written). */
const REFUSAL_LOCATION = /[?&](error|invalid|noteError|csrf|logo)=|^\/(sign-in|respond|join)(\/|\?|$)|\/api\/auth\/(signin|error)/;

function isRefusal(response: Response): boolean {
  if (response.status >= 400) return true;
  if (response.status >= 300) {
    const location = response.headers.get("location") ?? "";
    return REFUSAL_LOCATION.test(location.replace(/^https?:\/\/[^/]+/, ""));
  }
  return false;
}

/** What an error answer may not contain: a stack trace, SQL, or the internals' names (unless the request itself sent them). */
const LEAKS = [/\n\s+at\s/, /prisma/i, /sqlite/i, /\bSELECT\s.*\sFROM\s/i, /\bINSERT\s+INTO\b/i, /TypeError|ReferenceError|SyntaxError/, /node_modules/, /\.tsx?:\d+/];

/*
 * The world is built once, then put back before each endpoint (rows copied through a second
 * connection): every endpoint is fuzzed against the same pristine records, whatever earlier
 * endpoints did to theirs.
 */
let pristine: { world: World; rows: Snapshot } | undefined;

async function freshWorld(): Promise<World> {
  if (!pristine) {
    const world = await buildWorld();
    pristine = { world, rows: await watch.snapshot() };
  } else {
    await watch.restore(pristine.rows);
  }
  return pristine.world;
}

async function actAs(caller: Caller, world: World): Promise<void> {
  const users: Record<Exclude<Caller, "signedOut" | "staleOwner">, string> = {
    owner: world.owner.userId,
    member: world.member.userId,
    stranger: world.stranger.userId,
    consultant: world.consultant.userId,
    otherConsultant: world.otherConsultant.userId,
    loner: world.loner.userId,
  };
  // As signInAs does (a token of the user's current session version), read without a round trip through the app's client.
  if (caller === "signedOut") signOut();
  else if (caller === "staleOwner") presentToken(world.owner.userId, -1);
  else presentToken(users[caller], await watch.sessionVersionOf(users[caller]));
}

type Handler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

interface Call {
  method: Method;
  /** Every string the request sent (longest first), to tell an echo of the caller's own text from a leak. */
  sent: () => string[];
  run: () => Promise<Response>;
  describe: string;
}

/** Runs one request and checks every property; throws (failing the fast-check run) on a violation. */
async function check(call: Call, tally: Map<number, number>, options: { apiErrors: boolean }): Promise<void> {
  const before = await watch.fingerprint();
  const version = await watch.version();
  let response: Response;
  try {
    response = await call.run();
  } catch (error) {
    throw new Error(`${call.describe}: the handler threw instead of answering: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  tally.set(response.status, (tally.get(response.status) ?? 0) + 1);
  if (response.status < 200 || response.status >= 500) {
    throw new Error(`${call.describe}: answered ${response.status} ${await response.text().catch(() => "")}`);
  }
  if ((await watch.version()) !== version) {
    if (isRefusal(response) || call.method === "GET") {
      const changed = DatabaseWatch.differences(before, await watch.fingerprint(), isRefusal(response) ? undefined : READ_CACHE_TABLES);
      if (changed.length > 0) throw new Error(`${call.describe}: answered ${response.status} but changed ${changed.join(", ")}`);
    }
    // Every run starts with fresh rate limits, so the handler's own checks are reached (a 429 stays a valid answer).
    await watch.resetRateLimits();
  }
  if (options.apiErrors && response.status >= 400) {
    const text = await response.text();
    let body: { error?: { code?: unknown; message?: unknown } };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`${call.describe}: answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
    }
    if (typeof body.error?.code !== "string" || typeof body.error.message !== "string") {
      throw new Error(`${call.describe}: answered ${response.status} without { error: { code, message } }: ${text.slice(0, 200)}`);
    }
    // The caller's own text may come back in the message ("Unrecognized key: ..."): take it out first.
    const message = call.sent().reduce((text, sent) => text.split(sent).join(" "), body.error.message);
    const leak = LEAKS.map((pattern) => pattern.exec(message)?.[0]).find((found) => found !== undefined);
    if (leak) throw new Error(`${call.describe}: the error message leaks internals (${leak}): ${message}`);
  }
  // Prototype pollution would show as new properties on every object.
  if (Object.getOwnPropertyNames(Object.prototype).length !== OBJECT_PROTOTYPE_KEYS) {
    throw new Error(`${call.describe}: Object.prototype was polluted`);
  }
}

const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).length;

/** Every string in a value (keys included) of three characters or more, longest first. */
function stringsOf(value: unknown, found = new Set<string>()): string[] {
  // Each as sent and as it comes back after a trip through UTF-8 (a lone surrogate becomes U+FFFD).
  const add = (text: string) => {
    if (text.length < 3) return;
    found.add(text);
    found.add(wellFormed(text));
  };
  if (typeof value === "string") add(value);
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      add(key);
      stringsOf(item, found);
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

function summary(input: FuzzInput, path: string, method: string): string {
  const body = input.body;
  const shown = body.kind === "json" ? JSON.stringify(body.value) : body.kind === "text" ? body.text : body.kind === "empty" ? "" : JSON.stringify(body);
  return `${method} ${path.slice(0, 200)} as ${input.caller} [${body.kind}] ${String(shown).slice(0, 300)}`;
}

async function fuzzEndpoint(route: RouteSpec, method: Method, spec: EndpointSpec, seed: number): Promise<void> {
  const routeModule = await route.load();
  const handler = routeModule[method] as Handler;
  const worldStarted = performance.now();
  const world = await freshWorld();
  const worldSeconds = (performance.now() - worldStarted) / 1000;
  const tally = new Map<number, number>();
  const started = performance.now();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(inputArbitrary(spec, world, { hasBody: method !== "GET" }), async (input) => {
      runs += 1;
      await actAs(input.caller, world);
      const path = pathOf(route.file, input.params);
      const request = toRequest((url, init) => new Request(url, init), path, method, input);
      await check(
        { method, sent: () => stringsOf(input), run: () => handler(request, { params: Promise.resolve(input.params) }), describe: summary(input, path, method) },
        tally,
        { apiErrors: true },
      );
    }),
    { numRuns: NUM_RUNS, seed },
  );
  tallies.push({ endpoint: `${method} ${templateOf(route.file)}`, runs, statuses: tally, seconds: (performance.now() - started) / 1000, worldSeconds });
}

// --- next-auth ------------------------------------------------------------------------------------

const NEXT_AUTH_ROUTE = "/api/auth/[...nextauth]";
const NEXT_AUTH_ACTIONS: string[][] = [
  ["csrf"],
  ["session"],
  ["providers"],
  ["signin"],
  ["signin", "credentials"],
  ["signout"],
  ["error"],
  ["callback"],
  ["callback", "credentials"],
  ["verify-request"],
  ["_log"],
];

interface NextAuthInput {
  caller: Caller;
  segments: string[];
  cookie: string | null;
  address: string;
  accept: string | null;
  query: string;
  body: FuzzInput["body"];
}

/** A CSRF token and its cookie, as next-auth hands them to the sign-in page. */
async function csrfPair(handler: Handler): Promise<{ token: string; cookie: string }> {
  const request = new NextRequest(`${ORIGIN}/api/auth/csrf`, { headers: { host: "127.0.0.1:3100" } });
  const response = await inRequestScope(NEXT_AUTH_ROUTE, request, () => handler(request, { params: Promise.resolve({ nextauth: ["csrf"] }) }));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers.getSetCookie().find((c) => c.includes("csrf-token="));
  if (!cookie) throw new Error("next-auth set no CSRF cookie");
  return { token: csrfToken, cookie: cookie.split(";")[0] ?? "" };
}

function nextAuthArbitrary(method: Method, world: World, csrf: { token: string; cookie: string }, spec: EndpointSpec): fc.Arbitrary<NextAuthInput> {
  const known = fc.constantFrom(...NEXT_AUTH_ACTIONS);
  const segments: fc.Arbitrary<string[]> = fc.oneof(
    { arbitrary: method === "POST" ? fc.constant(["callback", "credentials"]) : known, weight: 6 },
    { arbitrary: known, weight: 2 },
    // A catch-all route always has one segment at least, and Next never routes an empty one.
    { arbitrary: fc.array(hostileSegment.filter((segment) => segment !== ""), { minLength: 1, maxLength: 4 }), weight: 2 },
    { arbitrary: fc.tuple(known, hostileSegment.filter((segment) => segment !== "")).map(([action, extra]) => [...action, extra]), weight: 1 },
  ).map((list) => list.map(wellFormed));
  const email = fc.oneof(
    { arbitrary: hostileString, weight: 90 },
    { arbitrary: fc.constantFrom(world.owner.email, world.consultant.email, world.owner.email.toUpperCase()), weight: 2 },
    { arbitrary: fc.stringMatching(/^[a-z]{1,8}$/).map((n) => `${n}@fuzz.example.com`), weight: 2 },
  );
  const credentials = fc
    .record(
      {
        csrfToken: fc.oneof({ arbitrary: fc.constant(csrf.token), weight: 8 }, { arbitrary: hostileString, weight: 2 }),
        email,
        password: fc.oneof(fc.constant(WORLD_PASSWORD), hostileString),
        callbackUrl: fc.oneof(fc.constantFrom("/workspace", "https://evil.example/", "//evil.example", "javascript:alert(1)"), hostileString),
        json: fc.constantFrom("true", "false", "1"),
        redirect: fc.constantFrom("false", "true"),
      },
      { requiredKeys: [] },
    )
    .chain((fields) =>
      fc.oneof(
        fc.constant({ kind: "form" as const, fields: Object.entries(fields), contentType: "application/x-www-form-urlencoded" }),
        fc.constant({ kind: "multipart" as const, fields: Object.entries(fields), file: null }),
        fc.constantFrom(...["application/json", "text/plain"]).map((contentType) => ({ kind: "json" as const, value: fields, contentType, length: "actual" as const })),
      ),
    );
  const sessionCookie = fc.oneof(
    { arbitrary: fc.constant(csrf.cookie), weight: 6 },
    { arbitrary: fc.constant(null), weight: 2 },
    { arbitrary: hostileString.map((v) => `__Secure-next-auth.session-token=${asHeaderValue(v)}`), weight: 1 },
    { arbitrary: hostileString.map((v) => `${csrf.cookie.split("=")[0]}=${asHeaderValue(v)}`), weight: 1 },
  );
  return fc.record({
    caller: fc.constantFrom(...CALLERS),
    segments,
    cookie: cookieArbitrary(world, sessionCookie),
    address: clientAddress,
    accept: fc.constantFrom(null, "application/json", "text/html"),
    query: fc.oneof(
      { arbitrary: fc.constant(""), weight: 3 },
      { arbitrary: fc.tuple(fc.constantFrom("callbackUrl", "error", "csrf", "provider", "__proto__"), hostileString).map(([k, v]) => `?${k}=${encodeSegment(v)}`), weight: 2 },
    ),
    body: method === "GET" ? fc.constant({ kind: "empty" as const, contentType: null }) : fc.oneof({ arbitrary: credentials, weight: 7 }, { arbitrary: bodyArbitrary(spec, world), weight: 3 }),
  });
}

async function fuzzNextAuth(route: RouteSpec, method: Method, spec: EndpointSpec, seed: number): Promise<void> {
  const routeModule = await route.load();
  const handler = routeModule[method] as Handler;
  const worldStarted = performance.now();
  const world = await freshWorld();
  const worldSeconds = (performance.now() - worldStarted) / 1000;
  const csrf = await csrfPair(routeModule.GET as Handler);
  const tally = new Map<number, number>();
  const started = performance.now();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(nextAuthArbitrary(method, world, csrf, spec), async (input) => {
      runs += 1;
      await actAs(input.caller, world);
      const path = pathOf(route.file, { nextauth: input.segments });
      const request = toRequest((url, init) => new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]), path, method, input);
      const context = { params: Promise.resolve({ nextauth: input.segments }) };
      await check(
        { method, sent: () => stringsOf(input), run: () => inRequestScope(NEXT_AUTH_ROUTE, request, () => handler(request, context)), describe: `${method} ${path.slice(0, 200)} [${input.body.kind}] ${JSON.stringify(input.body).slice(0, 300)}` },
        tally,
        // next-auth's own answers (redirects, its JSON) are not the API's error shape.
        { apiErrors: false },
      );
    }),
    { numRuns: NUM_RUNS, seed },
  );
  tallies.push({ endpoint: `${method} ${NEXT_AUTH_ROUTE}`, runs, statuses: tally, seconds: (performance.now() - started) / 1000, worldSeconds });
}

// --- The table covers every route ------------------------------------------------------------------

const APP_API = join(__dirname, "../../../app/api");
const ROOT = join(__dirname, "../../..");

describe("the fuzz table", () => {
  it("covers every route handler file and every method it exports", async () => {
    const files = (readdirSync(APP_API, { recursive: true }) as string[])
      .filter((file) => /(^|\/)route\.(ts|tsx|js)$/.test(file))
      .map((file) => relative(ROOT, join(APP_API, file)))
      .sort();
    const exported: string[] = [];
    for (const file of files) {
      const routeModule = (await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, unknown>;
      for (const method of HTTP_METHODS) if (typeof routeModule[method] === "function") exported.push(`${method} ${file}`);
    }
    const fuzzed = ROUTES.flatMap((route) => Object.keys(route.methods).map((method) => `${method} ${route.file}`)).sort();
    expect(exported.length).toBeGreaterThan(20);
    // A new route or method must join the table in routes.ts (and so be fuzzed).
    expect(fuzzed).toEqual(exported.sort());
  });
});

// --- One test per endpoint ------------------------------------------------------------------------

describe("fuzzing every endpoint: only 2xx/3xx/4xx, nothing written on a refusal", () => {
  let index = 0;
  for (const route of ROUTES) {
    for (const [method, spec] of Object.entries(route.methods) as [Method, EndpointSpec][]) {
      const seed = BASE_SEED + index;
      index += 1;
      it(`${method} ${templateOf(route.file)} (seed ${seed})`, async () => {
        await (route.nextAuth ? fuzzNextAuth(route, method, spec, seed) : fuzzEndpoint(route, method, spec, seed));
      });
    }
  }
});
