import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/data/errors";
import { sendEmail } from "@/lib/data/outbox";
import { hashPassword } from "@/lib/auth/password-hash";

/** How long a reset link works. */
export const RESET_TOKEN_TTL_MS = 30 * 60_000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Emails a single-use reset link when the email belongs to an account; does nothing otherwise.
 * The caller answers the same either way, so the endpoint does not reveal who has an account.
 */
export async function requestPasswordReset(email: string, origin: string, now: Date = new Date()): Promise<{ userId: string | null }> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) return { userId: null };
  const token = randomBytes(32).toString("base64url");
  await db.passwordResetToken.create({
    data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS) },
    select: { id: true },
  });
  const link = `${origin}/reset-password?token=${token}`;
  await sendEmail({
    to: user.email,
    subject: "Reset your Convergence password",
    text:
      `Someone (hopefully you) asked to reset the password of your Convergence account.\n\n` +
      `Choose a new password here within 30 minutes:\n${link}\n\n` +
      `The link works once. If you did not ask for it, ignore this email: your password stays as it is.\n`,
  });
  return { userId: user.id };
}

/** Sets a new password with a reset token: once, before it expires; ends every existing session. */
export async function resetPassword(token: string, password: string, now: Date = new Date()): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, userId: true, usedAt: true, expiresAt: true },
    });
    if (!row || row.usedAt || row.expiresAt.getTime() <= now.getTime()) {
      throw new DomainError("invalid", "This reset link has expired or was already used. Ask for a new one.", {
        token: "This reset link has expired or was already used. Ask for a new one.",
      });
    }
    // The guard on usedAt makes the token single-use even if two requests race.
    const used = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (used.count !== 1) throw new DomainError("invalid", "This reset link was already used. Ask for a new one.");
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    return { userId: row.userId };
  });
}
