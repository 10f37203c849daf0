import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PILLAR_IDS, QUESTIONS, type PillarId } from "../instruments/convergence";
import { DIMENSION_IDS, NOT_APPLICABLE, type DimensionId } from "../instruments/genai";
import { DONT_KNOW, type Choice, type MaturityLevel } from "../instruments/types";
import type { ConvergenceAnswers } from "./convergence";
import type { DimensionRating, GenAiRatings } from "./genai";
import { DISCUSS_FIRST_LEVELS, rankFunctionGaps, type FunctionGap, type GapRespondent } from "./team-gaps";

const FUNCTIONS = ["marketing", "it", "data", "sales", "executive", "other"] as const;

/** A Convergence respondent answering every question of a pillar at the level `levelOf` gives. */
function convergenceRespondent(fn: string, levelOf: (pillar: PillarId) => Choice): GapRespondent {
  const answers: ConvergenceAnswers = Object.fromEntries(QUESTIONS.map((q) => [q.id, levelOf(q.pillar)]));
  return { function: fn, answers, ratings: {} };
}

function genAiRespondent(fn: string, currentOf: (dimension: DimensionId) => MaturityLevel | typeof NOT_APPLICABLE): GapRespondent {
  const ratings: GenAiRatings = Object.fromEntries(
    DIMENSION_IDS.map((d): [DimensionId, DimensionRating] => {
      const current = currentOf(d);
      return [d, { current, target: current === NOT_APPLICABLE ? null : current, evidence: "" }];
    }),
  );
  return { function: fn, answers: {}, ratings };
}

describe("rankFunctionGaps, Convergence", () => {
  it("compares each function's median pillar score as levels and as points, widest gap first", () => {
    const marketingLevel: Record<PillarId, MaturityLevel> = { data: 4, platforms: 2, process: 3, kpis: 5, people: 3 };
    const itLevel: Record<PillarId, MaturityLevel> = { data: 2, platforms: 2, process: 4, kpis: 1, people: 3 };
    const result = rankFunctionGaps(
      {
        instrument: "convergence",
        respondents: [
          convergenceRespondent("marketing", (p) => marketingLevel[p]),
          convergenceRespondent("it", (p) => itLevel[p]),
          // Another function does not count.
          convergenceRespondent("sales", () => 1),
        ],
      },
      "marketing",
      "it",
    );
    expect(result.firstCount).toBe(1);
    expect(result.secondCount).toBe(1);
    expect(result.gaps.map((g) => g.part)).toEqual(["kpis", "data", "process", "platforms", "people"]);
    const kpis = result.gaps[0]!;
    // Every answer at level 5 scores 100 (level 5); every answer at 1 scores 0 (level 1).
    expect(kpis).toMatchObject({
      first: { count: 1, median: 100, level: 5 },
      second: { count: 1, median: 0, level: 1 },
      difference: 4,
      pointsDifference: 100,
      discussFirst: true,
    });
    expect(result.gaps[1]).toMatchObject({ part: "data", difference: 2, pointsDifference: 50, discussFirst: true });
    expect(result.gaps[2]).toMatchObject({ part: "process", difference: -1, pointsDifference: -25, discussFirst: false });
    // Ties keep the model's order: Platforms before People.
    expect(result.gaps[3]).toMatchObject({ part: "platforms", difference: 0, discussFirst: false });
  });

  it("uses the median of several respondents of a function", () => {
    const result = rankFunctionGaps(
      {
        instrument: "convergence",
        respondents: [
          convergenceRespondent("marketing", () => 1),
          convergenceRespondent("marketing", () => 3),
          convergenceRespondent("marketing", () => 5),
          convergenceRespondent("it", () => 2),
        ],
      },
      "marketing",
      "it",
    );
    for (const gap of result.gaps) {
      expect(gap.first).toEqual({ count: 3, median: 50, level: 3 });
      expect(gap.second).toEqual({ count: 1, median: 25, level: 2 });
      expect(gap.difference).toBe(1);
    }
  });

  it("puts a pillar one function could not score last, with no difference", () => {
    const result = rankFunctionGaps(
      {
        instrument: "convergence",
        respondents: [
          convergenceRespondent("marketing", (p) => (p === "data" ? DONT_KNOW : 3)),
          convergenceRespondent("it", () => 3),
        ],
      },
      "marketing",
      "it",
    );
    const last = result.gaps.at(-1)!;
    expect(last).toMatchObject({ part: "data", difference: null, pointsDifference: null, discussFirst: false });
    expect(last.first.median).toBeNull();
    expect(last.second.median).toBe(50);
  });

  it("has nothing to compare when a function has no respondent yet", () => {
    const result = rankFunctionGaps(
      { instrument: "convergence", respondents: [convergenceRespondent("marketing", () => 4)] },
      "marketing",
      "it",
    );
    expect(result.secondCount).toBe(0);
    expect(result.gaps.map((g) => g.part)).toEqual([...PILLAR_IDS]);
    expect(result.gaps.every((g) => g.difference === null && !g.discussFirst)).toBe(true);
  });
});

describe("rankFunctionGaps, GenAI", () => {
  it("compares the lower median current levels and leaves not applicable out", () => {
    const result = rankFunctionGaps(
      {
        instrument: "genai",
        respondents: [
          genAiRespondent("marketing", (d) => (d === "content-creation" ? 4 : d === "governance" ? NOT_APPLICABLE : 2)),
          genAiRespondent("marketing", (d) => (d === "content-creation" ? 5 : 2)),
          genAiRespondent("it", (d) => (d === "content-creation" ? 1 : d === "martech-stack" ? 4 : 2)),
        ],
      },
      "marketing",
      "it",
    );
    // Content creation: marketing lower median of [4, 5] is 4; IT 1.
    expect(result.gaps[0]).toMatchObject({
      part: "content-creation",
      first: { count: 2, median: 4, level: 4 },
      second: { count: 1, median: 1, level: 1 },
      difference: 3,
      pointsDifference: null,
      discussFirst: true,
    });
    expect(result.gaps[1]).toMatchObject({ part: "martech-stack", difference: -2, discussFirst: true });
    // Governance: one marketing respondent left it out, the other rated it, so it compares.
    expect(result.gaps.find((g) => g.part === "governance")).toMatchObject({ first: { count: 1, median: 2 }, difference: 0 });
  });

  it("puts a dimension a whole function marked not applicable last", () => {
    const result = rankFunctionGaps(
      {
        instrument: "genai",
        respondents: [
          genAiRespondent("marketing", () => 3),
          genAiRespondent("it", (d) => (d === "governance" ? NOT_APPLICABLE : 3)),
        ],
      },
      "marketing",
      "it",
    );
    expect(result.gaps.at(-1)).toMatchObject({ part: "governance", difference: null, discussFirst: false });
  });
});

// --- Properties -------------------------------------------------------------------------------

const choice = fc.constantFrom<Choice>(1, 2, 3, 4, 5, DONT_KNOW);
const convergenceRespondentArb = fc.record({
  function: fc.constantFrom<string | null>(...FUNCTIONS, null),
  answers: fc.dictionary(fc.constantFrom(...QUESTIONS.map((q) => q.id)), choice),
  ratings: fc.constant({}),
});
const ratingArb = fc.oneof(
  fc.constant<DimensionRating>({ current: NOT_APPLICABLE, target: null, evidence: "" }),
  fc.constantFrom<MaturityLevel>(1, 2, 3, 4, 5).map((current): DimensionRating => ({ current, target: null, evidence: "" })),
);
const genAiRespondentArb = fc.record({
  function: fc.constantFrom<string | null>(...FUNCTIONS, null),
  answers: fc.constant({}),
  ratings: fc.dictionary(fc.constantFrom(...DIMENSION_IDS), ratingArb) as fc.Arbitrary<GenAiRatings>,
});
const inputArb = fc.oneof(
  fc.array(convergenceRespondentArb, { maxLength: 8 }).map((respondents) => ({ instrument: "convergence" as const, respondents })),
  fc.array(genAiRespondentArb, { maxLength: 8 }).map((respondents) => ({ instrument: "genai" as const, respondents })),
);

/** The sort key the ranking promises: comparable first, then |levels|, then |points|, descending. */
function rankKey(gap: FunctionGap<string>): [number, number, number] {
  return gap.difference === null ? [0, 0, 0] : [1, Math.abs(gap.difference), Math.abs(gap.pointsDifference ?? 0)];
}

describe("rankFunctionGaps, properties", () => {
  it("ranks every part once, comparable parts first, by absolute difference descending, ties in the model's order", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { gaps } = rankFunctionGaps(input, "marketing", "it");
        const model: readonly string[] = input.instrument === "convergence" ? PILLAR_IDS : DIMENSION_IDS;
        expect([...gaps.map((g) => g.part)].sort()).toEqual([...model].sort());
        for (let i = 1; i < gaps.length; i += 1) {
          const [a, b] = [rankKey(gaps[i - 1]!), rankKey(gaps[i]!)];
          const cmp = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
          expect(cmp).toBeGreaterThanOrEqual(0);
          if (cmp === 0) expect(model.indexOf(gaps[i - 1]!.part)).toBeLessThan(model.indexOf(gaps[i]!.part));
        }
      }),
    );
  });

  it("flags discuss first exactly when the functions are two or more levels apart", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const gap of rankFunctionGaps(input, "marketing", "it").gaps) {
          expect(gap.discussFirst).toBe(gap.difference !== null && Math.abs(gap.difference) >= DISCUSS_FIRST_LEVELS);
          expect(gap.difference === null).toBe(gap.first.level === null || gap.second.level === null);
        }
      }),
    );
  });

  it("is symmetric: swapping the functions only flips the sign", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...FUNCTIONS), fc.constantFrom(...FUNCTIONS), (input, a, b) => {
        const forward = rankFunctionGaps(input, a, b);
        const backward = rankFunctionGaps(input, b, a);
        expect(backward.firstCount).toBe(forward.secondCount);
        expect(backward.gaps.map((g) => g.part)).toEqual(forward.gaps.map((g) => g.part));
        forward.gaps.forEach((gap, i) => {
          const mirror = backward.gaps[i]!;
          expect(mirror.first).toEqual(gap.second);
          expect(mirror.second).toEqual(gap.first);
          expect(mirror.difference).toBe(gap.difference === null ? null : -gap.difference || 0);
          expect(mirror.pointsDifference).toBe(gap.pointsDifference === null ? null : -gap.pointsDifference || 0);
          expect(mirror.discussFirst).toBe(gap.discussFirst);
        });
      }),
    );
  });

  it("counts only the function's own respondents, and no more of them than it has", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { gaps, firstCount, secondCount } = rankFunctionGaps(input, "marketing", "it");
        expect(firstCount).toBe(input.respondents.filter((r) => r.function === "marketing").length);
        expect(secondCount).toBe(input.respondents.filter((r) => r.function === "it").length);
        for (const gap of gaps) {
          expect(gap.first.count).toBeLessThanOrEqual(firstCount);
          expect(gap.second.count).toBeLessThanOrEqual(secondCount);
        }
      }),
    );
  });
});
