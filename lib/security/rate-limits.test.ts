import { describe, expect, it } from "vitest";
import { decideCountedEvent, type RateLimitRule } from "@/lib/auth/rate-limit";
import * as limits from "./rate-limits";

const rules = Object.entries(limits).filter(([name]) => name.endsWith("_RULES")) as [string, Record<string, RateLimitRule>][];

describe("the limits", () => {
  it("are positive, and no window is longer than LONGEST_WINDOW_MS (stale buckets are pruned after it)", () => {
    expect(rules.length).toBeGreaterThanOrEqual(12);
    for (const [, group] of rules) {
      for (const rule of Object.values(group)) {
        expect(rule.limit).toBeGreaterThan(0);
        expect(rule.windowMs).toBeGreaterThan(0);
        expect(rule.windowMs).toBeLessThanOrEqual(limits.LONGEST_WINDOW_MS);
      }
    }
  });

  it("keys assessment writes by assessment, PDFs by report and address, the rest by user or address", () => {
    expect(limits.assessmentWriteBucket("A".repeat(24)).key).toBe(`assessment-write:assessment:${"A".repeat(24)}`);
    expect(limits.pdfExportBuckets("r1", "203.0.113.9").map((b) => b.key)).toEqual(["pdf:report:r1", "pdf:address:203.0.113.9"]);
    expect(limits.assessmentCreateBuckets("198.51.100.2")[0]!.key).toBe("assessment-create:address:198.51.100.2");
    expect(limits.csvExportBuckets("u1")[0]!.key).toBe("csv-export:user:u1");
  });

  it("name a limit by the first two parts of its key, never the keyed value", () => {
    expect(limits.limitNameOf("pdf:address:203.0.113.9")).toBe("pdf:address");
    expect(limits.limitNameOf("reset:email:0123abcd")).toBe("reset:email");
  });
});

describe("decideCountedEvent (the event is already counted)", () => {
  const rule = { limit: 3, windowMs: 60_000 };
  const T0 = 1_700_000_000_000;

  it("allows up to the limit, refuses past it, and marks only the first refusal", () => {
    expect(decideCountedEvent({ windowStart: T0, count: 3 }, rule, T0 + 1000)).toEqual({ isAllowed: true });
    expect(decideCountedEvent({ windowStart: T0, count: 4 }, rule, T0 + 1000)).toEqual({ isAllowed: false, retryAfterSeconds: 59, isFirstRefusal: true });
    expect(decideCountedEvent({ windowStart: T0, count: 5 }, rule, T0 + 1000)).toEqual({ isAllowed: false, retryAfterSeconds: 59, isFirstRefusal: false });
  });

  it("asks for at least one second", () => {
    expect(decideCountedEvent({ windowStart: T0, count: 9 }, rule, T0 + 59_999)).toMatchObject({ retryAfterSeconds: 1 });
  });
});
