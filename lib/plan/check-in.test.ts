import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PILLAR_IDS, QUESTIONS, type PillarId } from "../instruments/convergence";
import { DIMENSION_IDS, NOT_APPLICABLE, type DimensionId, type GtmMotion } from "../instruments/genai";
import { DONT_KNOW, type Choice, type MaturityLevel } from "../instruments/types";
import { scoreConvergence, type ConvergenceAnswers } from "../scoring/convergence";
import { scoreGenAi, type DimensionRating, type GenAiRatings } from "../scoring/genai";
import { combineConvergence, combineGenAi, combinedConvergenceScore, combinedGenAiScore } from "../scoring/team";
import {
  beforeAfter,
  checkInConvergence,
  checkInGenAi,
  checkInPair,
  comparePillars,
  compareDimensions,
  movementOf,
  trendSeries,
  writeVerdict,
  type OverallChange,
  type PartChange,
  type RoundSnapshot,
} from "./check-in";
import { buildNinetyDayPlan } from "./convergence-plan";
import { proposePriorities } from "./genai-roadmap";

// --- Builders and arbitraries ----------------------------------------------------------------

/** Every question of a pillar answered at that pillar's choice; other pillars at `otherwise`. */
function answers(levels: Partial<Record<PillarId, Choice>>, otherwise: Choice = 4): ConvergenceAnswers {
  return Object.fromEntries(QUESTIONS.map((q) => [q.id, levels[q.pillar] ?? otherwise]));
}

function ratings(levels: Partial<Record<DimensionId, MaturityLevel | "na">>, otherwise: MaturityLevel = 3): GenAiRatings {
  return Object.fromEntries(
    DIMENSION_IDS.map((d): [DimensionId, DimensionRating] => {
      const level = levels[d] ?? otherwise;
      return [d, level === "na" ? { current: NOT_APPLICABLE, target: null, evidence: "" } : { current: level, target: 5, evidence: "" }];
    }),
  );
}

let roundNumber = 0;
function round(combined: RoundSnapshot["combined"], date: string): RoundSnapshot {
  roundNumber += 1;
  return { id: `round-${roundNumber}`, date: new Date(date), combined };
}

const choiceArb = fc.constantFrom<Choice>(1, 2, 3, 4, 5, DONT_KNOW);
const answersArb: fc.Arbitrary<ConvergenceAnswers> = fc
  .tuple(...QUESTIONS.map(() => choiceArb))
  .map((choices) => Object.fromEntries(QUESTIONS.map((q, i) => [q.id, choices[i]])));
const convergenceRoundArb = fc.array(answersArb, { minLength: 1, maxLength: 4 }).map(combineConvergence);

const levelArb = fc.constantFrom<MaturityLevel>(1, 2, 3, 4, 5);
// A completed respondent answers every dimension: a level (with or without a target) or "Not applicable".
const completedRatingArb: fc.Arbitrary<DimensionRating> = fc.oneof(
  fc.constant<DimensionRating>({ current: NOT_APPLICABLE, target: null, evidence: "" }),
  fc.record({ current: levelArb, target: fc.option(levelArb, { nil: null }), evidence: fc.constant("") }).map(
    (r): DimensionRating => ({ ...r, target: r.target === null || r.target < r.current ? r.current : r.target }),
  ),
);
const completedRatingsArb: fc.Arbitrary<GenAiRatings> = fc
  .tuple(...DIMENSION_IDS.map(() => completedRatingArb))
  .map((list) => Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, list[i]])));
const genAiRoundArb = fc.array(completedRatingsArb, { minLength: 1, maxLength: 4 }).map(combineGenAi);
const motionArb = fc.constantFrom<GtmMotion>("inbound", "outbound", "hybrid");

/** A change's movement agrees with the sign of its delta, and "not measured" exactly when a side is missing. */
function expectConsistent(change: PartChange<string>) {
  if (change.before === null || change.after === null) {
    expect(change.movement).toBe("not_measured");
    expect(change.delta).toBeNull();
    expect(change.levelDelta).toBeNull();
    return;
  }
  expect(change.delta).toBe(change.after - change.before);
  expect(change.movement).toBe(change.delta! > 0 ? "up" : change.delta! < 0 ? "down" : "held");
  expect(change.levelDelta).toBe(change.afterLevel! - change.beforeLevel!);
  // A higher score never lands in a lower band, and the reverse.
  expect(Math.sign(change.levelDelta!) * Math.sign(change.delta!)).toBeGreaterThanOrEqual(0);
}

// --- movementOf ------------------------------------------------------------------------------

describe("movementOf", () => {
  it("is the sign of the change, and not measured without one", () => {
    expect(movementOf(12)).toBe("up");
    expect(movementOf(0)).toBe("held");
    expect(movementOf(-1)).toBe("down");
    expect(movementOf(null)).toBe("not_measured");
  });
});

describe("writeVerdict", () => {
  const change = (before: number | null, after: number | null): PartChange<string> => {
    const delta = before === null || after === null ? null : after - before;
    return { part: "x", before, after, beforeLevel: null, afterLevel: null, delta, levelDelta: null, movement: movementOf(delta) };
  };
  const flat: OverallChange = { beforeScore: 40, afterScore: 40, scoreDelta: 0, beforeLevel: 3, afterLevel: 3, levelDelta: 0, movement: "held" };
  const verdictOf = (...changes: PartChange<string>[]) =>
    writeVerdict(changes.map((c, i) => ({ name: ["Data", "People", "KPIs"][i]!, change: c })), flat, "convergence");

  it("opens with a plain judgement of the plan's parts", () => {
    expect(verdictOf(change(10, 30), change(20, 21))).toBe("On track: Data up 20 points and People up 1 point.");
    expect(verdictOf(change(10, 30), change(20, 20))).toBe("Partly on track: Data up 20 points and People held steady.");
    expect(verdictOf(change(10, 30), change(20, 5))).toBe("Mixed progress: Data up 20 points and People down 15 points.");
    expect(verdictOf(change(30, 10), change(20, 20))).toBe("Slipping: Data down 20 points and People held steady.");
    expect(verdictOf(change(30, 30), change(null, 20))).toBe("No movement yet: Data held steady and People not scored in the previous round.");
    expect(verdictOf(change(30, null), change(null, null))).toBe(
      "Too early to judge: Data not scored in the latest round and People not scored in either round.",
    );
  });

  it("names a fall of the overall level", () => {
    const fell: OverallChange = { ...flat, afterLevel: 2, levelDelta: -1, afterScore: 35, scoreDelta: -5, movement: "down" };
    expect(writeVerdict([{ name: "Data", change: change(50, 30) }], fell, "convergence")).toBe(
      "Slipping: Data down 20 points; overall, the level fell from 3 (Aligned) to 2 (Connected).",
    );
  });
});

// --- Convergence check-in ----------------------------------------------------------------------

describe("checkInConvergence", () => {
  it("follows every action of the previous plan to its pillar and says how far it moved", () => {
    // Before: KPIs weakest (level 1), People next (level 2), Data solid. After: KPIs up, People down.
    const previous = combineConvergence([answers({ kpis: 1, people: 2 })]);
    const current = combineConvergence([answers({ kpis: 3, people: 1 })]);
    const checkIn = checkInConvergence(previous, current);

    expect(checkIn.focusPillars).toEqual(["kpis", "people"]);
    expect(checkIn.leadsWithDataFoundation).toBe(false);
    expect(checkIn.actions).toHaveLength(8);
    expect(checkIn.actions.map((a) => a.pillar)).toEqual(["kpis", "people", "kpis", "people", "kpis", "people", "kpis", "people"]);
    expect(checkIn.actions[0]).toMatchObject({ actionId: "kpis-audit-align", phaseName: "Audit & Align", phaseNumber: 1 });

    const kpis = checkIn.pillars.find((p) => p.part === "kpis")!;
    expect(kpis).toMatchObject({ before: 0, after: 50, delta: 50, beforeLevel: 1, afterLevel: 3, levelDelta: 2, movement: "up" });
    const people = checkIn.pillars.find((p) => p.part === "people")!;
    expect(people).toMatchObject({ before: 25, after: 0, delta: -25, levelDelta: -1, movement: "down" });
    expect(checkIn.actions.every((a) => a.change === checkIn.pillars.find((p) => p.part === a.pillar))).toBe(true);

    expect(checkIn.verdict).toBe("Mixed progress: KPIs up 50 points and People down 25 points.");
    expect(checkIn.overall).toMatchObject({ beforeScore: 50, afterScore: 55, scoreDelta: 5, movement: "up" });
  });

  it("measures the data-foundation steps by the Data pillar and names an overall level change", () => {
    const previous = combineConvergence([answers({ data: 1, platforms: 2 }, 3)]);
    const current = combineConvergence([answers({ data: 3, platforms: 3 }, 3)]);
    const checkIn = checkInConvergence(previous, current);

    expect(checkIn.leadsWithDataFoundation).toBe(true);
    const foundation = checkIn.actions.filter((a) => a.isDataFoundationStep);
    expect(foundation.map((a) => a.actionId)).toEqual(["foundation-diagnose", "foundation-standardise", "foundation-govern"]);
    expect(foundation.every((a) => a.pillar === "data" && a.change.movement === "up")).toBe(true);
    expect(checkIn.verdict).toBe(
      "On track: Data up 50 points and Platforms up 25 points; overall, the level rose from 2 (Connected) to 3 (Aligned).",
    );
  });

  it("follows Data too when it is weak without being one of the two weakest pillars", () => {
    // Data at level 2 (25 points) is weak, but Process and KPIs (0 points) are weaker.
    const previous = combineConvergence([answers({ data: 2, process: 1, kpis: 1 })]);
    const checkIn = checkInConvergence(previous, previous);
    expect(checkIn.focusPillars).toEqual(["process", "kpis"]);
    expect(checkIn.leadsWithDataFoundation).toBe(true);
    expect(checkIn.pillars.map((p) => p.part)).toEqual(["process", "kpis", "data"]);
  });

  it("says 'not measured' for a pillar nobody could score, never a guess", () => {
    // Data answered "Don't know" throughout, before and after.
    const previous = combineConvergence([answers({ data: DONT_KNOW, kpis: 1 })]);
    const current = combineConvergence([answers({ data: DONT_KNOW, kpis: 2 })]);
    const checkIn = checkInConvergence(previous, current);
    const data = checkIn.pillars.find((p) => p.part === "data")!;
    expect(data).toMatchObject({ before: null, after: null, delta: null, levelDelta: null, movement: "not_measured" });
    // KPIs leaving level 1 lifts the weakest-pillar cap on the overall level.
    expect(checkIn.verdict).toBe(
      "Partly on track: Data not scored in either round and KPIs up 25 points; overall, the level rose from 2 (Connected) to 3 (Aligned).",
    );

    const nothing = combineConvergence([answers({}, DONT_KNOW)]);
    const blank = checkInConvergence(nothing, nothing);
    expect(blank.pillars.every((p) => p.movement === "not_measured")).toBe(true);
    expect(blank.verdict.startsWith("Too early to judge:")).toBe(true);
    expect(blank.overall.movement).toBe("not_measured");
  });

  it("builds the same plan from a one-person round as the result page does from that person's answers", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const fromCombined = buildNinetyDayPlan(combinedConvergenceScore(combineConvergence([a])));
        const fromAnswers = buildNinetyDayPlan(scoreConvergence(a));
        expect(fromCombined).toEqual(fromAnswers);
      }),
    );
  });

  it("compared with itself, everything holds: no change anywhere", () => {
    fc.assert(
      fc.property(convergenceRoundArb, (combined) => {
        const checkIn = checkInConvergence(combined, combined);
        for (const p of checkIn.pillars) {
          expect(["held", "not_measured"]).toContain(p.movement);
          if (p.movement === "held") expect([p.delta, p.levelDelta]).toEqual([0, 0]);
        }
        expect(["held", "not_measured"]).toContain(checkIn.overall.movement);
        expect(checkIn.verdict).toMatch(/^(No movement yet|Too early to judge):/);
        expect(checkIn.verdict).not.toMatch(/ up | down /);
      }),
    );
  });

  it("gives every action its pillar's change, with directions that agree with the deltas", () => {
    fc.assert(
      fc.property(convergenceRoundArb, convergenceRoundArb, (previous, current) => {
        const checkIn = checkInConvergence(previous, current);
        const all = comparePillars(previous, current);
        for (const action of checkIn.actions) {
          expect(action.change).toEqual(all.find((c) => c.part === action.pillar));
          expectConsistent(action.change);
          // An action's pillar is one the plan concentrates on, or Data for the foundation steps.
          expect(checkIn.focusPillars.includes(action.pillar) || (action.isDataFoundationStep && action.pillar === "data")).toBe(true);
        }
        // The overall level is capped by the weakest pillar, so it may move against the score: only signs are checked.
        const { overall } = checkIn;
        expect(overall.scoreDelta).toBe(overall.beforeScore === null || overall.afterScore === null ? null : overall.afterScore - overall.beforeScore);
        expect(overall.levelDelta).toBe(overall.beforeLevel === null || overall.afterLevel === null ? null : overall.afterLevel - overall.beforeLevel);
        expect(overall.movement).toBe(movementOf(overall.scoreDelta ?? overall.levelDelta));
      }),
    );
  });
});

// --- GenAI check-in ----------------------------------------------------------------------------

describe("checkInGenAi", () => {
  it("follows the priorities the default rules propose for the motion, in levels", () => {
    const previous = combineGenAi([ratings({ "inbound-marketing": 1, "content-creation": 2, "customer-experience": 2 })]);
    const current = combineGenAi([ratings({ "inbound-marketing": 2, "content-creation": 2, "customer-experience": 1 })]);
    const checkIn = checkInGenAi(previous, current, { motion: "inbound" });
    expect(checkIn.prioritiesSource).toBe("proposed");
    expect(checkIn.priorities.map((p) => p.dimension)).toEqual(["inbound-marketing", "content-creation", "customer-experience"]);
    expect(checkIn.priorities.map((p) => [p.change.movement, p.change.delta])).toEqual([
      ["up", 1],
      ["held", 0],
      ["down", -1],
    ]);
    expect(checkIn.verdict).toBe(
      "Mixed progress: Inbound Marketing up 1 level, Content Creation held steady and Customer Experience down 1 level.",
    );
  });

  it("follows the priorities the team saved instead, when there are three", () => {
    const previous = combineGenAi([ratings({})]);
    const current = combineGenAi([ratings({ governance: 5 })]);
    const saved: DimensionId[] = ["governance", "martech-stack", "data-analytics"];
    const checkIn = checkInGenAi(previous, current, { motion: "hybrid", savedPriorities: saved });
    expect(checkIn.prioritiesSource).toBe("saved");
    expect(checkIn.priorities.map((p) => p.dimension)).toEqual(saved);
    expect(checkIn.verdict.startsWith("Partly on track:")).toBe(true);
    expect(checkIn.overall).toMatchObject({ beforeScore: null, afterScore: null, scoreDelta: null, beforeLevel: 3, afterLevel: 3, movement: "held" });
  });

  it("says there was nothing to follow when every dimension was already at level 3 or beyond", () => {
    const previous = combineGenAi([ratings({ "inbound-marketing": "na" }, 4)]);
    const checkIn = checkInGenAi(previous, combineGenAi([ratings({}, 5)]), { motion: "inbound" });
    expect(checkIn.priorities).toEqual([]);
    expect(checkIn.verdict).toBe("Nothing to follow: the previous round left no dimension below level 3 or unrated, so its roadmap had no priority.");
  });

  it("never proposes a dimension every respondent marked not applicable", () => {
    const previous = combineGenAi([ratings({ "inbound-marketing": "na", "content-creation": 1 })]);
    const checkIn = checkInGenAi(previous, previous, { motion: "inbound" });
    expect(checkIn.priorities.map((p) => p.dimension)).not.toContain("inbound-marketing");
  });

  it("proposes what the result page proposes for a one-person round", () => {
    fc.assert(
      fc.property(completedRatingsArb, motionArb, (r, motion) => {
        expect(proposePriorities(combinedGenAiScore(combineGenAi([r])), motion)).toEqual(proposePriorities(scoreGenAi(r), motion));
      }),
    );
  });

  it("compared with itself, nothing moves; otherwise directions agree with the level deltas", () => {
    fc.assert(
      fc.property(genAiRoundArb, genAiRoundArb, motionArb, (previous, current, motion) => {
        const same = checkInGenAi(previous, previous, { motion });
        expect(same.priorities.every((p) => p.change.movement === "held" || p.change.movement === "not_measured")).toBe(true);
        const checkIn = checkInGenAi(previous, current, { motion });
        // Three priorities, unless fewer dimensions apply and sit below level 3.
        expect(checkIn.priorities).toHaveLength(Math.min(3, previous.dimensions.filter((d) => d.level !== null && d.level < 3).length));
        for (const p of checkIn.priorities) {
          expectConsistent(p.change);
          expect(p.change.delta).toBe(p.change.levelDelta);
        }
      }),
    );
  });
});

// --- Pairs, trends, before/after -----------------------------------------------------------------

describe("checkInPair", () => {
  it("takes the two latest measured rounds of the instrument, skipping rounds nobody completed", () => {
    const a = round(combineConvergence([answers({})]), "2026-01-10");
    const b = round(combineConvergence([answers({ data: 2 })]), "2026-04-10");
    const inProgress = round(combineConvergence([]), "2026-07-10");
    const genai = round(combineGenAi([ratings({})]), "2026-08-01");
    expect(checkInPair([inProgress, b, genai, a], "convergence")).toEqual({ previous: a, current: b });
    expect(checkInPair([a, genai], "genai")).toBeNull();
  });
});

describe("trendSeries", () => {
  it("gives one series per pillar and per dimension, oldest round first, with gaps left empty", () => {
    const first = round(combineConvergence([answers({ data: DONT_KNOW }, 2)]), "2026-01-10");
    const second = round(combineConvergence([answers({}, 4)]), "2026-04-10");
    const genai = round(combineGenAi([ratings({ governance: 4 })]), "2026-02-01");
    const empty = round(combineGenAi([]), "2026-03-01");
    const trends = trendSeries([second, genai, first, empty]);

    expect(trends.convergence.map((s) => s.part)).toEqual([...PILLAR_IDS]);
    const data = trends.convergence.find((s) => s.part === "data")!;
    expect(data.points).toEqual([
      { roundId: first.id, date: first.date, value: null },
      { roundId: second.id, date: second.date, value: 75 },
    ]);
    expect(trends.convergence.find((s) => s.part === "kpis")!.points.map((p) => p.value)).toEqual([25, 75]);
    expect(trends.genai.map((s) => s.part)).toEqual([...DIMENSION_IDS]);
    expect(trends.genai.find((s) => s.part === "governance")!.points).toEqual([{ roundId: genai.id, date: genai.date, value: 4 }]);
    expect(trendSeries([first]).genai).toEqual([]);
  });

  it("has as many points as measured rounds, in date order", () => {
    const dateArb = fc.date({ min: new Date("2024-01-01"), max: new Date("2030-01-01"), noInvalidDate: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(convergenceRoundArb, dateArb), { maxLength: 6 }), (list) => {
        const rounds = list.map(([combined, date], i) => ({ id: `r${i}`, date, combined }));
        for (const series of trendSeries(rounds).convergence) {
          expect(series.points).toHaveLength(rounds.length);
          const times = series.points.map((p) => p.date.getTime());
          expect(times).toEqual([...times].sort((x, y) => x - y));
        }
      }),
    );
  });
});

describe("beforeAfter", () => {
  it("puts both values and the change side by side for every part", () => {
    const before = round(combineConvergence([answers({ people: 1 })]), "2026-01-10");
    const after = round(combineConvergence([answers({ people: 3 })]), "2026-04-10");
    const comparison = beforeAfter(before, after);
    expect(comparison.instrument).toBe("convergence");
    expect(comparison.parts.find((p) => p.part === "people")).toMatchObject({ before: 0, after: 50, delta: 50, movement: "up" });
    expect(comparison.parts.find((p) => p.part === "data")).toMatchObject({ before: 75, after: 75, delta: 0, movement: "held" });
  });

  it("refuses rounds of different instruments", () => {
    const a = round(combineConvergence([answers({})]), "2026-01-10");
    const b = round(combineGenAi([ratings({})]), "2026-02-10");
    expect(() => beforeAfter(a, b)).toThrow(RangeError);
  });

  it("swapping the rounds negates every change", () => {
    fc.assert(
      fc.property(genAiRoundArb, genAiRoundArb, (x, y) => {
        const a = { id: "a", date: new Date("2026-01-01"), combined: x };
        const b = { id: "b", date: new Date("2026-04-01"), combined: y };
        const forward = beforeAfter(a, b);
        const backward = beforeAfter(b, a);
        expect(forward.parts.map((p) => p.part)).toEqual([...DIMENSION_IDS]);
        forward.parts.forEach((p, i) => {
          expectConsistent(p);
          const q = backward.parts[i]!;
          expect(q.delta === null ? null : 0 - q.delta).toBe(p.delta);
        });
        expect(compareDimensions(x, y)).toEqual(forward.parts);
      }),
    );
  });
});
