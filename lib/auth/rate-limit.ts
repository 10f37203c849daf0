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

const HOUR = 60 * 60_000;

/**
 * Sign-ups per address. Every attempt that passes validation counts (a created account or an
 * email already in use), which also slows down probing which emails have an account. Generous
 * enough for a team signing up from one office.
 */
export const SIGN_UP_RULES = {
  perAddress: { limit: 20, windowMs: HOUR },
} as const satisfies Record<string, RateLimitRule>;

/**
 * Password-reset requests: per address, and per email address whether or not it has an account
 * (so the limit itself reveals nothing), which stops a flood of reset emails to one person.
 */
export const PASSWORD_RESET_RULES = {
  perAddress: { limit: 20, windowMs: HOUR },
  perEmail: { limit: 5, windowMs: HOUR },
} as const satisfies Record<string, RateLimitRule>;

/** Failed invite acceptances per address (unknown, expired, revoked or used tokens): guessing links. */
export const INVITE_ACCEPT_RULES = {
  failuresPerAddress: { limit: 20, windowMs: 15 * 60_000 },
} as const satisfies Record<string, RateLimitRule>;

/** Member invites created per user: each may send an email to any address. */
export const INVITE_CREATE_RULES = {
  perUser: { limit: 30, windowMs: HOUR },
} as const satisfies Record<string, RateLimitRule>;

/** The buckets of a sign-up from `address`. */
export function signUpBuckets(address: string): RateLimitBucket[] {
  return [{ key: `sign-up:address:${address}`, rule: SIGN_UP_RULES.perAddress }];
}

/** The buckets of a reset request; `emailKey` is a digest of the normalised email (no address is stored). */
export function passwordResetBuckets(emailKey: string, address: string): RateLimitBucket[] {
  return [
    { key: `reset:address:${address}`, rule: PASSWORD_RESET_RULES.perAddress },
    { key: `reset:email:${emailKey}`, rule: PASSWORD_RESET_RULES.perEmail },
  ];
}

/** The bucket of failed invite acceptances from `address`. */
export function inviteAcceptBuckets(address: string): RateLimitBucket[] {
  return [{ key: `invite-accept:address:${address}`, rule: INVITE_ACCEPT_RULES.failuresPerAddress }];
}

/** The bucket of member invites created by one user. */
export function inviteCreateBuckets(userId: string): RateLimitBucket[] {
  return [{ key: `invite-create:user:${userId}`, rule: INVITE_CREATE_RULES.perUser }];
}
