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

function isCurrent(counter: WindowCounter | null, rule: RateLimitRule, now: number): counter is WindowCounter {
  return counter !== null && now >= counter.windowStart && now < counter.windowStart + rule.windowMs;
}

/** Whether one more event may happen now, and if not, how many seconds until the window ends (at least 1). */
export function decideRateLimit(counter: WindowCounter | null, rule: RateLimitRule, now: number): RateLimitDecision {
  if (!isCurrent(counter, rule, now) || counter.count < rule.limit) return { isAllowed: true };
  return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((counter.windowStart + rule.windowMs - now) / 1000)) };
}

/** The counter after one more event now: counted in the current window, or the first of a new one. */
export function countEvent(counter: WindowCounter | null, rule: RateLimitRule, now: number): WindowCounter {
  return isCurrent(counter, rule, now) ? { windowStart: counter.windowStart, count: counter.count + 1 } : { windowStart: now, count: 1 };
}

/** Sign-in failures: per (account, address) pair, and a higher cap per address across accounts. */
export const SIGN_IN_RULES = {
  perAccountAndAddress: { limit: 5, windowMs: 60_000 },
  perAddress: { limit: 30, windowMs: 60_000 },
} as const satisfies Record<string, RateLimitRule>;
