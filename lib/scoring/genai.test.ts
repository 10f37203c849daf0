import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DIMENSION_IDS, NOT_APPLICABLE, type DimensionId } from "../instruments/genai";
import type { MaturityLevel } from "../instruments/types";
import {
  GENAI_OVERALL_RULE,
  findLowerMedianLevel,
  scoreGenAi,
  type DimensionRating,
  type GenAiRatings,
} from "./genai";

const levelArb = fc.constantFrom<MaturityLevel>(1, 2, 3, 4, 5);
/** Any rating, including targets below the current level (invalid, but scoring must survive them). */
const ratingArb: fc.Arbitrary<DimensionRating | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({
    current: fc.constant(NOT_APPLICABLE),
    target: fc.option(levelArb),
    evidence: fc.string({ maxLength: 12 }),
  }),
  fc.record({ current: levelArb, target: fc.option(levelArb), evidence: fc.string({ maxLength: 12 }) }),
);
/** Any set of ratings; an undefined rating leaves the dimension out (unanswered). */
const ratingsArb: fc.Arbitrary<GenAiRatings> = fc
  .tuple(...DIMENSION_IDS.map(() => ratingArb))
  .map((ratings) =>
    Object.fromEntries(
      DIMENSION_IDS.flatMap((id, i) => (ratings[i] === undefined ? [] : [[id, ratings[i]]])),
    ),
  );

const rate = (current: MaturityLevel, target: MaturityLevel | null = null, evidence = ""): DimensionRating => ({
  current,
  target,
  evidence,
});
const notApplicable: DimensionRating = { current: NOT_APPLICABLE, target: null, evidence: "" };

/** Rates the first dimensions of the model, in order, at the given current levels. */
function rateInOrder(levels: readonly MaturityLevel[]): GenAiRatings {
  return Object.fromEntries(levels.map((level, i) => [DIMENSION_IDS[i]!, rate(level)]));
}

function rateAll(rating: DimensionRating): GenAiRatings {
  return Object.fromEntries(DIMENSION_IDS.map((id) => [id, rating]));
}

const resultOf = (ratings: GenAiRatings, id: DimensionId) =>
  scoreGenAi(ratings).dimensions.find((d) => d.dimension === id);

describe("findLowerMedianLevel", () => {
  it("takes the middle level of an odd count", () => {
    expect(findLowerMedianLevel([5, 1, 3])).toBe(3);
    expect(findLowerMedianLevel([2, 2, 4, 5, 1])).toBe(2);
  });

  it("takes the lower of the two middle levels of an even count", () => {
    expect(findLowerMedianLevel([1, 2, 3, 4])).toBe(2);
    expect(findLowerMedianLevel([4, 5])).toBe(4);
    expect(findLowerMedianLevel([1, 1, 5, 5])).toBe(1);
  });

  it("gives a single level back, and nothing for no levels", () => {
    expect(findLowerMedianLevel([4])).toBe(4);
    expect(findLowerMedianLevel([])).toBeNull();
  });
});

describe("scoreGenAi", () => {
  it("returns all thirteen dimensions in the model's order", () => {
    const score = scoreGenAi({});
    expect(score.dimensions.map((d) => d.dimension)).toEqual([...DIMENSION_IDS]);
    expect(score.dimensions).toHaveLength(13);
  });

  it("uses the median of the rated current levels as the overall level (odd count)", () => {
    expect(scoreGenAi(rateInOrder([1, 4, 2, 5, 3])).overallLevel).toBe(3);
  });

  it("takes the lower middle level with an even count, never rounding maturity up", () => {
    expect(scoreGenAi(rateInOrder([2, 3])).overallLevel).toBe(2);
    expect(scoreGenAi(rateInOrder([1, 4, 5, 2])).overallLevel).toBe(2);
  });

  it("uses the only rated level when a single dimension is rated", () => {
    const score = scoreGenAi(rateInOrder([4]));
    expect(score.overallLevel).toBe(4);
    expect(score.ratedCount).toBe(1);
    expect(score.unansweredCount).toBe(12);
  });

  it("counts rated dimensions per current level", () => {
    const score = scoreGenAi(rateInOrder([1, 1, 2, 4, 4, 4]));
    expect(score.distribution).toEqual({ 1: 2, 2: 1, 3: 0, 4: 3, 5: 0 });
  });

  it("sorts gaps largest first, ties in the model's order, and leaves out dimensions without a target", () => {
    const [a, b, c, d, e] = DIMENSION_IDS;
    const score = scoreGenAi({
      [a!]: rate(2, 3),
      [b!]: rate(1, 4),
      [c!]: rate(3, 3),
      [d!]: rate(2, null),
      [e!]: rate(1, 2),
    });
    expect(score.gaps.map((g) => [g.dimension, g.gap])).toEqual([
      [b, 3],
      [a, 1],
      [e, 1],
      [c, 0],
    ]);
    expect(resultOf({ [d!]: rate(2, null) }, d!)).toMatchObject({ status: "rated", target: null, gap: null });
  });

  it("leaves 'Not applicable' out of every score, count and gap", () => {
    const [first, second, third] = DIMENSION_IDS;
    const score = scoreGenAi({
      [first!]: rate(1, 3),
      [second!]: { current: NOT_APPLICABLE, target: 5, evidence: "we do not run this" },
      [third!]: rate(3, 4),
    });
    expect(score).toMatchObject({ ratedCount: 2, notApplicableCount: 1, unansweredCount: 10, overallLevel: 1 });
    expect(score.dimensions[1]).toEqual({
      dimension: second,
      status: "not_applicable",
      current: null,
      target: null,
      gap: null,
      evidence: "we do not run this",
    });
    expect(score.gaps.map((g) => g.dimension)).toEqual([first, third]);
  });

  it("has no overall level, no distribution and no gaps when everything is 'Not applicable'", () => {
    const score = scoreGenAi(rateAll(notApplicable));
    expect(score).toMatchObject({ ratedCount: 0, notApplicableCount: 13, unansweredCount: 0, overallLevel: null });
    expect(score.distribution).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });
    expect(score.gaps).toEqual([]);
  });

  it("treats missing dimensions as unanswered and leaves them out of the score", () => {
    const score = scoreGenAi({});
    expect(score).toMatchObject({ ratedCount: 0, notApplicableCount: 0, unansweredCount: 13, overallLevel: null });
    expect(score.dimensions.every((d) => d.status === "unanswered" && d.current === null)).toBe(true);
    expect(score.gaps).toEqual([]);
  });

  it("treats a rating with no valid current level as unanswered", () => {
    const broken = { current: 7, target: 5, evidence: 3 } as unknown as DimensionRating;
    const id = DIMENSION_IDS[0]!;
    expect(resultOf({ [id]: broken }, id)).toEqual({
      dimension: id,
      status: "unanswered",
      current: null,
      target: null,
      gap: null,
      evidence: "",
    });
  });

  it("clamps a target below the current level to the current level (validation rejects it earlier)", () => {
    const id = DIMENSION_IDS[2]!;
    expect(resultOf({ [id]: rate(4, 2) }, id)).toMatchObject({ current: 4, target: 4, gap: 0 });
  });

  it("keeps the evidence the respondent gave", () => {
    const id = DIMENSION_IDS[3]!;
    expect(resultOf({ [id]: rate(2, 3, "two pilots with written goals") }, id)?.evidence).toBe(
      "two pilots with written goals",
    );
  });

  it("ignores ratings for unknown dimensions", () => {
    const base = rateInOrder([2, 3, 4]);
    const withUnknown = { ...base, "not-a-dimension": rate(5, 5) } as GenAiRatings;
    expect(scoreGenAi(withUnknown)).toEqual(scoreGenAi(base));
  });

  it("states the overall rule in one plain sentence", () => {
    expect(GENAI_OVERALL_RULE).toMatch(/lower/);
    expect(GENAI_OVERALL_RULE).toMatch(/not applicable/i);
    expect(GENAI_OVERALL_RULE.endsWith(".")).toBe(true);
    expect(GENAI_OVERALL_RULE.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });
});

describe("scoreGenAi properties", () => {
  it("is deterministic", () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        expect(scoreGenAi(ratings)).toEqual(scoreGenAi({ ...ratings }));
      }),
    );
  });

  it("does not depend on the order the ratings were given in", () => {
    fc.assert(
      fc.property(ratingsArb, fc.infiniteStream(fc.nat()), (ratings, seeds) => {
        const shuffled = Object.entries(ratings)
          .map((entry) => ({ entry, key: seeds.next().value as number }))
          .sort((a, b) => a.key - b.key)
          .map(({ entry }) => entry);
        expect(scoreGenAi(Object.fromEntries(shuffled))).toEqual(scoreGenAi(ratings));
      }),
    );
  });

  it("changes only the two swapped dimensions when two dimensions swap ratings", () => {
    fc.assert(
      fc.property(
        ratingsArb,
        fc.nat({ max: DIMENSION_IDS.length - 1 }),
        fc.nat({ max: DIMENSION_IDS.length - 1 }),
        (ratings, i, j) => {
          const a = DIMENSION_IDS[i]!;
          const b = DIMENSION_IDS[j]!;
          const swapped: Partial<Record<DimensionId, DimensionRating>> = { ...ratings };
          delete swapped[a];
          delete swapped[b];
          if (ratings[b]) swapped[a] = ratings[b];
          if (ratings[a]) swapped[b] = ratings[a];

          const before = scoreGenAi(ratings).dimensions;
          const after = scoreGenAi(swapped).dimensions;
          for (const [k, id] of DIMENSION_IDS.entries()) {
            if (id === a || id === b) continue;
            expect(after[k]).toEqual(before[k]);
          }
          // The swapped pair carry each other's results, under their own ids.
          expect(after[i]).toEqual({ ...before[j], dimension: a });
          expect(after[j]).toEqual({ ...before[i], dimension: b });
        },
      ),
    );
  });

  it("keeps the overall level between the lowest and highest rated current level", () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        const score = scoreGenAi(ratings);
        const levels = score.dimensions.flatMap((d) => (d.current === null ? [] : [d.current]));
        if (levels.length === 0) {
          expect(score.overallLevel).toBeNull();
          return;
        }
        expect(score.overallLevel).not.toBeNull();
        expect(score.overallLevel).toBeGreaterThanOrEqual(Math.min(...levels));
        expect(score.overallLevel).toBeLessThanOrEqual(Math.max(...levels));
      }),
    );
  });

  it("accounts for every dimension once and never reports a negative gap", () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        const score = scoreGenAi(ratings);
        expect(score.ratedCount + score.notApplicableCount + score.unansweredCount).toBe(DIMENSION_IDS.length);
        expect(Object.values(score.distribution).reduce((sum, n) => sum + n, 0)).toBe(score.ratedCount);
        for (const gap of score.gaps) {
          expect(gap.status).toBe("rated");
          expect(gap.gap).toBeGreaterThanOrEqual(0);
          expect(gap.gap).toBe((gap.target ?? 0) - (gap.current ?? 0));
        }
        for (let k = 1; k < score.gaps.length; k++) {
          const [prev, next] = [score.gaps[k - 1]!, score.gaps[k]!];
          expect(prev.gap! > next.gap! || (prev.gap === next.gap &&
            DIMENSION_IDS.indexOf(prev.dimension) < DIMENSION_IDS.indexOf(next.dimension))).toBe(true);
        }
      }),
    );
  });
});
