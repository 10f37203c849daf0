import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CONVERGENCE_LEVELS, PILLARS, QUESTIONS, getPillar } from "../instruments/convergence";
import { DIMENSION_IDS, NOT_APPLICABLE, getDimension, getGenAiLevel, type DimensionId } from "../instruments/genai";
import { DONT_KNOW, type Choice, type MaturityLevel } from "../instruments/types";
import { buildNinetyDayPlan } from "../plan/convergence-plan";
import { buildDefaultRoadmap, flagTargetsBeyondFoundation, nextQ3End, proposePriorities } from "../plan/genai-roadmap";
import { scoreConvergence } from "../scoring/convergence";
import { GENAI_OVERALL_RULE, scoreGenAi, type DimensionRating, type GenAiRatings } from "../scoring/genai";
import { buildConvergenceReport, buildGenAiReport } from "./build-report";
import { ORGANISATION_PLACEHOLDER } from "./copy";

const DATE = new Date("2026-11-23T22:30:00Z");
const answersOf = (pick: (index: number) => Choice) => Object.fromEntries(QUESTIONS.map((q, i) => [q.id, pick(i)]));
const choiceArb = fc.constantFrom<Choice>(1, 2, 3, 4, 5, DONT_KNOW);
const answersArb = fc.tuple(...QUESTIONS.map(() => choiceArb)).map((choices) => answersOf((i) => choices[i] ?? DONT_KNOW));

// Data at 0 (level 1), the rest at 75 (level 4): the average, 60, says level 4; the cap holds it at 2.
const CAPPED = answersOf((i) => (QUESTIONS[i]?.pillar === "data" ? 1 : 4));

describe("buildConvergenceReport", () => {
  it("reports the numbers of scoreConvergence and the plan of buildNinetyDayPlan", () => {
    const report = buildConvergenceReport({ answers: CAPPED, tools: [], generatedAt: DATE });
    const score = scoreConvergence(CAPPED);
    const plan = buildNinetyDayPlan(score);
    expect(report.summary.overallScore).toBe(score.overallScore);
    expect(report.summary.level?.level).toBe(score.overallLevel);
    expect(report.cover.headline).toBe(`Level 2: ${CONVERGENCE_LEVELS[1]?.name}`);
    expect(report.pillars.rows.map((r) => r.score)).toEqual(score.pillars.map((p) => p.score));
    expect(report.pillars.radar.series[0]?.values).toEqual(score.pillars.map((p) => p.score));
    expect(report.pillars.radar.axes).toEqual(PILLARS.map((p) => p.name));
    expect(report.plan.phases.map((p) => p.actions.map((a) => a.title))).toEqual(plan.phases.map((p) => p.actions.map((a) => a.title)));
    expect(report.plan.phases.map((p) => p.weeksLabel)).toEqual(["Weeks 1–3", "Weeks 4–6", "Weeks 7–9", "Weeks 10–12"]);
    expect(report.plan.leadingIndicators.items).toHaveLength(3);
  });

  it("names the biggest disconnect, says when the weakest pillar caps the level, and what the return depends on", () => {
    const report = buildConvergenceReport({ answers: CAPPED, tools: [], generatedAt: DATE });
    expect(report.summary.disconnect?.heading).toBe("Biggest disconnect: Data, 0 out of 100");
    expect(report.summary.disconnect?.text).toBe(getPillar("data").disconnect);
    expect(report.summary.capNote).toContain("would reach level 4");
    expect(report.pillars.rows.find((r) => r.isWeakest)?.name).toBe("Data");
    expect(report.summary.expectedReturn.text).toContain("starts paying back from level 3");
    expect(report.summary.nextLevel?.heading).toBe("What unlocks level 3, Aligned");
    expect(report.plan.phases[0].actions[0]?.tag).toBe("Data foundation");
  });

  it("matches scoreConvergence for any answers", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const report = buildConvergenceReport({ answers, tools: [], generatedAt: DATE });
        const score = scoreConvergence(answers);
        return (
          report.summary.overallScore === score.overallScore &&
          (report.summary.level?.level ?? null) === score.overallLevel &&
          report.pillars.rows.every((row, i) => row.score === score.pillars[i]?.score) &&
          (report.summary.capNote !== null) === score.isCapped &&
          report.summary.scale.filter((s) => s.isCurrent).length === (score.overallLevel === null ? 0 : 1)
        );
      }),
    );
  });

  it("reports an all-“don’t know” diagnostic without a level, and says why", () => {
    const report = buildConvergenceReport({ answers: answersOf(() => DONT_KNOW), tools: [], generatedAt: DATE });
    expect(report.summary.level).toBeNull();
    expect(report.cover.headline).toBe("Not enough answers to score");
    expect(report.cover.level).toBeNull();
    expect(report.summary.unscoredNote).toContain("Data, Platforms, Process, KPIs and People");
    expect(report.pillars.rows.every((r) => r.scoreLabel === "–" && r.levelLabel === "Not scored")).toBe(true);
    expect(report.pillars.radar.axes[0]).toBe("Data (n/a)");
  });

  it("carries the worksheet, or blank lines to fill in by hand", () => {
    const tools = [{ name: "Marketo", purpose: "Email", tag: "retire" as const }];
    const filled = buildConvergenceReport({ answers: CAPPED, tools, generatedAt: DATE });
    expect(filled.plan.toolInventory.rows).toEqual([{ name: "Marketo", purpose: "Email", tag: "Retire" }]);
    expect(filled.plan.toolInventory.blankRowCount).toBe(0);
    const empty = buildConvergenceReport({ answers: CAPPED, tools: [], generatedAt: DATE });
    expect(empty.plan.toolInventory.blankRowCount).toBeGreaterThan(0);
    expect(empty.plan.toolInventory.legend.map((l) => l.tag)).toEqual(["Core", "Candidate", "Retire"]);
  });

  it("dates the cover and the file name by the UTC day, for “Your organisation” until accounts exist", () => {
    const report = buildConvergenceReport({ answers: CAPPED, tools: [], generatedAt: DATE });
    expect(report.organisation).toBe(ORGANISATION_PLACEHOLDER);
    expect(report.cover.dateLabel).toBe("23 November 2026");
    expect(report.generatedOn).toBe("2026-11-23");
    expect(report.fileName).toBe("your-organisation-convergence-2026-11-23.pdf");
    const named = buildConvergenceReport({ answers: CAPPED, tools: [], generatedAt: DATE, organisation: "  Acme Ltd " });
    expect(named.cover.organisation).toBe("Acme Ltd");
    expect(named.fileName).toBe("acme-ltd-convergence-2026-11-23.pdf");
  });

  it("leaves the sections that need a context empty without one", () => {
    const report = buildConvergenceReport({ answers: CAPPED, tools: [], generatedAt: DATE });
    expect(report.benchmark).toBeUndefined();
    expect(report.perceptionGaps).toBeUndefined();
    expect(report.consultantNotes).toBeUndefined();
    expect(report.cover.preparedBy).toBeNull();
    expect(report.cover.basis).toBeNull();
  });

  it("is pure: the same input gives the same report", () => {
    const input = { answers: CAPPED, tools: [], generatedAt: DATE };
    expect(buildConvergenceReport(input)).toEqual(buildConvergenceReport(input));
  });

  it("explains the method with the real bands and the cap", () => {
    const method = buildConvergenceReport({ answers: CAPPED, tools: [], generatedAt: DATE }).method;
    const bands = method.sections.find((s) => s.heading === "From scores to levels")?.steps;
    expect(bands).toEqual([
      "0–19: level 1, Siloed",
      "20–39: level 2, Connected",
      "40–59: level 3, Aligned",
      "60–79: level 4, Orchestrated",
      "80–100: level 5, Converged",
    ]);
    expect(method.sections.map((s) => s.heading)).toContain("The weakest link sets the ceiling");
  });
});

const rate = (current: MaturityLevel, target: MaturityLevel, evidence = ""): DimensionRating => ({ current, target, evidence });
const RATINGS: GenAiRatings = Object.fromEntries(
  DIMENSION_IDS.map((id, i): [DimensionId, DimensionRating] => [
    id,
    i === 9 ? { current: NOT_APPLICABLE, target: null, evidence: "" } : rate(((i % 3) + 1) as MaturityLevel, 3, i === 0 ? "Shared prompts" : ""),
  ]),
);

describe("buildGenAiReport", () => {
  it("plans only dimensions below level 3, and says so when that leaves fewer cards or none", () => {
    const at = (current: MaturityLevel) => ({ current, target: current, evidence: "" });
    const ratings = Object.fromEntries(DIMENSION_IDS.map((id) => [id, id === "governance" ? at(2) : at(4)]));
    const report = buildGenAiReport({ ratings, motion: "inbound", savedRoadmap: null, foundation: null, generatedAt: DATE });
    expect(report.roadmap.cards.map((c) => c.dimension)).toEqual([getDimension("governance").name]);
    expect(report.roadmap.intro).toMatch(/^One dimension to bring to Integrated Workflows by 30 September 2027\./);
    expect(report.dimensions.tableIntro).toContain("The priority is marked");
    // Governance is not in inbound's focus set: the text says where it came from and why it is alone.
    expect(report.summary.roadmapHeadline.text).toContain("then of the other dimensions below level 3");
    expect(report.summary.roadmapHeadline.text).toContain("Only one of the dimensions that apply is below level 3, so the roadmap has one card.");

    const allThere = Object.fromEntries(DIMENSION_IDS.map((id) => [id, at(3)]));
    const none = buildGenAiReport({ ratings: allThere, motion: "inbound", savedRoadmap: null, foundation: null, generatedAt: DATE });
    expect(none.roadmap.cards).toEqual([]);
    expect(none.roadmap.intro).toMatch(/already at level 3 or beyond, so this roadmap has nothing to plan/);
    expect(none.summary.roadmapHeadline.text).toBe(none.roadmap.intro);
    expect(none.summary.roadmapHeadline.text).not.toMatch(/Bring  to/);
  });

  it("reports the level of scoreGenAi and the proposed Level 3 by Q3 roadmap", () => {
    const report = buildGenAiReport({ ratings: RATINGS, motion: "inbound", savedRoadmap: null, foundation: null, generatedAt: DATE });
    const score = scoreGenAi(RATINGS);
    const expected = buildDefaultRoadmap(proposePriorities(score, "inbound"), DATE);
    expect(report.summary.level?.level).toBe(score.overallLevel);
    expect(report.cover.headline).toBe(`Level ${score.overallLevel}: ${getGenAiLevel(score.overallLevel ?? 1).name}`);
    expect(report.summary.rule).toBe(GENAI_OVERALL_RULE);
    expect(report.roadmap.cards.map((c) => c.dimension)).toEqual(expected.map((e) => getDimension(e.dimension).name));
    expect(report.roadmap.cards[0]?.dateLabel).toBe("30 September 2027");
    expect(nextQ3End(DATE)).toBe("2027-09-30");
    expect(report.roadmap.cards.every((c) => c.marketingOwner === "To be named" && c.itOwner === "To be named")).toBe(true);
    expect(report.summary.roadmapHeadline.text).toContain("Proposed from the inbound-led go-to-market motion");
    expect(report.summary.roadmapHeadline.text).not.toContain("so the roadmap has");
    expect(report.fileName).toBe("your-organisation-genai-2026-11-23.pdf");
  });

  it("lists dimensions as the result page does: largest gap first, then the rest, not applicable last", () => {
    const report = buildGenAiReport({ ratings: RATINGS, motion: "hybrid", savedRoadmap: null, foundation: null, generatedAt: DATE });
    const score = scoreGenAi(RATINGS);
    expect(report.dimensions.rows.map((r) => r.name).slice(0, score.gaps.length)).toEqual(
      score.gaps.map((g) => getDimension(g.dimension).name),
    );
    expect(report.dimensions.rows.at(-1)).toMatchObject({ name: getDimension(DIMENSION_IDS[9] ?? "governance").name, todayLabel: "Not applicable", isRated: false });
    expect(report.dimensions.rows.find((r) => r.evidence)?.evidence).toBe("Shared prompts");
    expect(report.dimensions.radar.series.map((s) => s.values)).toEqual([
      score.dimensions.map((d) => d.current),
      score.dimensions.map((d) => d.target ?? d.current),
    ]);
    expect(report.dimensions.distribution.map((d) => d.count)).toEqual([1, 2, 3, 4, 5].map((l) => score.distribution[l as MaturityLevel]));
  });

  it("uses the saved roadmap as it stands, owners and dates included", () => {
    const score = scoreGenAi(RATINGS);
    const saved = buildDefaultRoadmap(proposePriorities(score, "outbound"), DATE).map((e, i) => ({
      ...e,
      marketingOwner: i === 0 ? "Dana" : "",
      itOwner: i === 0 ? "Sam" : "",
      targetDate: i === 2 ? "2027-06-30" : e.targetDate,
    }));
    const report = buildGenAiReport({ ratings: RATINGS, motion: "outbound", savedRoadmap: saved, foundation: null, generatedAt: DATE });
    expect(report.roadmap.cards[0]).toMatchObject({ marketingOwner: "Dana", itOwner: "Sam" });
    expect(report.summary.priorities[0]?.ownersLabel).toBe("Owners: Dana (Marketing), Sam (IT)");
    expect(report.summary.priorities[1]?.ownersLabel).toBe("Owners to be named");
    expect(report.roadmap.cards[2]?.dateLabel).toBe("30 June 2027");
    expect(report.summary.roadmapHeadline.text).toContain("between 30 June 2027 and 30 September 2027");
    expect(report.summary.roadmapHeadline.text).toContain("Chosen by the team");
  });

  it("flags targets the Convergence foundation cannot carry, with flagTargetsBeyondFoundation's reasons", () => {
    const foundation = { data: 1 as const, platforms: 4 as const };
    const report = buildGenAiReport({ ratings: RATINGS, motion: "hybrid", savedRoadmap: null, foundation, generatedAt: DATE });
    const flags = flagTargetsBeyondFoundation(scoreGenAi(RATINGS), foundation);
    expect(flags.length).toBeGreaterThan(0);
    expect(report.roadmap.foundation.flags.map((f) => f.reason)).toEqual(flags.map((f) => f.reason));
    expect(report.roadmap.foundation.flags[0]?.pillar).toBe("Data at level 1, Siloed");
    expect(report.roadmap.foundation.isWarning).toBe(true);
    expect(report.summary.foundationNote.heading).toContain("more than the foundation can carry");
    const cardFlags = report.roadmap.cards.flatMap((c) => c.flags);
    expect(cardFlags.every((reason) => flags.some((f) => f.reason === reason))).toBe(true);
  });

  it("says when the foundation check could not run, and when it passed", () => {
    const none = buildGenAiReport({ ratings: RATINGS, motion: "hybrid", savedRoadmap: null, foundation: null, generatedAt: DATE });
    expect(none.roadmap.foundation).toMatchObject({ headline: "Foundation check not run", isWarning: false, flags: [] });
    const strong = buildGenAiReport({ ratings: RATINGS, motion: "hybrid", savedRoadmap: null, foundation: { data: 4, platforms: 4 }, generatedAt: DATE });
    expect(strong.roadmap.foundation).toMatchObject({ headline: "The foundation can carry these targets", flags: [] });
  });

  it("reports no level when every dimension is not applicable", () => {
    const ratings = Object.fromEntries(DIMENSION_IDS.map((id) => [id, { current: NOT_APPLICABLE, target: null, evidence: "" }]));
    const report = buildGenAiReport({ ratings, motion: "inbound", savedRoadmap: null, foundation: null, generatedAt: DATE });
    expect(report.summary.level).toBeNull();
    expect(report.cover.headline).toBe("No level yet");
    expect(report.summary.marketingSees).toBeNull();
  });

  it("matches scoreGenAi for any ratings", () => {
    const levelArb = fc.constantFrom<MaturityLevel>(1, 2, 3, 4, 5);
    const ratingArb = fc.oneof(
      fc.constant<DimensionRating>({ current: NOT_APPLICABLE, target: null, evidence: "" }),
      fc.tuple(levelArb, levelArb).map(([a, b]) => rate(Math.min(a, b) as MaturityLevel, Math.max(a, b) as MaturityLevel)),
    );
    fc.assert(
      fc.property(fc.tuple(...DIMENSION_IDS.map(() => ratingArb)), (list) => {
        const ratings = Object.fromEntries(DIMENSION_IDS.map((id, i) => [id, list[i]]));
        const report = buildGenAiReport({ ratings, motion: "hybrid", savedRoadmap: null, foundation: null, generatedAt: DATE });
        const score = scoreGenAi(ratings);
        return (report.summary.level?.level ?? null) === score.overallLevel && report.dimensions.rows.length === DIMENSION_IDS.length;
      }),
    );
  });
});
