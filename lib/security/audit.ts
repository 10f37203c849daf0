/*
 * The audit log's vocabulary and the mapping of an event to its stored row, as pure functions
 * (lib/data/audit.ts writes the rows). A row says who did what, to what, from where, when, and
 * how it ended; it never holds a password, token, token hash, cookie or email body: `detail`
 * only keeps short scalar values under keys that cannot name a secret.
 */

export const AUDIT_ACTIONS = [
  "sign_in",
  "sign_out",
  "sign_up",
  "password_reset_requested",
  "password_reset_completed",
  "member_invite_created",
  "member_invite_revoked",
  "member_invite_accepted",
  "respondent_link_created",
  "respondent_link_revoked",
  "consultant_access_granted",
  "consultant_access_revoked",
  "csv_export",
  "pdf_export",
  "rate_limited",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ["success", "failure", "denied"] as const;

/** success: done; failure: refused for a wrong input (bad password, dead link); denied: not allowed (limit, permission). */
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export type AuditDetailValue = string | number | boolean | null;

export interface AuditEventInput {
  action: AuditAction;
  outcome: AuditOutcome;
  actorUserId?: string | null;
  organizationId?: string | null;
  targetId?: string | null;
  /** The client address as the rate limiter reads it; "unknown" is stored as null. */
  ip?: string | null;
  detail?: Readonly<Record<string, AuditDetailValue | undefined>> | null;
}

/** The columns of an AuditEvent row (id and createdAt come from the database). */
export interface AuditRow {
  action: string;
  outcome: string;
  actorUserId: string | null;
  organizationId: string | null;
  targetId: string | null;
  ip: string | null;
  detail: string | null;
}

/** Longest stored `detail` JSON, string value, and id or address. */
export const MAX_DETAIL_LENGTH = 500;
export const MAX_DETAIL_VALUE_LENGTH = 80;
const MAX_ID_LENGTH = 64;

/** Keys that could carry a secret are dropped from `detail`, whatever their value. */
const SECRET_KEY = /pass|token|secret|cookie|hash|session|body|authori[sz]ation|credential/i;

const clip = (value: string | null | undefined, max: number): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : null;
};

/** The stored `detail`: a short JSON object of scalar, non-secret values, or null when nothing is left. */
export function auditDetailOf(detail: AuditEventInput["detail"]): string | null {
  if (!detail) return null;
  const kept: Record<string, AuditDetailValue> = {};
  let json = "{}";
  for (const [key, value] of Object.entries(detail)) {
    if (value === undefined || SECRET_KEY.test(key) || key.length > 40) continue;
    if (typeof value === "number" && !Number.isFinite(value)) continue;
    kept[key] = typeof value === "string" ? value.slice(0, MAX_DETAIL_VALUE_LENGTH) : value;
    const next = JSON.stringify(kept);
    // Whole entries only: a value that would not fit is left out rather than cut mid-JSON.
    if (next.length > MAX_DETAIL_LENGTH) {
      delete kept[key];
      continue;
    }
    json = next;
  }
  return json === "{}" ? null : json;
}

/** The row an event is stored as. */
export function auditRowOf(event: AuditEventInput): AuditRow {
  const ip = clip(event.ip, MAX_ID_LENGTH);
  return {
    action: event.action,
    outcome: event.outcome,
    actorUserId: clip(event.actorUserId, MAX_ID_LENGTH),
    organizationId: clip(event.organizationId, MAX_ID_LENGTH),
    targetId: clip(event.targetId, MAX_ID_LENGTH),
    ip: ip === "unknown" ? null : ip,
    detail: auditDetailOf(event.detail),
  };
}

const ACTION_LABELS: Record<AuditAction, string> = {
  sign_in: "Sign-in",
  sign_out: "Sign-out",
  sign_up: "Account created",
  password_reset_requested: "Password reset requested",
  password_reset_completed: "Password reset",
  member_invite_created: "Member invitation created",
  member_invite_revoked: "Member invitation withdrawn",
  member_invite_accepted: "Member invitation accepted",
  respondent_link_created: "Respondent link created",
  respondent_link_revoked: "Respondent link withdrawn",
  consultant_access_granted: "Consultant access granted",
  consultant_access_revoked: "Consultant access ended",
  csv_export: "Client list exported (CSV)",
  pdf_export: "PDF report downloaded",
  rate_limited: "Refused: too many requests",
};

const OUTCOME_LABELS: Record<AuditOutcome, string> = { success: "Done", failure: "Failed", denied: "Refused" };

/** How the audit page names an action; an unknown (older or newer) action is shown as stored. */
export function auditActionLabel(action: string): string {
  return (ACTION_LABELS as Record<string, string>)[action] ?? action;
}

/** How the audit page names an outcome. */
export function auditOutcomeLabel(outcome: string): string {
  return (OUTCOME_LABELS as Record<string, string>)[outcome] ?? outcome;
}

/** The stored `detail` as "key: value" pairs for display; nothing when absent or unreadable. */
export function auditDetailPairs(detail: string | null): [string, string][] {
  if (!detail) return [];
  try {
    const parsed = JSON.parse(detail) as unknown;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return [];
    return Object.entries(parsed as Record<string, unknown>)
      .filter(([, value]) => value === null || ["string", "number", "boolean"].includes(typeof value))
      .map(([key, value]) => [key, String(value)]);
  } catch {
    return [];
  }
}

const yesNo = (value: string, yes: string, no: string): string => (value === "true" ? yes : value === "false" ? no : value);

/** How each known `detail` key reads on the audit page; other keys are shown as "key: value". */
const DETAIL_PHRASES: Record<string, (value: string) => string> = {
  role: (value) => `Role: ${value}`,
  emailed: (value) => yesNo(value, "Sent by email", "Link to pass on, not emailed"),
  as: (value) => `Created by ${value === "consultant" ? "the consultant" : `a${value === "owner" ? "n" : ""} ${value}`}`,
  report: (value) => (value === "round" ? "Report of a team round" : value === "assessment" ? "Report of one assessment" : `Report: ${value}`),
  rows: (value) => `${value} ${value === "1" ? "row" : "rows"}`,
  wasManaged: (value) => yesNo(value, "The consultancy managed this organisation", "The consultancy only had access"),
  reason: (value) => `Reason: ${value.replaceAll("_", " ")}`,
  through: (value) => (value === "invite" ? "Through an invitation" : `Through: ${value}`),
  roundId: (value) => `Round ${value}`,
  limit: (value) =>
    `Limit: ${value
      .split(",")
      .map((name) => name.split(":").join(" per "))
      .join(", ")}`,
  method: (value) => `Request: ${value}`,
  path: (value) => `on ${value}`,
};

/**
 * An event's target and `detail` as short phrases an owner can read ("Sent by email",
 * "Role: member", "Reference …"); what no phrase knows is shown as "key: value".
 */
export function auditDetailPhrases(targetId: string | null, detail: string | null): string[] {
  const pairs = auditDetailPairs(detail);
  const phrases: string[] = [];
  for (const [key, value] of pairs) {
    const phrase = DETAIL_PHRASES[key]?.(value) ?? `${key}: ${value}`;
    // "Request: PUT" and "on /api/…" read as one phrase.
    if (key === "path" && phrases.at(-1)?.startsWith("Request: ")) phrases[phrases.length - 1] += ` ${phrase}`;
    else phrases.push(phrase);
  }
  if (targetId) phrases.push(`Reference ${targetId}`);
  return phrases;
}

