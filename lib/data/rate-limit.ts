import "server-only";
import { db } from "@/lib/db";
import { countEvent, decideRateLimit, SIGN_IN_RULES, type RateLimitRule, type WindowCounter } from "@/lib/auth/rate-limit";

/*
 * Counters live in the database (RateLimitBucket), not in process memory, so every app
 * instance sharing the database sees the same counts.
 */

export interface SignInAttempt {
  email: string;
  address: string;
}

function bucketsOf({ email, address }: SignInAttempt): [string, RateLimitRule][] {
  const account = email.trim().toLowerCase();
  return [
    [`sign-in:account+address:${account}|${address}`, SIGN_IN_RULES.perAccountAndAddress],
    [`sign-in:address:${address}`, SIGN_IN_RULES.perAddress],
  ];
}

function toCounter(row: { windowStart: Date; count: number } | null): WindowCounter | null {
  return row ? { windowStart: row.windowStart.getTime(), count: row.count } : null;
}

/** Whether a sign-in attempt may go ahead; if not, the seconds to wait (the longest of the limits hit). */
export async function checkSignInRateLimit(
  attempt: SignInAttempt,
  now: Date = new Date(),
): Promise<{ isAllowed: true } | { isAllowed: false; retryAfterSeconds: number }> {
  const buckets = bucketsOf(attempt);
  const rows = await db.rateLimitBucket.findMany({ where: { key: { in: buckets.map(([key]) => key) } } });
  let retryAfterSeconds = 0;
  for (const [key, rule] of buckets) {
    const decision = decideRateLimit(toCounter(rows.find((r) => r.key === key) ?? null), rule, now.getTime());
    if (!decision.isAllowed) retryAfterSeconds = Math.max(retryAfterSeconds, decision.retryAfterSeconds);
  }
  return retryAfterSeconds > 0 ? { isAllowed: false, retryAfterSeconds } : { isAllowed: true };
}

/** Counts one failed sign-in against every bucket of the attempt. */
export async function recordFailedSignIn(attempt: SignInAttempt, now: Date = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const [key, rule] of bucketsOf(attempt)) {
      const row = await tx.rateLimitBucket.findUnique({ where: { key } });
      const next = countEvent(toCounter(row), rule, now.getTime());
      const data = { windowStart: new Date(next.windowStart), count: next.count };
      await tx.rateLimitBucket.upsert({ where: { key }, create: { key, ...data }, update: data });
    }
  });
}

/** A successful sign-in clears its (account, address) failures; the per-address count stays. */
export async function clearSignInFailures(attempt: SignInAttempt): Promise<void> {
  const [pair] = bucketsOf(attempt);
  if (pair) await db.rateLimitBucket.deleteMany({ where: { key: pair[0] } });
}
