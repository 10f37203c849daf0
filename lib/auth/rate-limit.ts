/** A fixed-window counter: how many events since `windowStart` (ms since epoch). */
export interface WindowCounter {
  windowStart: number;
  count: number;
}

export interface RateLimitRule {
  /** Events allowed per window; the next one is refused. */
  limit: number;
  windowMs: number;
}

export type RateLimitDecision = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

/** Whether the counter's window is still open at `now` (a closed or missing window starts afresh). */
export function isWindowOpen(counter: WindowCounter | null, rule: RateLimitRule, now: number): counter is WindowCounter {
  return counter !== null && now >= counter.windowStart && now < counter.windowStart + rule.windowMs;
}

/** A decision that also says whether this refusal is the first of its window (the one worth logging). */
export type CountedDecision = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number; isFirstRefusal: boolean };

/**
 * The decision for an event that was counted before deciding (the one-statement path): `counter`
 * already includes it. Allowed while the count stays within the limit; the event that takes it to
 * limit + 1 is the window's first refusal.
 */
export function decideCountedEvent(counter: WindowCounter, rule: RateLimitRule, now: number): CountedDecision {
  if (counter.count <= rule.limit) return { isAllowed: true };
  const retryAfterSeconds = Math.max(1, Math.ceil((counter.windowStart + rule.windowMs - now) / 1000));
  return { isAllowed: false, retryAfterSeconds, isFirstRefusal: counter.count === rule.limit + 1 };
}

/** Whether one more event may happen now, and if not, how many seconds until the window ends (at least 1). */
export function decideRateLimit(counter: WindowCounter | null, rule: RateLimitRule, now: number): RateLimitDecision {
  if (!isWindowOpen(counter, rule, now) || counter.count < rule.limit) return { isAllowed: true };
  return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((counter.windowStart + rule.windowMs - now) / 1000)) };
}

/** The counter after one more event now: counted in the current window, or the first of a new one. */
export function countEvent(counter: WindowCounter | null, rule: RateLimitRule, now: number): WindowCounter {
  return isWindowOpen(counter, rule, now) ? { windowStart: counter.windowStart, count: counter.count + 1 } : { windowStart: now, count: 1 };
}

/** One counter to check: its storage key and the rule it is held to. */
export interface RateLimitBucket {
  key: string;
  rule: RateLimitRule;
}

/**
 * Several limits at once: allowed only when every bucket allows one more event; otherwise the
 * longest wait among the buckets that are full. `counters` maps keys to their stored counters.
 */
export function decideRateLimits(
  buckets: readonly RateLimitBucket[],
  counters: ReadonlyMap<string, WindowCounter>,
  now: number,
): RateLimitDecision {
  let retryAfterSeconds = 0;
  for (const { key, rule } of buckets) {
    const decision = decideRateLimit(counters.get(key) ?? null, rule, now);
    if (!decision.isAllowed) retryAfterSeconds = Math.max(retryAfterSeconds, decision.retryAfterSeconds);
  }
  return retryAfterSeconds > 0 ? { isAllowed: false, retryAfterSeconds } : { isAllowed: true };
}

// The limits themselves (numbers and bucket keys) live in one place: lib/security/rate-limits.ts.
export * from "@/lib/security/rate-limits";
