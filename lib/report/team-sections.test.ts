import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PILLAR_IDS, QUESTIONS } from "../instruments/convergence";
import { DIMENSION_IDS } from "../instruments/genai";
import { DONT_KNOW, type Choice } from "../instruments/types";
import { combineConvergence, combinedConvergenceScore } from "../scoring/team";
import { rankFunctionGaps, type GapRespondent } from "../scoring/team-gaps";
import { buildConvergenceReport, buildGenAiReport } from "./build-report";
import { buildConsultantNotesSection, buildPerceptionGapsSection, functionDifferenceLabel, pillarSpreadNotes } from "./team-sections";

const DATE = new Date("2026-12-07T09:00:00Z");
const answersAt = (pick: (pillar: string) => Choice) => Object.fromEntries(QUESTIONS.map((q) => [q.id, pick(q.pillar)]));
const respondent = (fn: string, pick: (pillar: string) => Choice): GapRespondent => ({ function: fn, answers: answersAt(pick), ratings: {} });

describe("buildPerceptionGapsSection", () => {
  // Marketing sees Data at level 1 and the rest at 4; IT sees everything at level 3.
  const gap = rankFunctionGaps(
    {
      instrument: "convergence",
      respondents: [respondent("marketing", (p) => (p === "data" ? 1 : 4)), respondent("it", () => 3), respondent("it", () => 3)],
    },
    "marketing",
    "it",
  );

  it("ranks every pillar, widest first, and flags two levels apart as discuss first", () => {
    const section = buildPerceptionGapsSection("convergence", gap);
    expect(section?.rows.map((r) => r.label)).toHaveLength(PILLAR_IDS.length);
    expect(section?.rows[0]).toMatchObject({ label: "Data", marketing: "1 · Siloed (0)", it: "3 · Aligned (50)", gap: "IT 2 levels higher (50 points)", discussFirst: true });
    expect(section?.rows.filter((r) => r.discussFirst)).toHaveLength(1);
    expect(section?.summary).toContain("1 Marketing respondent and 2 IT respondents finished.");
    expect(section?.summary).toContain("1 pillar is two levels or more apart");
    expect(section?.columns).toEqual({ part: "Pillar", first: "Marketing", second: "IT", difference: "Difference" });
  });

  it("is absent while one side has nobody finished", () => {
    const oneSided = rankFunctionGaps({ instrument: "convergence", respondents: [respondent("marketing", () => 2)] }, "marketing", "it");
    expect(buildPerceptionGapsSection("convergence", oneSided)).toBeUndefined();
  });

  it("names a part nobody rated on one side as not comparable", () => {
    const withDontKnow = rankFunctionGaps(
      { instrument: "convergence", respondents: [respondent("marketing", (p) => (p === "kpis" ? DONT_KNOW : 2)), respondent("it", () => 2)] },
      "marketing",
      "it",
    );
    const row = buildPerceptionGapsSection("convergence", withDontKnow)?.rows.at(-1);
    expect(row).toMatchObject({ label: "KPIs", marketing: "No rating", gap: "Cannot compare: no rating from Marketing", discussFirst: false });
  });

  it("prints one row per GenAI dimension, in levels only", () => {
    const rate = (level: 1 | 2 | 3 | 4 | 5) => Object.fromEntries(DIMENSION_IDS.map((d) => [d, { current: level, target: null, evidence: "" }]));
    const genai = rankFunctionGaps(
      { instrument: "genai", respondents: [{ function: "marketing", answers: {}, ratings: rate(4) }, { function: "it", answers: {}, ratings: rate(2) }] },
      "marketing",
      "it",
    );
    const section = buildPerceptionGapsSection("genai", genai);
    expect(section?.rows).toHaveLength(DIMENSION_IDS.length);
    expect(section?.rows.every((r) => r.gap === "Marketing 2 levels higher" && r.discussFirst)).toBe(true);
  });

  it("always says who is higher, by how many levels, for any two ratings", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (a, b) => {
        const g = rankFunctionGaps(
          { instrument: "convergence", respondents: [respondent("marketing", () => a as Choice), respondent("it", () => b as Choice)] },
          "marketing",
          "it",
        ).gaps[0]!;
        const label = functionDifferenceLabel(g, "Marketing", "IT");
        if (a === b) expect(label).toBe("Same level");
        else expect(label).toContain(`${a > b ? "Marketing" : "IT"} ${Math.abs(a - b)} level`);
      }),
    );
  });
});

describe("buildConsultantNotesSection", () => {
  it("puts recommendations first, each dated, and names the consultancy", () => {
    const section = buildConsultantNotesSection("Northwind Advisory", [
      { kind: "note", body: " Budget frozen until Q2. ", createdAt: new Date("2026-11-02T10:00:00Z") },
      { kind: "recommendation", body: "Start with one customer ID.", createdAt: new Date("2026-11-03T10:00:00Z") },
    ]);
    expect(section?.author).toContain("Northwind Advisory");
    expect(section?.notes).toEqual([
      { label: "Recommendation · 3 November 2026", text: "Start with one customer ID." },
      { label: "Note · 2 November 2026", text: "Budget frozen until Q2." },
    ]);
  });

  it("is absent without notes", () => {
    expect(buildConsultantNotesSection("Northwind Advisory", [])).toBeUndefined();
  });
});

describe("the report context", () => {
  const answers = answersAt(() => 3);

  it("puts the organisation and its consultancy on the cover, and the sections in the report", () => {
    const notes = buildConsultantNotesSection("Northwind Advisory", [{ kind: "note", body: "Call the CIO.", createdAt: DATE }]);
    const report = buildConvergenceReport({ answers, tools: [], generatedAt: DATE, organisation: "Acme Retail", preparedBy: "Northwind Advisory", consultantNotes: notes });
    expect(report.cover.organisation).toBe("Acme Retail");
    expect(report.cover.preparedBy).toBe("Prepared with Northwind Advisory");
    expect(report.consultantNotes).toEqual(notes);
    expect(report.fileName).toBe("acme-retail-convergence-2026-12-07.pdf");
  });

  it("says a team result is combined, and from how many respondents", () => {
    const convergence = buildConvergenceReport({ answers, tools: [], generatedAt: DATE, respondentCount: 6 });
    expect(convergence.cover.basis).toBe("Combined result of 6 respondents");
    expect(convergence.summary.scoreLine).toBe("Overall score 50 out of 100, the median of 6 respondents.");
    const genai = buildGenAiReport({ ratings: {}, motion: null, savedRoadmap: null, foundation: null, generatedAt: DATE, respondentCount: 3 });
    expect(genai.summary.basis).toContain("Combined from 3 respondents");
    expect(buildConvergenceReport({ answers, tools: [], generatedAt: DATE, respondentCount: 1 }).cover.basis).toBeNull();
  });
});

describe("pillarSpreadNotes", () => {
  it("says how many scored each pillar and how far apart they are, as the round page does", () => {
    const combined = combineConvergence([answersAt((p) => (p === "data" ? 1 : 3)), answersAt((p) => (p === "data" ? 4 : 3))]);
    const notes = pillarSpreadNotes(combined);
    expect(notes.data).toBe("2 respondents: 0 to 75 (75 points apart)");
    expect(notes.people).toBe("2 respondents: 50 to 50 (all agree)");
    const report = buildConvergenceReport({ answers: {}, score: combinedConvergenceScore(combined), partNotes: notes, tools: [], generatedAt: DATE, respondentCount: 2 });
    expect(report.pillars.rows.find((r) => r.name === "Data")?.note).toBe(notes.data);
  });
});
