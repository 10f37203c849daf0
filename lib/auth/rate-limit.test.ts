import { describe, expect, it } from "vitest";
import { countEvent, decideRateLimit, SIGN_IN_RULES, type WindowCounter } from "./rate-limit";

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
