import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());

const { db } = await import("@/lib/db");
const { QUESTIONS } = await import("@/lib/instruments/convergence");
const { createConvergenceAssessment } = await import("../factories/assessment");
const answersRoute = await import("@/app/api/assessments/[id]/answers/route");
const completeRoute = await import("@/app/api/assessments/[id]/complete/route");
const toolsRoute = await import("@/app/api/assessments/[id]/tools/route");

const FIRST = QUESTIONS[0]!.id;
const UNKNOWN_ID = "AAAAAAAAAAAAAAAAAAAAAAAA";

function context(id: string) {
  return { params: Promise.resolve({ id }) };
}

function jsonRequest(method: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/test", {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const putAnswer = (id: string, body: unknown, headers?: Record<string, string>) =>
  answersRoute.PUT(jsonRequest("PUT", body, headers), context(id));
const putTools = (id: string, body: unknown) => toolsRoute.PUT(jsonRequest("PUT", body), context(id));
const complete = (id: string) => completeRoute.POST(new Request("http://localhost/x", { method: "POST" }), context(id));

async function snapshot(id: string) {
  return db.assessment.findUnique({
    where: { id },
    select: {
      status: true,
      updatedAt: true,
      answers: { select: { questionId: true, choice: true }, orderBy: { questionId: "asc" } },
      tools: { select: { name: true, purpose: true, tag: true, position: true }, orderBy: { position: "asc" } },
    },
  });
}

async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } };
  return body.error;
}

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

describe("PUT /api/assessments/[id]/answers", () => {
  let id: string;
  beforeAll(async () => {
    id = await createConvergenceAssessment();
  });

  it("saves an answer and returns it", async () => {
    const response = await putAnswer(id, { questionId: FIRST, choice: 3 });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ questionId: FIRST, choice: 3 });
    expect((await snapshot(id))?.answers).toEqual([{ questionId: FIRST, choice: "3" }]);
  });

  it("is idempotent and the last write wins", async () => {
    await putAnswer(id, { questionId: FIRST, choice: 2 });
    await putAnswer(id, { questionId: FIRST, choice: 2 });
    await putAnswer(id, { questionId: FIRST, choice: "dont_know" });
    expect((await snapshot(id))?.answers).toEqual([{ questionId: FIRST, choice: "dont_know" }]);
  });

  const badBodies: [string, unknown, string][] = [
    ["an unknown question id", { questionId: "no-such-question", choice: 3 }, "questionId"],
    ["a missing question id", { choice: 3 }, "questionId"],
    ["level 0", { questionId: FIRST, choice: 0 }, "choice"],
    ["level 6", { questionId: FIRST, choice: 6 }, "choice"],
    ["a fractional level", { questionId: FIRST, choice: 2.5 }, "choice"],
    ["a level sent as a string", { questionId: FIRST, choice: "3" }, "choice"],
    ["a null choice", { questionId: FIRST, choice: null }, "choice"],
    ["an unknown field", { questionId: FIRST, choice: 3, weight: 10 }, "_"],
    ["an array body", [{ questionId: FIRST, choice: 3 }], "_"],
  ];

  it.each(badBodies)("answers 400 with a field message for %s, and writes nothing", async (_name, body, field) => {
    const before = await snapshot(id);
    const response = await putAnswer(id, body);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("invalid_input");
    expect(error.message.length).toBeGreaterThan(0);
    expect(Object.keys(error.fields ?? {})).toContain(field);
    expect(await snapshot(id)).toEqual(before);
  });

  it("answers 400 for malformed JSON, 415 for another content type, 413 for a huge body", async () => {
    const before = await snapshot(id);
    expect((await putAnswer(id, "{not json")).status).toBe(400);
    expect((await putAnswer(id, { questionId: FIRST, choice: 3 }, { "content-type": "text/plain" })).status).toBe(415);
    const huge = JSON.stringify({ questionId: FIRST, choice: 3, pad: "x".repeat(70_000) });
    expect((await putAnswer(id, huge)).status).toBe(413);
    expect(await snapshot(id)).toEqual(before);
  });

  it("answers 404 for an unknown or malformed assessment id", async () => {
    const unknown = await putAnswer(UNKNOWN_ID, { questionId: FIRST, choice: 3 });
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe("not_found");
    expect((await putAnswer("../../etc", { questionId: FIRST, choice: 3 })).status).toBe(404);
    expect(await db.answer.count({ where: { assessmentId: UNKNOWN_ID } })).toBe(0);
  });

  it("answers 409 once the assessment is completed, and keeps the answer", async () => {
    const done = await createConvergenceAssessment(() => 4);
    expect((await complete(done)).status).toBe(200);
    const before = await snapshot(done);
    const response = await putAnswer(done, { questionId: FIRST, choice: 1 });
    expect(response.status).toBe(409);
    expect((await errorOf(response)).message).toMatch(/completed/);
    expect(await snapshot(done)).toEqual(before);
  });
});

describe("POST /api/assessments/[id]/complete", () => {
  it("refuses to complete with unanswered questions and lists them", async () => {
    const id = await createConvergenceAssessment((i) => (i === 0 ? undefined : 3));
    const response = await complete(id);
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { unansweredQuestionIds: string[] } };
    expect(body.error.unansweredQuestionIds).toEqual([FIRST]);
    expect((await snapshot(id))?.status).toBe("in_progress");
  });

  it("completes when every question has an answer, 'Don't know' included, and is idempotent", async () => {
    const id = await createConvergenceAssessment((i) => (i % 3 === 0 ? "dont_know" : 2));
    const first = await complete(id);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ resultUrl: `/diagnostic/${id}/result` });
    expect((await complete(id)).status).toBe(200);
    expect((await snapshot(id))?.status).toBe("completed");
  });

  it("answers 404 for an unknown assessment", async () => {
    expect((await complete(UNKNOWN_ID)).status).toBe(404);
  });
});

describe("PUT /api/assessments/[id]/tools", () => {
  let id: string;
  const worksheet = {
    tools: [
      { name: "CRM", purpose: "Accounts and pipeline", tag: "core" },
      { name: "Second email tool", tag: "retire" },
    ],
  };

  beforeAll(async () => {
    id = await createConvergenceAssessment(() => 3);
  });

  it("replaces the worksheet, also after completion", async () => {
    await complete(id);
    const response = await putTools(id, worksheet);
    expect(response.status).toBe(200);
    expect((await snapshot(id))?.tools).toEqual([
      { name: "CRM", purpose: "Accounts and pipeline", tag: "core", position: 0 },
      { name: "Second email tool", purpose: "", tag: "retire", position: 1 },
    ]);
  });

  const badWorksheets: [string, unknown, string][] = [
    ["an over-long name", { tools: [{ name: "x".repeat(81), tag: "core" }] }, "tools.0.name"],
    ["an over-long purpose", { tools: [{ name: "CDP", purpose: "y".repeat(201), tag: "core" }] }, "tools.0.purpose"],
    ["an empty name", { tools: [{ name: "   ", tag: "core" }] }, "tools.0.name"],
    ["an unknown tag", { tools: [{ name: "CDP", tag: "maybe" }] }, "tools.0.tag"],
    ["too many rows", { tools: Array.from({ length: 101 }, (_, i) => ({ name: `Tool ${i}`, tag: "core" })) }, "tools"],
    ["no list", {}, "tools"],
  ];

  it.each(badWorksheets)("answers 400 for %s and keeps the saved worksheet", async (_name, body, field) => {
    const before = await snapshot(id);
    const response = await putTools(id, body);
    expect(response.status).toBe(400);
    expect(Object.keys((await errorOf(response)).fields ?? {})).toContain(field);
    expect(await snapshot(id)).toEqual(before);
  });

  it("answers 404 for an unknown assessment", async () => {
    expect((await putTools(UNKNOWN_ID, worksheet)).status).toBe(404);
  });
});
