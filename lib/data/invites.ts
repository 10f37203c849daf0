import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { OrganizationKind, Relation, Viewer } from "@/lib/auth/access";
import { inviteRefusalFor, joinRefusalFor, joinRefusalMessage, type InviteRole } from "@/lib/auth/join-rules";
import { hashPassword } from "@/lib/auth/password-hash";
import { loadViewer, requireOrganization } from "@/lib/data/access";
import { DomainError, forbidden, notFound } from "@/lib/data/errors";
import { createUnguessableId } from "@/lib/data/ids";
import { sendEmail } from "@/lib/data/outbox";
import type { Tx } from "@/lib/data/rounds";
import { inviteTokenSchema, type JoinSignUpInput } from "@/lib/validation/invites";

/*
 * Member invites: single-use links that let someone join an organisation as a member.
 * - Only an owner creates or revokes them (permission manage_members); a member gets forbidden,
 *   a stranger not_found, as for anything of another organisation.
 * - The raw token (32 random bytes) is returned once, to be shown to the owner and put in the
 *   link; only its SHA-256 is stored (Invite.tokenHash).
 * - A link works for seven days, once. Accepting marks it used with a guarded update, so two
 *   people racing with the same link cannot both join.
 * - An unknown token is not_found. A used one is a conflict (reason "used"); an expired or revoked
 *   one a conflict with reason "expired" | "revoked", which the join endpoint answers 410 Gone.
 */

/** How long a member invite works. */
export const MEMBER_INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Where an invite link leads (the join page). */
export function joinPathOf(token: string): string {
  return `/join/${token}`;
}

export type InviteState = "valid" | "used" | "expired" | "revoked";

function stateOf(invite: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InviteState {
  if (invite.acceptedAt) return "used";
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

const STATE_MESSAGES: Record<Exclude<InviteState, "valid">, string> = {
  used: "This invitation has already been used. Ask the person who invited you for a new link.",
  expired: "This invitation has expired. Ask the person who invited you for a new link.",
  revoked: "This invitation was withdrawn. Ask the person who invited you for a new link.",
};

/** Whether an error is a refused invite token (unknown, used, expired or revoked): what guessing produces. */
export function isInviteTokenFailure(error: unknown): error is DomainError {
  return error instanceof DomainError && typeof error.details?.inviteToken === "string";
}

function tokenFailure(state: Exclude<InviteState, "valid"> | "unknown"): DomainError {
  if (state === "unknown") return new DomainError("not_found", "Invitation not found", undefined, { inviteToken: "unknown" });
  return new DomainError("conflict", STATE_MESSAGES[state], undefined, { reason: state, inviteToken: state });
}

/** The membership role an accepted invitation gives ("owner" only when a consultant invited one). */
function roleOf(stored: string): InviteRole {
  return stored === "owner" ? "owner" : "member";
}

// --- Owners: create, list, revoke ------------------------------------------------------------

export interface CreatedMemberInvite {
  id: string;
  /** The raw token: shown once, never stored. */
  token: string;
  expiresAt: Date;
  organizationName: string;
  /** How the creator relates to the organisation (a consultant's form returns to the client page). */
  createdAs: Relation;
}

/**
 * Creates a single-use invitation to join an organisation, returning the raw token once: an owner
 * invites members; the client's consultant invites members or the client's first owner
 * (lib/auth/join-rules.ts inviteRefusalFor).
 */
export async function createMemberInvite(
  viewer: Viewer | null,
  organizationId: string,
  now: Date = new Date(),
  role: InviteRole = "member",
): Promise<CreatedMemberInvite> {
  const { relation } = await requireOrganization(viewer, organizationId, "view").catch((error: unknown) => {
    throw error instanceof DomainError && error.kind === "not_found" ? notFound("Organisation") : error;
  });
  const hasOwner = (await db.membership.count({ where: { organizationId, role: "owner" } })) > 0;
  const refusal = inviteRefusalFor(relation, role, hasOwner);
  if (refusal === "hidden") throw notFound("Organisation");
  if (refusal === "forbidden") throw forbidden(role === "owner" ? "Only the client's consultant can invite its first owner" : "Only the owner can invite people");
  if (refusal === "owner_exists") {
    throw new DomainError("conflict", "This client already has an owner. Invite colleagues as members; the owner can invite more.");
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + MEMBER_INVITE_TTL_MS);
  const id = createUnguessableId();
  const organization = await db.$transaction(async (tx) => {
    await tx.invite.create({
      data: { id, tokenHash: hashInviteToken(token), organizationId, kind: "member", role, createdById: viewer!.userId, expiresAt, createdAt: now },
      select: { id: true },
    });
    return tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } });
  });
  return { id, token, expiresAt, organizationName: organization.name, createdAs: relation };
}

export interface PendingMemberInvite {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  /** Who created it (an email), or null when that account is gone. */
  createdBy: string | null;
}

/** The organisation's member invites that still work (unused, not revoked, not expired), newest first. */
export async function listMemberInvites(viewer: Viewer | null, organizationId: string, now: Date = new Date()): Promise<PendingMemberInvite[]> {
  await requireOrganization(viewer, organizationId, "manage_members");
  const invites = await db.invite.findMany({
    where: { organizationId, kind: "member", acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, createdAt: true, expiresAt: true, createdById: true },
    orderBy: { createdAt: "desc" },
  });
  const creators = await db.user.findMany({
    where: { id: { in: [...new Set(invites.map((i) => i.createdById))] } },
    select: { id: true, email: true },
  });
  const emailOf = new Map(creators.map((u) => [u.id, u.email]));
  return invites.map((i) => ({ id: i.id, createdAt: i.createdAt, expiresAt: i.expiresAt, createdBy: emailOf.get(i.createdById) ?? null }));
}

/** Withdraws an unused member invite (the owner or the client's consultant); revoking twice is harmless, a used one is a conflict. */
export async function revokeInvite(viewer: Viewer | null, inviteId: string, now: Date = new Date()): Promise<{ organizationId: string }> {
  const invite = await db.invite.findUnique({ where: { id: inviteId }, select: { organizationId: true, kind: true } });
  if (!invite || invite.kind !== "member") throw notFound("Invitation");
  // Whoever may invite may withdraw: the owner, and the client's consultant (inviteRefusalFor).
  const { relation } = await requireOrganization(viewer, invite.organizationId, "view").catch((error: unknown) => {
    throw error instanceof DomainError && error.kind === "not_found" ? notFound("Invitation") : error;
  });
  if (inviteRefusalFor(relation, "member", true) !== null) throw forbidden("Only the owner can withdraw invitations");
  const changed = await db.invite.updateMany({ where: { id: inviteId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
  if (changed.count === 0) {
    const row = await db.invite.findUniqueOrThrow({ where: { id: inviteId }, select: { acceptedAt: true } });
    if (row.acceptedAt) throw new DomainError("conflict", "This invitation has already been used, so there is nothing to withdraw.");
  }
  return { organizationId: invite.organizationId };
}

/** Emails an invite link (to the outbox, and over SMTP when configured). */
export async function emailMemberInvite(input: {
  to: string;
  url: string;
  organizationName: string;
  inviterEmail: string;
  expiresAt: Date;
}): Promise<void> {
  const until = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(input.expiresAt);
  await sendEmail({
    to: input.to,
    subject: `Join ${input.organizationName} on Convergence`,
    text:
      `${input.inviterEmail} has invited you to join ${input.organizationName} on Convergence, ` +
      `where the team keeps its marketing maturity assessments and results.\n\n` +
      `Open this link to accept (it works once, until ${until}):\n${input.url}\n\n` +
      `If you were not expecting this, you can ignore this email.\n`,
  });
}

// --- Invitees: look at a link, accept it ------------------------------------------------------

export interface MemberInviteView {
  state: InviteState;
  /** Shown only while the invite works; null otherwise, so a dead link tells nothing. */
  organization: { id: string; name: string; kind: OrganizationKind } | null;
}

/** What the join page shows for a token: null when it never existed (404). Reads only. */
export async function findMemberInvite(token: string, now: Date = new Date()): Promise<MemberInviteView | null> {
  if (!inviteTokenSchema.safeParse(token).success) return null;
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { kind: true, acceptedAt: true, revokedAt: true, expiresAt: true, organization: { select: { id: true, name: true, kind: true } } },
  });
  if (!invite || invite.kind !== "member") return null;
  const state = stateOf(invite, now);
  const { id, name, kind } = invite.organization;
  return { state, organization: state === "valid" ? { id, name, kind: kind === "practice" ? "practice" : "company" } : null };
}

/** Loads a working member invite inside a transaction, or throws the token failure. */
async function requireUsableInvite(tx: Tx, token: string, now: Date) {
  if (!inviteTokenSchema.safeParse(token).success) throw tokenFailure("unknown");
  const invite = await tx.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { id: true, kind: true, role: true, acceptedAt: true, revokedAt: true, expiresAt: true, organization: { select: { id: true, name: true, kind: true } } },
  });
  if (!invite || invite.kind !== "member") throw tokenFailure("unknown");
  const state = stateOf(invite, now);
  if (state !== "valid") throw tokenFailure(state);
  return invite;
}

/** Marks the invite used, once: the guard makes a second, racing acceptance fail. */
async function markUsed(tx: Tx, inviteId: string, now: Date): Promise<void> {
  const used = await tx.invite.updateMany({
    where: { id: inviteId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, uses: { increment: 1 } },
  });
  if (used.count !== 1) throw tokenFailure("used");
}

/**
 * The signed-in user joins the invite's organisation as a member: once, before it expires, unless
 * revoked. Someone already in the organisation gets a conflict; a consultant may not join a company.
 */
export async function acceptMemberInvite(userId: string, token: string, now: Date = new Date()): Promise<{ organizationId: string }> {
  return db.$transaction(async (tx) => {
    const invite = await requireUsableInvite(tx, token, now);
    const viewer = await loadViewer(userId, tx);
    const organization = { id: invite.organization.id, kind: invite.organization.kind === "practice" ? ("practice" as const) : ("company" as const) };
    const refusal = joinRefusalFor(viewer?.memberships ?? [], organization);
    if (refusal === "already_member") throw new DomainError("conflict", joinRefusalMessage(refusal, invite.organization.name), undefined, { reason: refusal });
    if (refusal) throw forbidden(joinRefusalMessage(refusal, invite.organization.name));
    await markUsed(tx, invite.id, now);
    await tx.membership.create({ data: { userId, organizationId: organization.id, role: roleOf(invite.role), createdAt: now }, select: { userId: true } });
    return { organizationId: organization.id };
  });
}

/** Creates an account that joins the invite's organisation as a member (no organisation of its own), in one transaction. */
export async function acceptMemberInviteAsNewUser(
  input: JoinSignUpInput,
  token: string,
  now: Date = new Date(),
): Promise<{ userId: string; organizationId: string }> {
  const passwordHash = await hashPassword(input.password);
  const userId = createUnguessableId();
  return db.$transaction(async (tx) => {
    const invite = await requireUsableInvite(tx, token, now);
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) {
      throw new DomainError("conflict", "An account with this email already exists", {
        email: "An account with this email already exists. Sign in to accept the invitation.",
      });
    }
    await markUsed(tx, invite.id, now);
    await tx.user.create({ data: { id: userId, email: input.email, passwordHash }, select: { id: true } });
    await tx.membership.create({ data: { userId, organizationId: invite.organization.id, role: roleOf(invite.role), createdAt: now }, select: { userId: true } });
    return { userId, organizationId: invite.organization.id };
  });
}
