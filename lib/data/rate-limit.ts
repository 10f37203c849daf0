import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { queryHot } from "@/lib/db/hot-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  decideCountedEvent,
  decideRateLimits,
  isWindowOpen,
  type RateLimitBucket,
  type WindowCounter,
} from "@/lib/auth/rate-limit";
import { LONGEST_WINDOW_MS, limitNameOf, SIGN_IN_RULES } from "@/lib/security/rate-limits";

/*
 * Counters live in the database (RateLimitBucket), not in process memory, so every app
 * instance sharing the database sees the same counts. The decisions are pure
 * (lib/auth/rate-limit.ts); the numbers are in lib/security/rate-limits.ts.
 */

type Client = Pick<typeof db, "rateLimitBucket" | "$queryRaw">;

/**
 * Allowed, or refused with the wait in seconds. `isFirstRefusal` is true for the first refusal
 * of a window (the one the audit log records, so a flood writes one row, not thousands);
 * `limits` names the limits that refused ("pdf:address"), never the keyed value.
 */
export type LimitDecision =
  | { isAllowed: true }
  | { isAllowed: false; retryAfterSeconds: number; isFirstRefusal: boolean; limits: string[] };

/** How often each app instance clears dead buckets (checked when it counts an event). */
const PRUNE_EVERY_MS = 10 * 60_000;
let lastPrunedAt = 0;

/** Deletes buckets whose window closed long ago (older than the longest window of any limit). */
export async function pruneStaleRateLimitBuckets(now: Date = new Date()): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - LONGEST_WINDOW_MS) } } });
  return count;
}

/** At most every PRUNE_EVERY_MS, clears dead buckets in the background (keys of one-off ids would otherwise pile up). */
function maybePrune(now: Date): void {
  const clock = Date.now();
  if (clock - lastPrunedAt < PRUNE_EVERY_MS) return;
  lastPrunedAt = clock;
  pruneStaleRateLimitBuckets(now).catch((error: unknown) => console.error("[rate-limit] pruning failed:", error));
}

/**
 * A refusal: marks each full bucket (count exactly at its limit) one past it, atomically, so that
 * only the first refusal of a window finds one to mark. One write per limit and window, at most.
 */
async function refusal(
  buckets: readonly RateLimitBucket[],
  counters: Map<string, WindowCounter>,
  retryAfterSeconds: number,
  now: Date,
  client: Client,
): Promise<LimitDecision> {
  const full = buckets.filter(({ key, rule }) => {
    const counter = counters.get(key) ?? null;
    return isWindowOpen(counter, rule, now.getTime()) && counter.count >= rule.limit;
  });
  let isFirstRefusal = false;
  for (const { key, rule } of full) {
    const marked = await client.rateLimitBucket.updateMany({ where: { key, count: rule.limit }, data: { count: rule.limit + 1 } });
    if (marked.count > 0) isFirstRefusal = true;
  }
  return { isAllowed: false, retryAfterSeconds, isFirstRefusal, limits: full.map(({ key }) => limitNameOf(key)) };
}

async function countersOf(buckets: readonly RateLimitBucket[], client: Client): Promise<Map<string, WindowCounter>> {
  const rows = await client.rateLimitBucket.findMany({ where: { key: { in: buckets.map((b) => b.key) } } });
  return new Map(rows.map((r) => [r.key, { windowStart: r.windowStart.getTime(), count: r.count }]));
}

/** Rows of a raw count: SQLite gives DateTime back as text, PostgreSQL (and Prisma) as a Date. */
type CountRow = { windowStart: unknown; count: unknown };
type CountRunner = (query: Prisma.Sql) => Promise<CountRow[]>;

const toDate = (value: unknown): Date => (value instanceof Date ? value : new Date(typeof value === "bigint" ? Number(value) : (value as string | number)));

/**
 * Counts one event in a bucket atomically (one upsert that increments and returns the counter, so
 * concurrent requests on PostgreSQL cannot overwrite each other's counts), and starts a new window
 * when the stored one has closed. The guard on windowStart lets only one of two racing requests
 * restart the window. `run` runs the counting statement: in `client` (a transaction, say) unless
 * the hot path runs it itself (lib/db/hot-sql.ts).
 */
async function countAtomically(
  { key, rule }: RateLimitBucket,
  now: Date,
  client: Client,
  run: CountRunner = (query) => client.$queryRaw<CountRow[]>(query),
): Promise<WindowCounter> {
  const [row] = await run(Prisma.sql`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "windowStart", "count"`);
  if (!row) throw new Error("counting a rate-limit event returned no row");
  const windowStart = toDate(row.windowStart);
  const counter: WindowCounter = { windowStart: windowStart.getTime(), count: Number(row.count) };
  if (isWindowOpen(counter, rule, now.getTime())) return counter;
  await client.rateLimitBucket.updateMany({ where: { key, windowStart }, data: { windowStart: now, count: 1 } });
  return { windowStart: now.getTime(), count: 1 };
}

async function countAll(buckets: readonly RateLimitBucket[], now: Date, client: Client): Promise<Map<string, WindowCounter>> {
  const counted = new Map<string, WindowCounter>();
  for (const bucket of buckets) counted.set(bucket.key, await countAtomically(bucket, now, client));
  return counted;
}

/** Whether one more event may happen in every bucket; if not, the seconds to wait. Counts nothing. */
export async function checkRateLimits(buckets: readonly RateLimitBucket[], now: Date = new Date()): Promise<LimitDecision> {
  const counters = await countersOf(buckets, db);
  const decision = decideRateLimits(buckets, counters, now.getTime());
  return decision.isAllowed ? decision : refusal(buckets, counters, decision.retryAfterSeconds, now, db);
}

/** Counts one event in every bucket (a failure, say, after the action was allowed). */
export async function recordRateLimitEvent(buckets: readonly RateLimitBucket[], now: Date = new Date()): Promise<void> {
  await db.$transaction(async (tx) => countAll(buckets, now, tx));
}

/** Checks every bucket and, when allowed, counts the event in all of them, in one transaction. */
export async function consumeRateLimits(buckets: readonly RateLimitBucket[], now: Date = new Date()): Promise<LimitDecision> {
  maybePrune(now);
  return db.$transaction(async (tx) => {
    const counters = await countersOf(buckets, tx);
    const decision = decideRateLimits(buckets, counters, now.getTime());
    if (!decision.isAllowed) return refusal(buckets, counters, decision.retryAfterSeconds, now, tx);
    const counted = await countAll(buckets, now, tx);
    // Concurrent requests (PostgreSQL reads committed rows only) may have taken the last places
    // between the read and the count: the counts the increments returned have the last word.
    const over = buckets.filter(({ key, rule }) => (counted.get(key)?.count ?? 0) > rule.limit);
    if (over.length === 0) return decision;
    const waits = over.map(({ key, rule }) => ((counted.get(key)?.windowStart ?? now.getTime()) + rule.windowMs - now.getTime()) / 1000);
    return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...waits))), isFirstRefusal: false, limits: over.map(({ key }) => limitNameOf(key)) };
  });
}

/**
 * The hot path (every answer): counts the event and decides in one statement, an upsert that
 * increments the counter and returns it. Only the first event after a window closed costs a
 * second statement, which starts the new window. A refused event is counted too; that changes
 * nothing in a fixed window (the wait ends when the window does).
 */
export async function countThenDecide(bucket: RateLimitBucket, now: Date = new Date()): Promise<LimitDecision> {
  maybePrune(now);
  const counter = await countAtomically(bucket, now, db, queryHot);
  const decision = decideCountedEvent(counter, bucket.rule, now.getTime());
  return decision.isAllowed ? decision : { ...decision, limits: [limitNameOf(bucket.key)] };
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
  // The email's digest, never the email as typed: any text may be typed there (a NUL, which
  // PostgreSQL text refuses; a megabyte), and the key stays short and free of the address.
  const account = emailKeyOf(email);
  return [
    { key: `sign-in:account+address:${account}|${address}`, rule: SIGN_IN_RULES.perAccountAndAddress },
    { key: `sign-in:address:${address}`, rule: SIGN_IN_RULES.perAddress },
  ];
}

/** Whether a sign-in attempt may go ahead; if not, the seconds to wait (the longest of the limits hit). */
export async function checkSignInRateLimit(attempt: SignInAttempt, now: Date = new Date()): Promise<LimitDecision> {
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
