import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PILLAR_IDS, QUESTIONS, getPillarQuestions, type PillarId } from "../instruments/convergence";
import { DONT_KNOW, type Choice, type MaturityLevel } from "../instruments/types";
import {
  findUnansweredQuestions,
  levelForScore,
  pointsForLevel,
  scoreConvergence,
  type ConvergenceAnswers,
} from "./convergence";

const levelArb = fc.constantFrom<MaturityLevel>(1, 2, 3, 4, 5);
const choiceArb = fc.oneof(levelArb, fc.constant<Choice>(DONT_KNOW));
/** Any full set of answers, "Don't know" included. */
const answersArb = fc.tuple(...QUESTIONS.map(() => choiceArb)).map((choices) =>
  Object.fromEntries(QUESTIONS.map((q, i) => [q.id, choices[i]])) as Record<string, Choice>,
);

function answerAll(choice: Choice): Record<string, Choice> {
  return Object.fromEntries(QUESTIONS.map((q) => [q.id, choice]));
}

function answerPillars(levels: Partial<Record<PillarId, Choice>>, otherwise: Choice = 3): Record<string, Choice> {
  return Object.fromEntries(QUESTIONS.map((q) => [q.id, levels[q.pillar] ?? otherwise]));
}

describe("levelForScore", () => {
  it.each([
    [0, 1],
    [19, 1],
    [19.99, 1],
    [20, 2],
    [39, 2],
    [40, 3],
    [59, 3],
    [60, 4],
    [79, 4],
    [80, 5],
    [100, 5],
  ])("maps %s to level %s", (score, level) => {
    expect(levelForScore(score)).toBe(level);
  });

  it("refuses scores outside 0–100", () => {
    expect(() => levelForScore(-1)).toThrow(RangeError);
    expect(() => levelForScore(100.5)).toThrow(RangeError);
    expect(() => levelForScore(Number.NaN)).toThrow(RangeError);
  });
});

describe("pointsForLevel", () => {
  it("gives 0, 25, 50, 75, 100 for levels 1 to 5", () => {
    expect([1, 2, 3, 4, 5].map((l) => pointsForLevel(l as MaturityLevel))).toEqual([0, 25, 50, 75, 100]);
  });
});

describe("scoreConvergence", () => {
  it("scores uniform answers at the level answered", () => {
    for (const level of [1, 2, 3, 4, 5] as const) {
      const score = scoreConvergence(answerAll(level));
      expect(score.overallScore).toBe(pointsForLevel(level));
      expect(score.overallLevel).toBe(level);
      expect(score.pillars.every((p) => p.level === level)).toBe(true);
      expect(score.isCapped).toBe(false);
    }
  });

  it("rounds a pillar's mean: 2, 3, 3, 3 on Data is 43.75 → 44, level 3", () => {
    const data = getPillarQuestions("data");
    const answers: Record<string, Choice> = { ...answerAll(3), [data[0]!.id]: 2 };
    const pillar = scoreConvergence(answers).pillars.find((p) => p.pillar === "data");
    expect(pillar?.score).toBe(44);
    expect(pillar?.level).toBe(3);
  });

  it("leaves 'Don't know' out of the score instead of counting it as zero", () => {
    const data = getPillarQuestions("data");
    const answers: Record<string, Choice> = { ...answerAll(5), [data[0]!.id]: DONT_KNOW };
    const pillar = scoreConvergence(answers).pillars.find((p) => p.pillar === "data");
    expect(pillar).toMatchObject({ score: 100, level: 5, dontKnowCount: 1, scoredCount: data.length - 1 });
  });

  it("gives a pillar answered entirely 'Don't know' no score and leaves it out of the overall", () => {
    const answers = answerPillars({ people: DONT_KNOW, data: 1 }, 5);
    const score = scoreConvergence(answers);
    const people = score.pillars.find((p) => p.pillar === "people");
    expect(people).toMatchObject({ score: null, level: null, scoredCount: 0 });
    expect(score.unscoredPillars).toEqual(["people"]);
    // Mean of data 0 and three pillars at 100, people excluded: 75.
    expect(score.overallScore).toBe(75);
    expect(score.biggestDisconnect).toBe("data");
  });

  it("has no overall score when every answer is 'Don't know'", () => {
    const score = scoreConvergence(answerAll(DONT_KNOW));
    expect(score).toMatchObject({ overallScore: null, overallLevel: null, biggestDisconnect: null });
    expect(score.unscoredPillars).toEqual([...PILLAR_IDS]);
    expect(score.answeredCount).toBe(QUESTIONS.length);
  });

  it("holds the overall level one above the weakest pillar", () => {
    // Four pillars at 100 and Data at 0: the mean is 80 (level 5) but Data is level 1.
    const score = scoreConvergence(answerPillars({ data: 1 }, 5));
    expect(score.overallScore).toBe(80);
    expect(score.uncappedLevel).toBe(5);
    expect(score.overallLevel).toBe(2);
    expect(score.isCapped).toBe(true);
  });

  it("names the lowest pillar as the biggest disconnect, ties in the model's order", () => {
    expect(scoreConvergence(answerPillars({ kpis: 1 }, 4)).biggestDisconnect).toBe("kpis");
    expect(scoreConvergence(answerPillars({ process: 2, people: 2 }, 4)).biggestDisconnect).toBe("process");
    expect(scoreConvergence(answerAll(3)).biggestDisconnect).toBe("data");
  });

  it("ignores answers to unknown questions", () => {
    const base = answerAll(2);
    expect(scoreConvergence({ ...base, "not-a-question": 5 })).toEqual(scoreConvergence(base));
  });

  it("counts unanswered questions", () => {
    const answers = { [QUESTIONS[0]!.id]: 3 as Choice };
    expect(findUnansweredQuestions(answers)).toHaveLength(QUESTIONS.length - 1);
    expect(scoreConvergence(answers).answeredCount).toBe(1);
  });
});

describe("scoreConvergence properties", () => {
  it("is deterministic", () => {
    fc.assert(fc.property(answersArb, (answers) => {
      expect(scoreConvergence(answers)).toEqual(scoreConvergence({ ...answers }));
    }));
  });

  it("does not depend on the order answers are given in", () => {
    fc.assert(
      fc.property(answersArb, fc.infiniteStream(fc.nat()), (answers, seeds) => {
        const entries = Object.entries(answers);
        const shuffled = entries
          .map((entry) => ({ entry, key: seeds.next().value as number }))
          .sort((a, b) => a.key - b.key)
          .map(({ entry }) => entry);
        expect(scoreConvergence(Object.fromEntries(shuffled))).toEqual(scoreConvergence(answers));
      }),
    );
  });

  it("keeps every score in 0–100 and its level in its band", () => {
    fc.assert(fc.property(answersArb, (answers) => {
      const score = scoreConvergence(answers);
      for (const p of score.pillars) {
        if (p.score === null) continue;
        expect(p.score).toBeGreaterThanOrEqual(0);
        expect(p.score).toBeLessThanOrEqual(100);
        expect(Number.isInteger(p.score)).toBe(true);
        expect(p.level).toBe(levelForScore(p.score));
      }
      if (score.overallScore !== null) expect(score.uncappedLevel).toBe(levelForScore(score.overallScore));
    }));
  });

  it("never puts the overall level more than one above the weakest pillar", () => {
    fc.assert(fc.property(answersArb, (answers) => {
      const score = scoreConvergence(answers);
      const levels = score.pillars.flatMap((p) => (p.level === null ? [] : [p.level]));
      if (score.overallLevel === null) {
        expect(levels).toHaveLength(0);
        return;
      }
      expect(score.overallLevel).toBeLessThanOrEqual(Math.min(...levels) + 1);
      expect(score.overallLevel).toBeLessThanOrEqual(score.uncappedLevel ?? 0);
    }));
  });

  it("is monotonic: raising one answer never lowers its pillar or the overall score", () => {
    fc.assert(
      fc.property(answersArb, fc.nat({ max: QUESTIONS.length - 1 }), (answers, index) => {
        const question = QUESTIONS[index]!;
        const before = answers[question.id];
        if (before === DONT_KNOW || before === undefined || before === 5) return;
        const raised = { ...answers, [question.id]: (before + 1) as MaturityLevel };
        const a = scoreConvergence(answers);
        const b = scoreConvergence(raised);
        const pillarBefore = a.pillars.find((p) => p.pillar === question.pillar)?.score ?? 0;
        const pillarAfter = b.pillars.find((p) => p.pillar === question.pillar)?.score ?? 0;
        expect(pillarAfter).toBeGreaterThanOrEqual(pillarBefore);
        expect(b.overallScore ?? 0).toBeGreaterThanOrEqual(a.overallScore ?? 0);
      }),
    );
  });

  it("names as biggest disconnect a scored pillar with the minimum score", () => {
    fc.assert(fc.property(answersArb, (answers: ConvergenceAnswers) => {
      const score = scoreConvergence(answers);
      const scored = score.pillars.filter((p) => p.score !== null);
      if (scored.length === 0) return expect(score.biggestDisconnect).toBeNull();
      const min = Math.min(...scored.map((p) => p.score ?? 100));
      const weakest = score.pillars.find((p) => p.pillar === score.biggestDisconnect);
      expect(weakest?.score).toBe(min);
    }));
  });
});
