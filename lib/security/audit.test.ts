import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, auditDetailOf, auditRowOf, MAX_DETAIL_LENGTH, MAX_DETAIL_VALUE_LENGTH } from "./audit";

describe("auditRowOf", () => {
  it("maps an event to its columns, with nulls for what is not given", () => {
    expect(auditRowOf({ action: "sign_in", outcome: "success", actorUserId: "user-1", ip: "203.0.113.5" })).toEqual({
      action: "sign_in",
      outcome: "success",
      actorUserId: "user-1",
      organizationId: null,
      targetId: null,
      ip: "203.0.113.5",
      detail: null,
    });
  });

  it("stores the limiter's 'unknown' address, and blank ids, as null", () => {
    const row = auditRowOf({ action: "sign_out", outcome: "success", actorUserId: "  ", organizationId: "", ip: "unknown" });
    expect(row).toMatchObject({ actorUserId: null, organizationId: null, ip: null });
  });

  it("clips ids and addresses to 64 characters", () => {
    const row = auditRowOf({ action: "pdf_export", outcome: "success", targetId: "x".repeat(500), ip: "1".repeat(100) });
    expect(row.targetId).toHaveLength(64);
    expect(row.ip).toHaveLength(64);
  });
});

describe("auditDetailOf", () => {
  it("keeps scalar values as a JSON object, and null when nothing is left", () => {
    expect(auditDetailOf({ role: "member", emailed: true, rows: 3, none: null })).toBe('{"role":"member","emailed":true,"rows":3,"none":null}');
    expect(auditDetailOf({})).toBeNull();
    expect(auditDetailOf(null)).toBeNull();
    expect(auditDetailOf({ skipped: undefined })).toBeNull();
  });

  it("drops every key that could name a secret, whatever its value", () => {
    const detail = auditDetailOf({
      password: "hunter2hunter2",
      newPassword: "x",
      token: "abc",
      tokenHash: "def",
      inviteToken: "ghi",
      cookie: "c",
      sessionToken: "s",
      secret: "t",
      body: "email text",
      Authorization: "Bearer z",
      credentials: "k",
      reason: "expired",
    });
    expect(detail).toBe('{"reason":"expired"}');
  });

  it("clips long values and never exceeds the length cap (whole entries only)", () => {
    const long = auditDetailOf({ note: "y".repeat(1000) });
    expect(JSON.parse(long!)).toEqual({ note: "y".repeat(MAX_DETAIL_VALUE_LENGTH) });

    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, "v".repeat(MAX_DETAIL_VALUE_LENGTH)]));
    const stored = auditDetailOf(many)!;
    expect(stored.length).toBeLessThanOrEqual(MAX_DETAIL_LENGTH);
    expect(() => JSON.parse(stored)).not.toThrow();
    expect(Object.keys(JSON.parse(stored) as object).length).toBeGreaterThan(0);
  });

  it("drops non-finite numbers (JSON would turn them into null silently)", () => {
    expect(auditDetailOf({ a: Number.NaN, b: Number.POSITIVE_INFINITY, c: 2 })).toBe('{"c":2}');
  });
});

describe("AUDIT_ACTIONS", () => {
  it("are unique snake_case names", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });
});

describe("labels for the audit page", () => {
  it("names every action and outcome, and shows an unknown one as stored", async () => {
    const { auditActionLabel, auditOutcomeLabel, AUDIT_OUTCOMES } = await import("./audit");
    for (const action of AUDIT_ACTIONS) expect(auditActionLabel(action)).not.toBe(action);
    for (const outcome of AUDIT_OUTCOMES) expect(auditOutcomeLabel(outcome)).not.toBe(outcome);
    expect(auditActionLabel("something_new")).toBe("something_new");
    expect(auditOutcomeLabel("odd")).toBe("odd");
  });

  it("reads a stored detail back as pairs, and ignores what is not a flat object", async () => {
    const { auditDetailPairs } = await import("./audit");
    expect(auditDetailPairs('{"role":"member","emailed":true,"rows":3}')).toEqual([["role", "member"], ["emailed", "true"], ["rows", "3"]]);
    expect(auditDetailPairs(null)).toEqual([]);
    expect(auditDetailPairs("not json")).toEqual([]);
    expect(auditDetailPairs("[1,2]")).toEqual([]);
    expect(auditDetailPairs('{"nested":{"a":1},"ok":"yes"}')).toEqual([["ok", "yes"]]);
  });

  it("reads the details as phrases an owner understands, the target last, and unknown keys as they are", async () => {
    const { auditDetailPhrases } = await import("./audit");
    expect(auditDetailPhrases("inv_1", '{"role":"member","emailed":false,"as":"owner"}')).toEqual([
      "Role: member",
      "Link to pass on, not emailed",
      "Created by an owner",
      "Reference inv_1",
    ]);
    expect(auditDetailPhrases(null, '{"as":"consultant","emailed":true}')).toEqual(["Created by the consultant", "Sent by email"]);
    expect(auditDetailPhrases(null, '{"limit":"pdf:address,pdf:report","method":"GET","path":"/api/x/pdf"}')).toEqual([
      "Limit: pdf per address, pdf per report",
      "Request: GET on /api/x/pdf",
    ]);
    expect(auditDetailPhrases(null, '{"rows":1}')).toEqual(["1 row"]);
    expect(auditDetailPhrases(null, '{"report":"round","future_key":"v"}')).toEqual(["Report of a team round", "future_key: v"]);
    expect(auditDetailPhrases(null, null)).toEqual([]);
  });
});
