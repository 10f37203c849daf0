// The PDF route under load: renders beyond the limiter's slots and queue are refused with 503
// and Retry-After instead of piling up. The render workers are replaced by a gate the test opens,
// so the timing is exact; the real workers are covered by pdf.test.ts and worker-pool.test.ts.
import { afterAll, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

const database = useFreshTestDatabase();
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());

const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open: () => open(), started: { count: 0 } };
});

vi.mock("@/lib/pdf/worker-pool", () => ({
  createWorkerPool: () => ({
    renderTree: async () => {
      gate.started.count += 1;
      await gate.opened;
      return Buffer.from("%PDF-1.3\n%fake\n");
    },
    size: () => 1,
    close: async () => {},
  }),
}));

const { db } = await import("@/lib/db");
const { QUESTIONS } = await import("@/lib/instruments/convergence");
const { completeAssessment } = await import("@/lib/data/assessments");
const { MAX_CONCURRENT_RENDERS, MAX_QUEUED_RENDERS, RENDER_RETRY_AFTER_SECONDS, renderQueueStats } = await import("@/lib/pdf/render");
const { anonymousActor, createConvergenceAssessment } = await import("../factories/assessment");
const pdfRoute = await import("@/app/api/assessments/[id]/pdf/route");

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

describe("GET /api/assessments/[id]/pdf when every render slot and queue place is taken", () => {
  it("answers 503 with Retry-After to the request that does not fit, and serves the others", async () => {
    const id = await createConvergenceAssessment((i) => (QUESTIONS[i] ? 3 : undefined));
    await completeAssessment(anonymousActor(), id, "convergence");
    const accepted = MAX_CONCURRENT_RENDERS + MAX_QUEUED_RENDERS;
    const request = () => pdfRoute.GET(new Request(`http://localhost/api/assessments/${id}/pdf`), { params: Promise.resolve({ id }) });

    const pending = Array.from({ length: accepted }, request);
    // Let every accepted request load its data and take a slot or a queue place (on PostgreSQL the
    // first requests also open the pool's connections, which can take over a second on a busy machine).
    await vi.waitFor(() => expect(renderQueueStats()).toEqual({ running: MAX_CONCURRENT_RENDERS, queued: MAX_QUEUED_RENDERS }), {
      timeout: 15_000,
    });
    expect(gate.started.count).toBe(MAX_CONCURRENT_RENDERS);

    const refused = await request();
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe(String(RENDER_RETRY_AFTER_SECONDS));
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("busy");

    gate.open();
    const responses = await Promise.all(pending);
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: accepted }, () => 200));
    expect(gate.started.count).toBe(accepted);
    // Nine documents are described on this thread (and the fonts read once): slow on a busy machine.
  }, 30_000);
});
