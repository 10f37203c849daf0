import { describe, expect, it } from "vitest";
import {
  countEvent,
  decideRateLimit,
  decideRateLimits,
  INVITE_ACCEPT_RULES,
  inviteAcceptBuckets,
  PASSWORD_RESET_RULES,
  passwordResetBuckets,
  SIGN_IN_RULES,
  SIGN_UP_RULES,
  signUpBuckets,
  type WindowCounter,
} from "./rate-limit";

const rule = { limit: 5, windowMs: 60_000 };
const T0 = 1_700_000_000_000;

function after(events: number, start = T0): WindowCounter | null {
  let counter: WindowCounter | null = null;
  for (let i = 0; i < events; i += 1) counter = countEvent(counter, rule, start + i * 1000);
  return counter;
}

describe("fixed-window rate limiting", () => {
  it("allows the first attempt with no counter", () => {
    expect(decideRateLimit(null, rule, T0)).toEqual({ isAllowed: true });
  });

  it("allows up to the limit and refuses the next one in the same window", () => {
    expect(decideRateLimit(after(4), rule, T0 + 5_000)).toEqual({ isAllowed: true });
    expect(decideRateLimit(after(5), rule, T0 + 5_000)).toEqual({ isAllowed: false, retryAfterSeconds: 55 });
  });

  it("counts within the window and starts a new window once it has passed", () => {
    expect(after(3)).toEqual({ windowStart: T0, count: 3 });
    expect(countEvent({ windowStart: T0, count: 5 }, rule, T0 + 60_000)).toEqual({ windowStart: T0 + 60_000, count: 1 });
  });

  it("allows again exactly when the window ends, and says to wait at least one second before", () => {
    const full = { windowStart: T0, count: 5 };
    expect(decideRateLimit(full, rule, T0 + 59_999)).toEqual({ isAllowed: false, retryAfterSeconds: 1 });
    expect(decideRateLimit(full, rule, T0 + 60_000)).toEqual({ isAllowed: true });
  });

  it("ignores a counter from the future (clock skew between instances)", () => {
    expect(decideRateLimit({ windowStart: T0 + 10_000, count: 99 }, rule, T0)).toEqual({ isAllowed: true });
  });

  it("caps an address higher than an (account, address) pair", () => {
    expect(SIGN_IN_RULES.perAccountAndAddress.limit).toBe(5);
    expect(SIGN_IN_RULES.perAddress.limit).toBeGreaterThan(SIGN_IN_RULES.perAccountAndAddress.limit);
  });
});

describe("several limits at once", () => {
  const buckets = passwordResetBuckets("emaildigest", "203.0.113.7");

  it("allows when no bucket is full, counting each bucket under its own key", () => {
    expect(buckets.map((b) => b.key)).toEqual(["reset:address:203.0.113.7", "reset:email:emaildigest"]);
    const counters = new Map([["reset:address:203.0.113.7", { windowStart: T0, count: PASSWORD_RESET_RULES.perAddress.limit - 1 }]]);
    expect(decideRateLimits(buckets, counters, T0 + 1000)).toEqual({ isAllowed: true });
  });

  it("refuses when any one bucket is full, with the longest wait of the full ones", () => {
    const hour = 60 * 60_000;
    const counters = new Map([
      ["reset:address:203.0.113.7", { windowStart: T0, count: PASSWORD_RESET_RULES.perAddress.limit }],
      ["reset:email:emaildigest", { windowStart: T0 + 10 * 60_000, count: PASSWORD_RESET_RULES.perEmail.limit }],
    ]);
    expect(decideRateLimits(buckets, counters, T0 + 20 * 60_000)).toEqual({ isAllowed: false, retryAfterSeconds: (hour - 10 * 60_000) / 1000 });
    counters.delete("reset:address:203.0.113.7");
    expect(decideRateLimits(buckets, counters, T0 + 20 * 60_000)).toEqual({ isAllowed: false, retryAfterSeconds: (hour - 10 * 60_000) / 1000 });
  });

  it("ignores counters of other keys", () => {
    const counters = new Map([["sign-up:address:203.0.113.7", { windowStart: T0, count: 999 }]]);
    expect(decideRateLimits(buckets, counters, T0)).toEqual({ isAllowed: true });
  });
});

describe("the rules", () => {
  it("caps sign-ups and reset requests per address over an hour, and reset requests per email tighter", () => {
    expect(SIGN_UP_RULES.perAddress).toEqual({ limit: 20, windowMs: 3_600_000 });
    expect(PASSWORD_RESET_RULES.perEmail.windowMs).toBe(3_600_000);
    expect(PASSWORD_RESET_RULES.perEmail.limit).toBeLessThan(PASSWORD_RESET_RULES.perAddress.limit);
  });

  it("keys each limit by what it protects, so one kind of event never uses up another's allowance", () => {
    const keys = [...signUpBuckets("192.0.2.1"), ...passwordResetBuckets("x", "192.0.2.1"), ...inviteAcceptBuckets("192.0.2.1")].map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(signUpBuckets("192.0.2.1")[0]?.key).not.toBe(signUpBuckets("192.0.2.2")[0]?.key);
    expect(inviteAcceptBuckets("192.0.2.1")[0]?.rule).toBe(INVITE_ACCEPT_RULES.failuresPerAddress);
  });
});
