// Text holding a NUL character (U+0000), which PostgreSQL text refuses and SQLite would keep:
// found by the route fuzzer on PostgreSQL, where each of these answered 500. Every input that a
// schema accepts is now also checked for it (parseInput), and a browser-key cookie is used only
// when well formed. Runs on both databases.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

const database = useFreshTestDatabase();
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());

const { db } = await import("@/lib/db");
const { signInAs, signOut } = await import("../support/session-mock");
const { createConsultant } = await import("../factories/account");
const { createConvergenceAssessment, createGenAiAssessment } = await import("../factories/assessment");
const { NUL_CHARACTER_MESSAGE } = await import("@/lib/validation/text");
const clientsRoute = await import("@/app/api/clients/route");
const toolsRoute = await import("@/app/api/assessments/[id]/tools/route");
const pdfRoute = await import("@/app/api/assessments/[id]/pdf/route");
const answersRoute = await import("@/app/api/assessments/[id]/answers/route");
const { QUESTIONS } = await import("@/lib/instruments/convergence");

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

beforeEach(() => signOut());

const json = (method: string, path: string, body: unknown, cookie?: string) =>
  new Request(`http://127.0.0.1:3100${path}`, {
    method,
    headers: { "content-type": "application/json", accept: "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; fields?: Record<string, string> } }).error;
}

describe("text with a NUL character", () => {
  it("a client's name: 400 naming the field, and no organisation is created", async () => {
    const consultant = await createConsultant();
    await signInAs(consultant.userId);
    const before = await db.organization.count();
    const response = await clientsRoute.POST(json("POST", "/api/clients", { name: "Acme\u0000", industry: "b2b_software", sizeBand: "250-999" }), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: "invalid_input", fields: { name: NUL_CHARACTER_MESSAGE } });
    expect(await db.organization.count()).toBe(before);
  });

  it("a tool in the worksheet: 400 naming the row's field, and the worksheet is unchanged", async () => {
    const id = await createConvergenceAssessment();
    const tools = [{ name: "CRM\u0000", purpose: "Pipeline", tag: "core" }];
    const response = await toolsRoute.PUT(json("PUT", `/api/assessments/${id}/tools`, { tools }), { params: Promise.resolve({ id }) });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fields).toEqual({ "tools.0.name": NUL_CHARACTER_MESSAGE });
    expect(await db.toolInventoryItem.count({ where: { assessmentId: id } })).toBe(0);
  });
});

describe("a browser-key cookie that is not a key", () => {
  it("is ignored: the anonymous assessment's own rules answer (no 500)", async () => {
    // A GenAI result's PDF looks up the same browser's diagnostic by its key: the cookie reaches a query.
    const id = await createGenAiAssessment({
      motion: "inbound",
      rate: (dimensionId) => ({ dimensionId, current: 2, target: 3, evidence: "" }),
      complete: true,
    });
    for (const cookie of ["cv_browser=%00", "cv_browser=%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00", "cv_browser=' OR 1=1 --"]) {
      const pdf = await pdfRoute.GET(new Request(`http://127.0.0.1:3100/api/assessments/${id}/pdf`, { headers: { cookie } }), { params: Promise.resolve({ id }) });
      expect(pdf.status).toBe(200);
      await pdf.arrayBuffer();
      const answer = await answersRoute.PUT(json("PUT", `/api/assessments/${id}/answers`, { questionId: QUESTIONS[0]!.id, choice: 3 }, cookie), {
        params: Promise.resolve({ id }),
      });
      // A GenAI assessment has no Convergence answers: the same 404 as without the cookie.
      expect(answer.status).toBe(404);
    }
  }, 60_000);
});
