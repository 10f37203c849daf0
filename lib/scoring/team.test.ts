import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUESTIONS } from "../instruments/convergence";
import { DIMENSION_IDS, NOT_APPLICABLE } from "../instruments/genai";
import { DONT_KNOW, type Choice, type MaturityLevel } from "../instruments/types";
import type { ConvergenceAnswers } from "./convergence";
import type { GenAiRatings } from "./genai";
import { combineConvergence, combineGenAi, combineOverall, combinedConvergenceScore, combinedGenAiScore, majorityMotion, median } from "./team";

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

describe("combineConvergence", () => {
  const allAt = (level: MaturityLevel): ConvergenceAnswers => Object.fromEntries(QUESTIONS.map((q) => [q.id, level]));

  it("gives per pillar the median score, its level, and the spread between respondents", () => {
    const combined = combineConvergence([allAt(2), allAt(4), allAt(5)]);
    for (const pillar of combined.pillars) {
      expect(pillar).toMatchObject({ count: 3, median: 75, level: 4, min: 25, max: 100, spread: 75 });
    }
    expect(combined.overall).toEqual({ score: 75, level: 4, respondentCount: 3 });
  });

  it("leaves a pillar nobody could score empty rather than zero", () => {
    const dontKnow: ConvergenceAnswers = Object.fromEntries(QUESTIONS.map((q) => [q.id, DONT_KNOW]));
    const combined = combineConvergence([dontKnow]);
    expect(combined.pillars.every((p) => p.count === 0 && p.median === null && p.spread === null)).toBe(true);
  });

  it("keeps every median within its respondents' range, whatever they answered", () => {
    const answers = fc.dictionary(
      fc.constantFrom(...QUESTIONS.map((q) => q.id)),
      fc.constantFrom<Choice>(1, 2, 3, 4, 5, DONT_KNOW),
    );
    fc.assert(
      fc.property(fc.array(answers, { minLength: 1, maxLength: 8 }), (respondents) => {
        for (const p of combineConvergence(respondents).pillars) {
          if (p.median === null) continue;
          expect(p.median).toBeGreaterThanOrEqual(p.min!);
          expect(p.median).toBeLessThanOrEqual(p.max!);
          expect(p.spread).toBe(p.max! - p.min!);
        }
      }),
    );
  });
});

describe("combineGenAi", () => {
  it("takes the lower median of current levels and targets, and leaves out not applicable", () => {
    const rate = (current: MaturityLevel, target: MaturityLevel): GenAiRatings =>
      Object.fromEntries(DIMENSION_IDS.map((d) => [d, { current, target, evidence: "" }]));
    const notApplicable: GenAiRatings = Object.fromEntries(DIMENSION_IDS.map((d) => [d, { current: NOT_APPLICABLE, target: null, evidence: "" }]));
    const combined = combineGenAi([rate(1, 3), rate(4, 5), notApplicable]);
    for (const d of combined.dimensions) {
      expect(d).toMatchObject({ count: 2, median: 1, level: 1, min: 1, max: 4, spread: 3, medianTarget: 3 });
    }
    expect(combined.overall).toEqual({ score: null, level: 1, respondentCount: 3 });
  });
});

describe("combined scores for the team report", () => {
  const level = fc.constantFrom<Choice>(1, 2, 3, 4, 5, DONT_KNOW);
  const respondentArb = fc.tuple(...QUESTIONS.map(() => level)).map((choices) => Object.fromEntries(QUESTIONS.map((q, i) => [q.id, choices[i] ?? DONT_KNOW])));

  it("carries the round page's figures: pillar medians, the median respondent overall, the weakest median pillar", () => {
    fc.assert(
      fc.property(fc.array(respondentArb, { minLength: 1, maxLength: 6 }), (respondents) => {
        const combined = combineConvergence(respondents);
        const score = combinedConvergenceScore(combined);
        expect(score.overallScore).toBe(combined.overall.score);
        expect(score.overallLevel).toBe(combined.overall.level);
        expect(score.isCapped).toBe(false);
        expect(score.pillars.map((p) => p.score)).toEqual(combined.pillars.map((p) => p.median));
        const scored = combined.pillars.filter((p) => p.median !== null);
        const lowest = Math.min(...scored.map((p) => p.median!));
        expect(score.biggestDisconnect).toBe(scored.length === 0 ? null : scored.find((p) => p.median === lowest)!.part);
      }),
    );
  });

  it("rates each GenAI dimension at the team's median, target never below today, and keeps the median respondent's overall", () => {
    const rating = fc.record({
      current: fc.constantFrom<1 | 2 | 3 | 4 | 5>(1, 2, 3, 4, 5),
      target: fc.constantFrom<1 | 2 | 3 | 4 | 5 | null>(1, 2, 3, 4, 5, null),
    });
    const respondentArb = fc
      .array(fc.option(rating, { nil: undefined }), { minLength: DIMENSION_IDS.length, maxLength: DIMENSION_IDS.length })
      .map((rs) => Object.fromEntries(DIMENSION_IDS.flatMap((d, i) => { const r = rs[i]; return r ? [[d, { current: r.current, target: r.target === null ? null : Math.max(r.target, r.current) as 1 | 2 | 3 | 4 | 5, evidence: "" }]] : []; })));
    fc.assert(
      fc.property(fc.array(respondentArb, { minLength: 1, maxLength: 5 }), (respondents) => {
        const combined = combineGenAi(respondents);
        const score = combinedGenAiScore(combined);
        expect(score.overallLevel).toBe(combined.overall.level);
        for (const d of combined.dimensions) {
          const result = score.dimensions.find((x) => x.dimension === d.part)!;
          expect(result.current).toBe(d.level);
          if (result.target !== null && result.current !== null) expect(result.target).toBeGreaterThanOrEqual(result.current);
        }
      }),
    );
  });
});

describe("majorityMotion", () => {
  it("takes the most chosen motion, the earliest on a tie, hybrid when none", () => {
    expect(majorityMotion(["inbound", "outbound", "outbound"])).toBe("outbound");
    expect(majorityMotion(["outbound", "inbound", "inbound", "outbound"])).toBe("outbound");
    expect(majorityMotion([null, "nonsense"])).toBe("hybrid");
    expect(majorityMotion([])).toBe("hybrid");
  });
});
