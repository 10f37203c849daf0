import "server-only";
import { db } from "@/lib/db";
import { relationTo, type Viewer } from "@/lib/auth/access";
import { loadOrganizationFacts } from "@/lib/data/access";
import { notFound } from "@/lib/data/errors";
import { auditRowOf, type AuditEventInput } from "@/lib/security/audit";

/*
 * The audit log of security events (AuditEvent). Recording never fails the caller: the action
 * it describes has already happened (or been refused), so a lost audit row is logged, not fatal.
 * What a row may hold is decided by the pure mapping in lib/security/audit.ts.
 */

type Client = Pick<typeof db, "auditEvent">;

export type { AuditEventInput } from "@/lib/security/audit";

/**
 * Stores one event; pass a transaction client to write it with the change it describes. Never
 * throws. (Inside a transaction on SQLite a failed insert leaves the transaction usable.)
 */
export async function recordAuditEvent(event: AuditEventInput, client: Client = db): Promise<void> {
  try {
    await client.auditEvent.create({ data: auditRowOf(event), select: { id: true } });
  } catch (error) {
    console.error(`[audit] could not record ${event.action} (${event.outcome}):`, error);
  }
}

/** The organisation a round belongs to, for events that name only the round (null when gone). */
export async function organizationOfRound(roundId: string): Promise<string | null> {
  try {
    const row = await db.assessmentRound.findUnique({ where: { id: roundId }, select: { organizationId: true } });
    return row?.organizationId ?? null;
  } catch {
    return null;
  }
}

/** The organisation a saved assessment belongs to (null for an anonymous one, or when gone). */
export async function organizationOfAssessment(assessmentId: string): Promise<string | null> {
  try {
    const row = await db.assessment.findUnique({ where: { id: assessmentId }, select: { organizationId: true } });
    return row?.organizationId ?? null;
  } catch {
    return null;
  }
}

export interface AuditEventView {
  id: number;
  createdAt: Date;
  action: string;
  outcome: string;
  /** The actor's email when the account still exists; null for none or a deleted one. */
  actorEmail: string | null;
  actorUserId: string | null;
  targetId: string | null;
  ip: string | null;
  detail: string | null;
}

/** How many events the audit page shows. */
export const AUDIT_PAGE_SIZE = 100;

/**
 * The latest events of an organisation, newest first: for its owners only. Anyone else (a member,
 * its consultant, a stranger, an unknown id) gets not_found, as if there were nothing to see.
 */
export async function listOrganizationAuditEvents(
  viewer: Viewer | null,
  organizationId: string,
  limit: number = AUDIT_PAGE_SIZE,
): Promise<{ organization: { id: string; name: string }; events: AuditEventView[] }> {
  const facts = await loadOrganizationFacts(organizationId);
  if (!facts || relationTo(viewer, facts) !== "owner") throw notFound("Organisation");
  const [organization, rows] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { id: true, name: true } }),
    db.auditEvent.findMany({ where: { organizationId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit }),
  ]);
  const actorIds = [...new Set(rows.map((r) => r.actorUserId).filter((id): id is string => id !== null))];
  const users = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } }) : [];
  const emailOf = new Map(users.map((u) => [u.id, u.email]));
  return {
    organization,
    events: rows.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      action: r.action,
      outcome: r.outcome,
      actorEmail: r.actorUserId ? (emailOf.get(r.actorUserId) ?? null) : null,
      actorUserId: r.actorUserId,
      targetId: r.targetId,
      ip: r.ip,
      detail: r.detail,
    })),
  };
}
