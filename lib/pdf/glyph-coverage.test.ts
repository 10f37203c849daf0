// Every character the report can print from our own content must have a glyph in the embedded
// font (Inter, latin + latin-ext): a missing one prints as a blank box. This scans the copy of
// the layout, the instruments' content and reports built over a sweep of answers, against the
// character set read from the font files themselves.
import { describe, expect, it } from "vitest";
import * as convergence from "@/lib/instruments/convergence";
import * as genai from "@/lib/instruments/genai";
import { DONT_KNOW_LABEL } from "@/lib/instruments/labels";
import { DONT_KNOW, MATURITY_LEVELS, type Choice, type MaturityLevel } from "@/lib/instruments/types";
import { DATA_FOUNDATION_STEPS, LEADING_INDICATORS, TOOL_TAG_LABELS } from "@/lib/plan/convergence-plan";
import { buildDefaultRoadmap } from "@/lib/plan/genai-roadmap";
import { buildConvergenceReport, buildGenAiReport } from "@/lib/report/build-report";
import { pageLabel, REPORT_COPY } from "@/lib/report/copy";
import { collectStrings, findUndrawableCharacters } from "@/lib/report/printable-text";
import { GENAI_OVERALL_RULE, type GenAiRatings } from "@/lib/scoring/genai";
import { buildBenchmarkReportSection } from "@/lib/scoring/benchmarks-summary";
import { rankFunctionGaps } from "@/lib/scoring/team-gaps";
import { buildConsultantNotesSection, buildPerceptionGapsSection } from "@/lib/report/team-sections";
import { loadSupportedCodePoints } from "./fonts";

const DATE = new Date("2026-11-23T10:00:00Z");
const { QUESTIONS, PILLAR_IDS } = convergence;
const { DIMENSION_IDS, NOT_APPLICABLE } = genai;

/** Convergence answers: every question at `level`, except `weak` pillar at `weakLevel`. */
function answers(level: Choice, weak?: string, weakLevel: Choice = 1) {
  return Object.fromEntries(QUESTIONS.map((q) => [q.id, q.pillar === weak ? weakLevel : level]));
}

function convergenceReports() {
  const inputs = [
    ...[1, 2, 3, 4, 5, DONT_KNOW].map((level) => answers(level as Choice)),
    ...PILLAR_IDS.flatMap((pillar) => [answers(4, pillar, 1), answers(5, pillar, 2), answers(3, pillar, DONT_KNOW)]),
  ];
  return inputs.map((a) =>
    buildConvergenceReport({ answers: a, tools: [{ name: "CRM", purpose: "Accounts", tag: "core" }], generatedAt: DATE }),
  );
}

function genAiReports() {
  const ratingsAt = (level: MaturityLevel): GenAiRatings =>
    Object.fromEntries(DIMENSION_IDS.map((id, i) => [id, i === 3 ? { current: NOT_APPLICABLE, target: null, evidence: "" } : { current: level, target: 5, evidence: "Seen" }]));
  const reports = [];
  for (const level of MATURITY_LEVELS) {
    for (const motion of ["inbound", "outbound", "hybrid"] as const) {
      for (const foundation of [null, { data: 1, platforms: 2 } as const, { data: 4, platforms: 4 } as const, { data: null, platforms: 1 } as const]) {
        reports.push(buildGenAiReport({ ratings: ratingsAt(level), motion, savedRoadmap: null, foundation, generatedAt: DATE }));
      }
    }
  }
  // Every dimension as a priority at least once, so every level-3 text is printed somewhere.
  for (let i = 0; i < DIMENSION_IDS.length; i += 3) {
    const ids = [0, 1, 2].map((k) => DIMENSION_IDS[(i + k) % DIMENSION_IDS.length] ?? "governance");
    reports.push(
      buildGenAiReport({ ratings: ratingsAt(2), motion: "hybrid", savedRoadmap: buildDefaultRoadmap(ids, DATE), foundation: { data: 1, platforms: 1 }, generatedAt: DATE }),
    );
  }
  const none = Object.fromEntries(DIMENSION_IDS.map((id) => [id, { current: NOT_APPLICABLE, target: null, evidence: "" }]));
  reports.push(buildGenAiReport({ ratings: none, motion: null, savedRoadmap: null, foundation: null, generatedAt: DATE }));
  return reports;
}

/** The Marketing-vs-IT sections over a sweep of gaps, and a consultant's notes. */
function teamSections() {
  const sections: unknown[] = [];
  for (const [a, b] of [[1, 5], [5, 1], [3, 3], [2, 3]] as const) {
    const respondents = [
      { function: "marketing", answers: answers(a, "data", DONT_KNOW), ratings: {} },
      { function: "it", answers: answers(b), ratings: {} },
    ];
    sections.push(buildPerceptionGapsSection("convergence", rankFunctionGaps({ instrument: "convergence", respondents }, "marketing", "it")));
    const ratings = (level: MaturityLevel): GenAiRatings => Object.fromEntries(DIMENSION_IDS.map((id) => [id, { current: level, target: null, evidence: "" }]));
    const genaiRespondents = [
      { function: "marketing", answers: {}, ratings: ratings(a) },
      { function: "it", answers: {}, ratings: ratings(b) },
    ];
    sections.push(buildPerceptionGapsSection("genai", rankFunctionGaps({ instrument: "genai", respondents: genaiRespondents }, "marketing", "it")));
  }
  sections.push(buildConsultantNotesSection("A practice", [{ kind: "recommendation", body: "x", createdAt: DATE }, { kind: "note", body: "y", createdAt: DATE }]));
  return sections;
}

describe("the embedded font", () => {
  it("draws the punctuation the content relies on, and not the check mark (so the set is real)", async () => {
    const supported = await loadSupportedCodePoints();
    for (const char of "–—“”‘’·•×−…é€Łő") expect(supported.has(char.codePointAt(0) ?? 0), char).toBe(true);
    expect(supported.has("✓".codePointAt(0) ?? 0)).toBe(false);
    expect(supported.has("→".codePointAt(0) ?? 0)).toBe(false);
  });

  it("has a glyph for every character of both instruments' reports", async () => {
    const supported = await loadSupportedCodePoints();
    const strings = [
      ...collectStrings(REPORT_COPY),
      pageLabel(12, 13),
      ...collectStrings([convergence.PILLARS, convergence.QUESTIONS, convergence.CONVERGENCE_LEVELS, DONT_KNOW_LABEL]),
      ...collectStrings([genai.DIMENSIONS, genai.GENAI_LEVELS, genai.GTM_MOTIONS, genai.FOUNDATION_LABELS, GENAI_OVERALL_RULE]),
      ...collectStrings([TOOL_TAG_LABELS, DATA_FOUNDATION_STEPS, LEADING_INDICATORS]),
      ...convergenceReports().flatMap(collectStrings),
      ...genAiReports().flatMap(collectStrings),
      ...(["convergence", "genai"] as const).flatMap((instrument) => [
        ...collectStrings(buildBenchmarkReportSection({ instrument, peers: null, portfolio: null })),
        ...collectStrings(buildBenchmarkReportSection({ instrument, peers: { status: "too_few", organizations: 3 }, portfolio: null })),
      ]),
      ...teamSections().flatMap(collectStrings),
    ];
    expect(strings.length).toBeGreaterThan(5000);
    expect(findUndrawableCharacters(strings, (codePoint) => supported.has(codePoint))).toEqual([]);
  });
});
