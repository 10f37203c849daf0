import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combineOverall, median } from "./team";

describe("median", () => {
  it("is the middle value, or the mean of the two middles", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("lies between the smallest and the largest value and ignores order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1 }), (values) => {
        const m = median(values)!;
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
        expect(median([...values].reverse())).toBe(m);
      }),
    );
  });
});

describe("combineOverall", () => {
  it("takes the lower median level and the rounded median score", () => {
    expect(combineOverall([{ score: 40, level: 3 }, { score: 65, level: 4 }])).toEqual({ score: 53, level: 3, respondentCount: 2 });
  });
  it("leaves out respondents without a score or level but counts them", () => {
    expect(combineOverall([{ score: null, level: 2 }, { score: null, level: null }])).toEqual({ score: null, level: 2, respondentCount: 2 });
  });
});
