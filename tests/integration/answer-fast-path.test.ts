// The production server's fast path for anonymous answers (lib/server/answer-fast-path.ts) against
// the route handler it stands in for: the same request gets the same status and body from both,
// with proxy.ts's security headers and cross-site refusal; and what it writes on SQLite's shared
// connection waits for any open transaction, so a rollback cannot undo an acknowledged answer.
import { createServer, type Server } from "node:http";
import fc from "fast-check";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());

const { db, openSqliteConnection } = await import("@/lib/db");
const { executeHot } = await import("@/lib/db/hot-sql");
const { Prisma } = await import("@/lib/generated/prisma/client");
const { QUESTIONS } = await import("@/lib/instruments/convergence");
const { completeAssessment } = await import("@/lib/data/assessments");
const { fastAnswerTarget, serveFastAnswer } = await import("@/lib/server/answer-fast-path");
const { ASSESSMENT_WRITE_RULES } = await import("@/lib/security/rate-limits");
const { CROSS_SITE_REFUSAL, securityHeaders } = await import("@/lib/security/policy");
const { anonymousActor, createConvergenceAssessment, createGenAiAssessment } = await import("../factories/assessment");
const { createAccount } = await import("../factories/account");
const answersRoute = await import("@/app/api/assessments/[id]/answers/route");
const { answerSchema } = await import("@/lib/validation/assessment");
const { exampleOf, jsonSchemaOf, mutantOf } = await import("./fuzz/schema-fuzz");
const { hostileJson, invalidJsonText } = await import("./fuzz/hostile");

const FIRST = QUESTIONS[0]!.id;
const SECOND = QUESTIONS[1]!.id;
const NOT_FAST = 599;

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const id = fastAnswerTarget(request);
    if (id === null) {
      response.writeHead(NOT_FAST).end();
      return;
    }
    void serveFastAnswer(request, response, id, { isProduction: true });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.$disconnect();
  database.cleanup();
});

interface Call {
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

const answerBody = (questionId: string, choice: unknown) => JSON.stringify({ questionId, choice });

/** The request through the fast path, over HTTP as a browser sends it. */
async function viaFastPath(path: string, { body, contentType = "application/json", headers = {} }: Call) {
  const response = await fetch(`${origin}${path}`, {
    method: "PUT",
    headers: { "Content-Type": contentType, Origin: origin, ...headers },
    body,
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The same request through the route handler. */
async function viaRoute(id: string, { body, contentType = "application/json" }: Call) {
  const response = await answersRoute.PUT(
    new Request(`http://localhost/api/assessments/${encodeURIComponent(id)}/answers`, {
      method: "PUT",
      headers: { "Content-Type": contentType },
      body,
    }),
    { params: Promise.resolve({ id }) },
  );
  return { status: response.status, text: await response.text() };
}

async function answersOf(id: string) {
  return db.answer.findMany({ where: { assessmentId: id }, select: { questionId: true, choice: true }, orderBy: { questionId: "asc" } });
}

describe("which requests take the fast path", () => {
  const request = (method: string, url: string, cookie?: string) => ({ method, url, headers: cookie ? { cookie } : {} });

  it("takes an anonymous PUT to an assessment's answers, and nothing else", () => {
    expect(fastAnswerTarget(request("PUT", "/api/assessments/abc/answers"))).toBe("abc");
    expect(fastAnswerTarget(request("PUT", "/api/assessments/abc/answers?x=1"))).toBe("abc");
    expect(fastAnswerTarget(request("PUT", "/api/assessments/a%20b/answers"))).toBe("a b");
    expect(fastAnswerTarget(request("PUT", "/api/assessments/%E0%A4%A/answers"))).toBe("%E0%A4%A");
    expect(fastAnswerTarget(request("PUT", "/api/assessments/abc/answers", "cv_browser=k; theme=dark"))).toBe("abc");
    expect(fastAnswerTarget(request("POST", "/api/assessments/abc/answers"))).toBeNull();
    expect(fastAnswerTarget(request("GET", "/api/assessments/abc/answers"))).toBeNull();
    expect(fastAnswerTarget(request("PUT", "/api/assessments/abc/ratings"))).toBeNull();
    expect(fastAnswerTarget(request("PUT", "/api/assessments/abc/answers/more"))).toBeNull();
    expect(fastAnswerTarget(request("PUT", "/api/assessments//answers"))).toBeNull();
  });

  it("leaves a caller with a session to Next, whatever form the session cookie takes", () => {
    for (const cookie of ["next-auth.session-token=t", "__Secure-next-auth.session-token=t", "a=1; next-auth.session-token.0=t"]) {
      expect(fastAnswerTarget(request("PUT", "/api/assessments/abc/answers", cookie))).toBeNull();
    }
  });
});

describe("PUT /api/assessments/[id]/answers through the fast path", () => {
  let open: string;
  let completed: string;
  let organisations: string;
  let genAi: string;

  beforeAll(async () => {
    open = await createConvergenceAssessment();
    completed = await createConvergenceAssessment(() => 3);
    await completeAssessment(anonymousActor(), completed, "convergence");
    organisations = await createConvergenceAssessment();
    const { organizationId } = await createAccount();
    await db.assessment.update({ where: { id: organisations }, data: { organizationId } });
    genAi = await createGenAiAssessment();
  });

  it("answers as the route handler does, for good requests and bad, and changes only what the handler would", async () => {
    const cases: { name: string; id: string; call: Call; status: number }[] = [
      { name: "an answer", id: open, call: { body: answerBody(FIRST, 4) }, status: 200 },
      { name: "the same answer again", id: open, call: { body: answerBody(FIRST, 4) }, status: 200 },
      { name: "don't know", id: open, call: { body: answerBody(SECOND, "dont_know") }, status: 200 },
      { name: "a choice out of range", id: open, call: { body: answerBody(FIRST, 9) }, status: 400 },
      { name: "an unknown question", id: open, call: { body: answerBody("no-such-question", 2) }, status: 400 },
      { name: "an extra field", id: open, call: { body: JSON.stringify({ questionId: FIRST, choice: 2, score: 100 }) }, status: 400 },
      { name: "malformed JSON", id: open, call: { body: "{" }, status: 400 },
      { name: "not JSON", id: open, call: { body: "choice=2", contentType: "application/x-www-form-urlencoded" }, status: 415 },
      { name: "too large", id: open, call: { body: JSON.stringify({ questionId: FIRST, choice: 2, pad: "x".repeat(70_000) }) }, status: 413 },
      { name: "an unknown id", id: "AAAAAAAAAAAAAAAAAAAAAAAA", call: { body: answerBody(FIRST, 2) }, status: 404 },
      { name: "a malformed id", id: "<script>", call: { body: answerBody(FIRST, 2) }, status: 404 },
      { name: "an organisation's assessment", id: organisations, call: { body: answerBody(FIRST, 2) }, status: 404 },
      { name: "a GenAI assessment", id: genAi, call: { body: answerBody(FIRST, 2) }, status: 404 },
      { name: "a completed assessment", id: completed, call: { body: answerBody(FIRST, 1) }, status: 409 },
    ];
    for (const { name, id, call, status } of cases) {
      const before = await Promise.all([answersOf(open), answersOf(completed), answersOf(organisations)]);
      const fast = await viaFastPath(`/api/assessments/${encodeURIComponent(id)}/answers`, call);
      const afterFast = await Promise.all([answersOf(open), answersOf(completed), answersOf(organisations)]);
      const route = await viaRoute(id, call);
      const afterRoute = await Promise.all([answersOf(open), answersOf(completed), answersOf(organisations)]);
      expect({ name, status: fast.status }).toEqual({ name, status });
      expect({ name, status: route.status, body: JSON.parse(route.text) as unknown }).toEqual({ name, status, body: JSON.parse(fast.text) as unknown });
      // The route handler, given the same request, finds nothing left to change.
      expect(afterRoute).toEqual(afterFast);
      if (status !== 200) expect({ name, data: afterFast }).toEqual({ name, data: before });
    }
    expect(await answersOf(open)).toEqual([
      { questionId: FIRST, choice: "4" },
      { questionId: SECOND, choice: "dont_know" },
    ].sort((a, b) => a.questionId.localeCompare(b.questionId)));
  });

  it("gives the route handler's status and body for any payload, valid or hostile (400 generated requests)", async () => {
    const schema = jsonSchemaOf(answerSchema);
    // The JSON Schema cannot say which question ids exist (a refinement), so real answers are drawn here.
    const valid = fc.oneof(
      fc.record({ questionId: fc.constantFrom(...QUESTIONS.map((q) => q.id)), choice: fc.constantFrom(1, 2, 3, 4, 5, "dont_know") }),
      exampleOf(schema),
    );
    const body = fc.oneof(
      { arbitrary: valid.map((value) => JSON.stringify(value)), weight: 3 },
      { arbitrary: mutantOf(schema, valid).map((value) => JSON.stringify(value)), weight: 3 },
      { arbitrary: hostileJson.map((value) => JSON.stringify(value) ?? "null"), weight: 2 },
      { arbitrary: invalidJsonText, weight: 2 },
    );
    const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "text/plain");
    // A fresh assessment every 40 payloads keeps both paths' writes (80) under its limit of 120 a minute.
    let current = await createConvergenceAssessment();
    let runs = 0;
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(body, contentType, async (text, type) => {
        runs += 1;
        if (runs % 40 === 0) current = await createConvergenceAssessment();
        const call = { body: text, contentType: type };
        const fast = await viaFastPath(`/api/assessments/${current}/answers`, call);
        const route = await viaRoute(current, call);
        statuses.add(fast.status);
        expect({ status: route.status, body: JSON.parse(route.text) as unknown }).toEqual({ status: fast.status, body: JSON.parse(fast.text) as unknown });
      }),
      { numRuns: 400 },
    );
    // The payloads reached the outcomes a respondent's request can have here (413 for the longest ones).
    expect([...statuses].filter((status) => status !== 413).sort()).toEqual([200, 400, 415]);
  });

  it("puts the proxy's security headers on every answer, with a fresh CSP nonce each time", async () => {
    const path = `/api/assessments/${open}/answers`;
    const responses = [await viaFastPath(path, { body: answerBody(FIRST, 2) }), await viaFastPath(path, { body: "{" })];
    const nonces = responses.map(({ headers }) => /'nonce-([^']+)'/.exec(headers.get("content-security-policy") ?? "")?.[1]);
    expect(nonces[0]).toBeTruthy();
    expect(nonces[1]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
    for (const { headers } of responses) {
      expect(headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(headers.get("content-security-policy")).toContain("object-src 'none'");
      for (const [name, value] of Object.entries(securityHeaders({ isProduction: true }))) expect(headers.get(name)).toBe(value);
      expect(headers.get("content-type")).toContain("application/json");
    }
  });

  it("refuses a write from another site, or from an opaque origin, with 403 and changes nothing", async () => {
    const id = await createConvergenceAssessment();
    for (const headers of [{ Origin: "https://elsewhere.example" }, { Origin: "null" }]) {
      const refused = await viaFastPath(`/api/assessments/${id}/answers`, { body: answerBody(FIRST, 2), headers });
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.text)).toEqual(CROSS_SITE_REFUSAL);
      expect(refused.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect(await answersOf(id)).toEqual([]);
    expect(await db.rateLimitBucket.count({ where: { key: { contains: id } } })).toBe(0);
  });

  it("counts every write against the assessment's limit, and answers the next one 429 with Retry-After, unsaved", async () => {
    const id = await createConvergenceAssessment();
    const limit = ASSESSMENT_WRITE_RULES.perAssessment.limit;
    const path = `/api/assessments/${id}/answers`;
    for (let i = 0; i < limit; i += 1) {
      const accepted = await viaFastPath(path, { body: answerBody(FIRST, (i % 5) + 1) });
      expect(accepted.status).toBe(200);
    }
    const refused = await viaFastPath(path, { body: answerBody(SECOND, 2) });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await answersOf(id)).toEqual([{ questionId: FIRST, choice: String(((limit - 1) % 5) + 1) }]);
    // The refusal is in the audit log with the caller's address, which Next would have taken from the socket.
    const logged = await db.auditEvent.findMany({ where: { action: "rate_limited", targetId: id }, select: { outcome: true, ip: true } });
    expect(logged).toEqual([{ outcome: "denied", ip: "127.0.0.1" }]);
  });
});

describe("statements on the shared connection", () => {
  it("on SQLite, use the connection Prisma opened; on PostgreSQL, go through Prisma", async () => {
    await db.assessment.count();
    const isSqlite = database.path.endsWith(".db");
    expect(openSqliteConnection() !== null).toBe(isSqlite);
  });

  it("wait for a transaction that is open, so its rollback cannot undo an acknowledged answer", async () => {
    const id = await createConvergenceAssessment();
    let hotWrite: Promise<number> | undefined;
    const rolledBack = db.$transaction(async (tx) => {
      await tx.assessment.update({ where: { id }, data: { updatedAt: new Date(0) } });
      // Another request's answer arrives while this transaction is open...
      hotWrite = executeHot(
        Prisma.sql`INSERT INTO "Answer" ("assessmentId", "questionId", "choice", "updatedAt") VALUES (${id}, ${FIRST}, ${"5"}, ${new Date()})`,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      // ...and then this transaction fails.
      throw new Error("rolled back on purpose");
    });
    await expect(rolledBack).rejects.toThrow("rolled back on purpose");
    expect(await hotWrite).toBe(1);
    expect(await answersOf(id)).toEqual([{ questionId: FIRST, choice: "5" }]);
    expect((await db.assessment.findUniqueOrThrow({ where: { id } })).updatedAt.getTime()).not.toBe(0);
  });

  it("from Prisma outside a transaction, wait for one that is open too: its rollback undoes none of them, and they never see its rows", async () => {
    const id = await createConvergenceAssessment();
    let outside: Promise<unknown[]> | undefined;
    const rolledBack = db.$transaction(async (tx) => {
      await tx.answer.create({ data: { assessmentId: id, questionId: SECOND, choice: "1" } });
      // Another request's own statements arrive while this transaction is open...
      outside = Promise.all([
        db.answer.create({ data: { assessmentId: id, questionId: FIRST, choice: "4" } }),
        db.answer.findMany({ where: { assessmentId: id }, select: { questionId: true } }),
      ]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("rolled back on purpose");
    });
    await expect(rolledBack).rejects.toThrow("rolled back on purpose");
    const [, seen] = (await outside) as [unknown, { questionId: string }[]];
    // The read ran after the rollback (on SQLite) or on another connection (PostgreSQL): never the uncommitted row.
    expect(seen.map((row) => row.questionId)).not.toContain(SECOND);
    expect(await answersOf(id)).toEqual([{ questionId: FIRST, choice: "4" }]);
  });
});
