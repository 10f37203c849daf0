import { describe, expect, it, vi } from "vitest";
import { apiRoute } from "@/lib/http/api";

describe("unexpected failures in a route handler", () => {
  it("answer 500 with a reference and nothing of the failure, and log it under the same reference", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = apiRoute(async () => {
      throw new Error('SQLITE_ERROR: no such column "Assessment"."secret" at PrismaClient.findMany');
    });
    const response = await handler(new Request("http://localhost/api/assessments/x/answers", { method: "PUT" }), {});
    expect(response.status).toBe(500);
    const text = await response.text();
    const body = JSON.parse(text) as { error: { code: string; message: string; reference: string } };
    expect(body.error.code).toBe("internal_error");
    expect(body.error.reference).toMatch(/^[0-9a-f-]{36}$/);
    expect(text).not.toMatch(/SQLITE|Prisma|secret|Assessment|at /);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toContain(body.error.reference);
    expect(String(log.mock.calls[0]?.[0])).toContain("PUT /api/assessments/x/answers");
    log.mockRestore();
  });
});
