import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/data/errors";
import { createUnguessableId } from "@/lib/data/ids";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import type { SignUpInput } from "@/lib/validation/auth";

/** What the app knows about the signed-in caller. */
export interface SessionUser {
  userId: string;
  email: string;
  organizationId: string | null;
  organizationName: string | null;
  role: "owner" | "member" | null;
  /** "practice" for a consultant (their organisation is a consultancy), else "company". */
  organizationKind: "company" | "practice" | null;
}

/**
 * Creates a user, their organisation and their owner membership in one transaction. A consultant
 * signs up with `accountType: "practice"`: the organisation is their consultancy, which manages clients.
 */
export async function createUserWithOrganization(input: SignUpInput): Promise<{ userId: string; organizationId: string }> {
  const passwordHash = await hashPassword(input.password);
  const userId = createUnguessableId();
  const organizationId = createUnguessableId();
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) {
      throw new DomainError("conflict", "An account with this email already exists", {
        email: "An account with this email already exists. Sign in instead.",
      });
    }
    await tx.user.create({ data: { id: userId, email: input.email, passwordHash }, select: { id: true } });
    await tx.organization.create({
      data: {
        id: organizationId,
        kind: input.accountType,
        name: input.organizationName,
        industry: input.industry,
        sizeBand: input.sizeBand,
      },
      select: { id: true },
    });
    await tx.membership.create({ data: { userId, organizationId, role: "owner" }, select: { userId: true } });
    return { userId, organizationId };
  });
}

// Verifying against a real-looking hash when the email is unknown keeps the timing the same.
let dummyHash: Promise<string> | undefined;

/** The user with this email and password, or null (same work whether or not the email exists). */
export async function verifyCredentials(email: string, password: string): Promise<{ userId: string; sessionVersion: number } | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, passwordHash: true, sessionVersion: true },
  });
  if (!user) {
    dummyHash ??= hashPassword("not-a-real-password-at-all");
    await verifyPassword(password, await dummyHash);
    return null;
  }
  return (await verifyPassword(password, user.passwordHash)) ? { userId: user.id, sessionVersion: user.sessionVersion } : null;
}

/** The caller behind a session token, or null when the user is gone or the token's version is stale. */
export async function findSessionUser(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      sessionVersion: true,
      memberships: {
        select: { role: true, organization: { select: { id: true, name: true, kind: true } } },
        orderBy: { createdAt: "asc" },
        take: 1,
      },
    },
  });
  if (!user || user.sessionVersion !== sessionVersion) return null;
  const membership = user.memberships[0];
  return {
    userId: user.id,
    email: user.email,
    organizationId: membership?.organization.id ?? null,
    organizationName: membership?.organization.name ?? null,
    role: membership?.role === "owner" || membership?.role === "member" ? membership.role : null,
    organizationKind: membership ? (membership.organization.kind === "practice" ? "practice" : "company") : null,
  };
}

/** Ends every session of a user: tokens carrying the old version stop working. */
export async function revokeSessions(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** The caller by id alone (for data functions that scope by the caller's organisation). */
export async function findSessionUserById(userId: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user ? findSessionUser(userId, user.sessionVersion) : null;
}
