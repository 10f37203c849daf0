import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import {
  countEvent,
  decideRateLimits,
  SIGN_IN_RULES,
  type RateLimitBucket,
  type RateLimitDecision,
  type WindowCounter,
} from "@/lib/auth/rate-limit";

/*
 * Counters live in the database (RateLimitBucket), not in process memory, so every app
 * instance sharing the database sees the same counts. The rules are pure (lib/auth/rate-limit.ts).
 */

type Client = Pick<typeof db, "rateLimitBucket">;

async function countersOf(buckets: readonly RateLimitBucket[], client: Client): Promise<Map<string, WindowCounter>> {
  const rows = await client.rateLimitBucket.findMany({ where: { key: { in: buckets.map((b) => b.key) } } });
  return new Map(rows.map((r) => [r.key, { windowStart: r.windowStart.getTime(), count: r.count }]));
}

async function countAll(buckets: readonly RateLimitBucket[], counters: Map<string, WindowCounter>, now: Date, client: Client) {
  for (const { key, rule } of buckets) {
    const next = countEvent(counters.get(key) ?? null, rule, now.getTime());
    const data = { windowStart: new Date(next.windowStart), count: next.count };
    await client.rateLimitBucket.upsert({ where: { key }, create: { key, ...data }, update: data });
  }
}

/** Whether one more event may happen in every bucket; if not, the seconds to wait. Counts nothing. */
export async function checkRateLimits(buckets: readonly RateLimitBucket[], now: Date = new Date()): Promise<RateLimitDecision> {
  return decideRateLimits(buckets, await countersOf(buckets, db), now.getTime());
}

/** Counts one event in every bucket (a failure, say, after the action was allowed). */
export async function recordRateLimitEvent(buckets: readonly RateLimitBucket[], now: Date = new Date()): Promise<void> {
  await db.$transaction(async (tx) => countAll(buckets, await countersOf(buckets, tx), now, tx));
}

/** Checks every bucket and, when allowed, counts the event in all of them, in one transaction. */
export async function consumeRateLimits(buckets: readonly RateLimitBucket[], now: Date = new Date()): Promise<RateLimitDecision> {
  return db.$transaction(async (tx) => {
    const counters = await countersOf(buckets, tx);
    const decision = decideRateLimits(buckets, counters, now.getTime());
    if (decision.isAllowed) await countAll(buckets, counters, now, tx);
    return decision;
  });
}

/** A bucket key for an email address that does not store the address itself. */
export function emailKeyOf(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32);
}

export interface SignInAttempt {
  email: string;
  address: string;
}

function signInBuckets({ email, address }: SignInAttempt): RateLimitBucket[] {
  const account = email.trim().toLowerCase();
  return [
    { key: `sign-in:account+address:${account}|${address}`, rule: SIGN_IN_RULES.perAccountAndAddress },
    { key: `sign-in:address:${address}`, rule: SIGN_IN_RULES.perAddress },
  ];
}

/** Whether a sign-in attempt may go ahead; if not, the seconds to wait (the longest of the limits hit). */
export async function checkSignInRateLimit(attempt: SignInAttempt, now: Date = new Date()): Promise<RateLimitDecision> {
  return checkRateLimits(signInBuckets(attempt), now);
}

/** Counts one failed sign-in against every bucket of the attempt. */
export async function recordFailedSignIn(attempt: SignInAttempt, now: Date = new Date()): Promise<void> {
  await recordRateLimitEvent(signInBuckets(attempt), now);
}

/** A successful sign-in clears its (account, address) failures; the per-address count stays. */
export async function clearSignInFailures(attempt: SignInAttempt): Promise<void> {
  const [pair] = signInBuckets(attempt);
  if (pair) await db.rateLimitBucket.deleteMany({ where: { key: pair.key } });
}
