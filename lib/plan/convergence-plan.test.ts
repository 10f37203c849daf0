import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PILLAR_IDS, QUESTIONS, type PillarId } from "../instruments/convergence";
import { DONT_KNOW, type Choice, type MaturityLevel } from "../instruments/types";
import { scoreConvergence } from "../scoring/convergence";
import {
  DATA_FOUNDATION_STEPS,
  FOCUS_PILLAR_COUNT,
  LEADING_INDICATORS,
  buildNinetyDayPlan,
  isDataWeak,
  rankPillarsWeakestFirst,
} from "./convergence-plan";

function answerPillars(levels: Partial<Record<PillarId, Choice>>, otherwise: Choice): Record<string, Choice> {
  return Object.fromEntries(QUESTIONS.map((q) => [q.id, levels[q.pillar] ?? otherwise]));
}

const planFor = (levels: Partial<Record<PillarId, Choice>>, otherwise: Choice = 4) =>
  buildNinetyDayPlan(scoreConvergence(answerPillars(levels, otherwise)));

const choiceArb = fc.oneof(fc.constantFrom<MaturityLevel>(1, 2, 3, 4, 5), fc.constant<Choice>(DONT_KNOW));
const answersArb = fc
  .tuple(...QUESTIONS.map(() => choiceArb))
  .map((choices) => Object.fromEntries(QUESTIONS.map((q, i) => [q.id, choices[i]])) as Record<string, Choice>);

describe("buildNinetyDayPlan", () => {
  it("has the four phases with their week ranges", () => {
    const plan = planFor({});
    expect(plan.phases.map((p) => [p.name, p.weeks.from, p.weeks.to])).toEqual([
      ["Audit & Align", 1, 3],
      ["Connect & Clean", 4, 6],
      ["Collaborate & Pilot", 7, 9],
      ["Measure & Scale", 10, 12],
    ]);
  });

  it("carries the tool inventory in phase 1 only and the leading indicators in phase 4 only", () => {
    const plan = planFor({ kpis: 1 });
    expect(plan.phases.map((p) => p.hasToolInventory)).toEqual([true, false, false, false]);
    expect(plan.phases.map((p) => p.leadingIndicators.length)).toEqual([0, 0, 0, LEADING_INDICATORS.length]);
    expect(LEADING_INDICATORS.map((i) => i.id)).toEqual(["data-shared", "process-faster", "same-kpis"]);
  });

  it("chooses the actions from the two weakest pillars", () => {
    const plan = planFor({ kpis: 1, people: 2 });
    expect(plan.focusPillars).toEqual(["kpis", "people"]);
    expect(plan.leadsWithDataFoundation).toBe(false);
    for (const phase of plan.phases) {
      expect(phase.actions.map((a) => a.pillar)).toEqual(["kpis", "people"]);
    }
  });

  it("gives visibly different plans to respondents with different weak pillars", () => {
    const a = planFor({ platforms: 1, process: 2 });
    const b = planFor({ kpis: 1, people: 2 });
    const titles = (plan: typeof a) => plan.phases.flatMap((p) => p.actions.map((x) => x.title));
    expect(titles(a).filter((t) => titles(b).includes(t))).toEqual([]);
  });

  it("leads phases 1–3 with the three data-foundation steps when Data is weak", () => {
    const plan = planFor({ data: 2, process: 1 });
    expect(plan.leadsWithDataFoundation).toBe(true);
    expect(plan.phases.slice(0, 3).map((p) => p.actions[0]?.id)).toEqual(DATA_FOUNDATION_STEPS.map((s) => s.id));
    // The foundation step replaces the Data pillar's own action in those phases.
    for (const phase of plan.phases.slice(0, 3)) {
      expect(phase.actions.some((a) => a.pillar === "data")).toBe(false);
    }
    expect(plan.phases[3].actions.some((a) => a.pillar === "data")).toBe(true);
  });

  it("treats Data as weak when it is the weakest pillar even at level 3 or more", () => {
    const score = scoreConvergence(answerPillars({ data: 3 }, 5));
    expect(score.biggestDisconnect).toBe("data");
    expect(isDataWeak(score)).toBe(true);
  });

  it("does not lead with the data foundation when Data is strong and not the weakest", () => {
    expect(planFor({ people: 1 }, 4).leadsWithDataFoundation).toBe(false);
  });

  it("ranks pillars nobody could rate as weakest, then by score", () => {
    const score = scoreConvergence(answerPillars({ people: DONT_KNOW, platforms: 2 }, 4));
    expect(rankPillarsWeakestFirst(score).slice(0, 2)).toEqual(["people", "platforms"]);
  });

  it("still builds a full plan when every answer is 'Don't know'", () => {
    const plan = buildNinetyDayPlan(scoreConvergence(answerPillars({}, DONT_KNOW)));
    expect(plan.leadsWithDataFoundation).toBe(true);
    expect(plan.focusPillars).toEqual(["data", "platforms"]);
    expect(plan.phases.every((p) => p.actions.length > 0)).toBe(true);
  });
});

describe("buildNinetyDayPlan properties", () => {
  it("always focuses on the weakest pillars, with unique actions in every phase", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const score = scoreConvergence(answers);
        const plan = buildNinetyDayPlan(score);
        expect(plan.focusPillars).toHaveLength(FOCUS_PILLAR_COUNT);
        const scoreOf = (p: PillarId) => score.pillars.find((x) => x.pillar === p)?.score ?? -1;
        const worstFocus = Math.max(...plan.focusPillars.map(scoreOf));
        for (const other of PILLAR_IDS.filter((p) => !plan.focusPillars.includes(p))) {
          expect(scoreOf(other)).toBeGreaterThanOrEqual(worstFocus);
        }
        for (const phase of plan.phases) {
          expect(phase.actions.length).toBeGreaterThan(0);
          expect(new Set(phase.actions.map((a) => a.id)).size).toBe(phase.actions.length);
          for (const action of phase.actions) {
            if (action.pillar) expect(plan.focusPillars).toContain(action.pillar);
          }
        }
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(buildNinetyDayPlan(scoreConvergence(answers))).toEqual(buildNinetyDayPlan(scoreConvergence(answers)));
      }),
    );
  });
});
