// Sample reports of both instruments, built with the same pure builders as the route, for the
// preview script (tests/pdf/preview.ts) and the bench. "Typical" samples read like a real
// respondent; "stress" samples push what users can type (long notes, many tools, odd letters)
// to the limits the validation allows, to catch overflow and page-break problems.
import { DIMENSION_IDS, NOT_APPLICABLE, type DimensionId } from "../../lib/instruments/genai";
import { QUESTIONS } from "../../lib/instruments/convergence";
import { DONT_KNOW, type Choice, type MaturityLevel } from "../../lib/instruments/types";
import { buildDefaultRoadmap, proposePriorities } from "../../lib/plan/genai-roadmap";
import type { ToolTag } from "../../lib/plan/convergence-plan";
import { buildConvergenceReport, buildGenAiReport } from "../../lib/report/build-report";
import type { ExecutiveReport } from "../../lib/report/types";
import { scoreGenAi, type DimensionRating, type GenAiRatings } from "../../lib/scoring/genai";
import { scoreConvergence } from "../../lib/scoring/convergence";
import { BENCHMARK_THRESHOLD, compareParts, toHistogram } from "../../lib/scoring/benchmarks";
import { benchmarkPartsOf, benchmarkScaleOf, buildBenchmarkReportSection, instrumentNameOf, type BenchmarkFigures } from "../../lib/scoring/benchmarks-summary";
import { combineConvergence, combinedConvergenceScore } from "../../lib/scoring/team";
import { rankFunctionGaps, type GapRespondent } from "../../lib/scoring/team-gaps";
import { buildConsultantNotesSection, buildPerceptionGapsSection, pillarSpreadNotes } from "../../lib/report/team-sections";
import { EVIDENCE_NOTE_MAX } from "../../lib/instruments/genai";
import { TOOL_INVENTORY_MAX, TOOL_NAME_MAX, TOOL_PURPOSE_MAX } from "../../lib/validation/assessment";
import { OWNER_NAME_MAX, ROADMAP_TEXT_MAX } from "../../lib/validation/genai";

/** A fixed date, so samples (and their file names) do not change from day to day. */
export const SAMPLE_DATE = new Date("2026-11-23T10:00:00Z");

/** Answers by question id from a level per question, in QUESTIONS order. */
function answersOf(choices: readonly Choice[]): Record<string, Choice> {
  return Object.fromEntries(QUESTIONS.map((q, i) => [q.id, choices[i] ?? DONT_KNOW]));
}

// Data 1–2 (weak), Platforms 3–4, Process with a "don't know", KPIs 3–4, People 3–5: the average
// reaches level 3, and the cap holds the overall level at 2 (one above Data at level 1).
const TYPICAL_ANSWERS: Choice[] = [1, 2, 1, 1, 3, 4, 3, 4, 4, 3, DONT_KNOW, 4, 4, 3, 4, 5, 3];

const TYPICAL_TOOLS: { name: string; purpose: string; tag: ToolTag }[] = [
  { name: "Salesforce Sales Cloud", purpose: "CRM of record for accounts, contacts and opportunities", tag: "core" },
  { name: "Marketo Engage", purpose: "Email, nurture programmes and lead scoring", tag: "core" },
  { name: "Google Analytics 4", purpose: "Website analytics and conversion tracking", tag: "core" },
  { name: "Segment", purpose: "Collects web events; half of the sources are connected", tag: "candidate" },
  { name: "HubSpot (legacy)", purpose: "Old newsletter list from the 2022 acquisition", tag: "retire" },
  { name: "LinkedIn Campaign Manager", purpose: "Paid social for target accounts", tag: "core" },
  { name: "6sense", purpose: "Intent data; licence renews in March", tag: "candidate" },
  { name: "Hotjar", purpose: "Heatmaps; nobody has logged in since spring", tag: "retire" },
  { name: "Looker Studio", purpose: "Leadership dashboard (three versions in use)", tag: "candidate" },
];

function rating(current: MaturityLevel, target: MaturityLevel, evidence = ""): DimensionRating {
  return { current, target, evidence };
}

const TYPICAL_RATINGS: GenAiRatings = {
  "content-creation": rating(2, 3, "Two writers use the approved tool; no shared prompt library yet."),
  "account-based-marketing": rating(1, 3),
  "campaign-management": rating(2, 3),
  "data-analytics": rating(2, 4, "Dashboards in Looker Studio; every forecast is built by hand in a spreadsheet."),
  "sales-alignment": rating(3, 3),
  "martech-stack": rating(2, 3),
  governance: rating(1, 3, "No AI usage policy; legal reviews case by case."),
  "inbound-marketing": rating(3, 4),
  "outbound-marketing": rating(2, 3),
  "customer-experience": { current: NOT_APPLICABLE, target: null, evidence: "" },
  "paid-media": rating(3, 4),
  "product-marketing": rating(2, 3),
  "talent-and-skills": rating(1, 2),
};

/** A typical Convergence result: capped level, weak data, a filled worksheet. */
export function typicalConvergenceReport(): ExecutiveReport {
  return buildConvergenceReport({ answers: answersOf(TYPICAL_ANSWERS), tools: TYPICAL_TOOLS, generatedAt: SAMPLE_DATE });
}

/** A typical GenAI result: outbound motion, a saved roadmap with owners, foundation flags. */
export function typicalGenAiReport(): ExecutiveReport {
  const score = scoreGenAi(TYPICAL_RATINGS);
  const roadmap = buildDefaultRoadmap(proposePriorities(score, "outbound"), SAMPLE_DATE).map((entry, i) => ({
    ...entry,
    marketingOwner: ["Dana Whitfield, Head of Demand", "Priya Raman, ABM Lead", ""][i] ?? "",
    itOwner: ["Sam Okafor, Enterprise Architect", "Jonas Weber, CRM Platform Owner", ""][i] ?? "",
  }));
  return buildGenAiReport({
    ratings: TYPICAL_RATINGS,
    motion: "outbound",
    savedRoadmap: roadmap,
    foundation: { data: 1, platforms: 3 },
    generatedAt: SAMPLE_DATE,
  });
}

const repeatTo = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length).trim();

/** Every question "Don't know", and the largest worksheet the validation allows, with odd letters. */
export function stressConvergenceReport(): ExecutiveReport {
  const tools = Array.from({ length: TOOL_INVENTORY_MAX }, (_, i) => ({
    name: repeatTo(`Łódź–Zürich ${i + 1} Créme data hub ✓ `, i % 10 === 0 ? TOOL_NAME_MAX : 24),
    purpose: repeatTo("Nightly export to the warehouse → dashboards; ≥ 3 owners; 客户 data ", i % 7 === 0 ? TOOL_PURPOSE_MAX : 60),
    tag: (["core", "candidate", "retire"] as const)[i % 3] ?? "core",
  }));
  return buildConvergenceReport({ answers: answersOf(QUESTIONS.map(() => DONT_KNOW)), tools, generatedAt: SAMPLE_DATE });
}

/** Maximum-length evidence notes and roadmap texts, long owners, no foundation check. */
export function stressGenAiReport(): ExecutiveReport {
  const note = repeatTo("We checked this against the CRM export and the March campaign review; ", EVIDENCE_NOTE_MAX);
  const ratings: Partial<Record<DimensionId, DimensionRating>> = {};
  DIMENSION_IDS.forEach((id, i) => {
    const current = ((i % 4) + 1) as MaturityLevel;
    ratings[id] = rating(current, Math.min(5, current + (i % 3)) as MaturityLevel, note);
  });
  const long = repeatTo("A governed integration between the platforms, documented and monitored, with named owners. ", ROADMAP_TEXT_MAX);
  const roadmap = buildDefaultRoadmap(proposePriorities(scoreGenAi(ratings), "hybrid"), SAMPLE_DATE).map((entry) => ({
    ...entry,
    whatItLooksLike: long,
    infrastructure: long,
    training: long,
    governance: long,
    successMeasure: long,
    marketingWin: long,
    itWin: long,
    marketingOwner: repeatTo("Alexandra Konstantinopoulou-Fairweather ", OWNER_NAME_MAX),
    itOwner: repeatTo("Maximilian Oppenheimer-Schwarzenberg ", OWNER_NAME_MAX),
  }));
  return buildGenAiReport({ ratings, motion: "hybrid", savedRoadmap: roadmap, foundation: null, generatedAt: SAMPLE_DATE });
}

/** The samples by name: the typical ones first. */
export const SAMPLES: Record<string, () => ExecutiveReport> = {
  "convergence-typical": typicalConvergenceReport,
  "genai-typical": typicalGenAiReport,
  "convergence-stress": stressConvergenceReport,
  "genai-stress": stressGenAiReport,
};

// --- Reports with everything around the answers: a managed client, peers, a team ---------------

/** A deterministic spread of values on a part's scale, as a cohort's would be. */
function spreadOf(count: number, min: number, max: number, seed: number): number[] {
  return Array.from({ length: count }, (_, i) => min + Math.round(((((i * 37 + seed * 11) % count) + 0.5) / count) * (max - min)));
}

function benchmarkFigures(instrument: "convergence" | "genai", values: Record<string, number | null>, withPortfolio: boolean): BenchmarkFigures {
  const parts = benchmarkPartsOf(instrument).map((p) => p.id);
  const { min, max } = benchmarkScaleOf(instrument);
  const histograms = (count: number) => Object.fromEntries(parts.map((part, i) => [part, toHistogram(spreadOf(count, min, max, i + 1))]));
  return {
    instrument,
    peers: {
      status: "shown",
      cohort: { scope: "industry", industry: "retail", sizeBand: null },
      label: "Retail",
      definition: `34 retail organisations of every size that shared their latest ${instrumentNameOf(instrument)} result.`,
      organizations: 34,
      fallbackNote: "Fewer than 10 retail organisations of 1,000–4,999 employees have shared results, so the comparison is with every retail organisation.",
      parts: compareParts(parts, histograms(34), values, BENCHMARK_THRESHOLD),
      computedAt: SAMPLE_DATE.toISOString(),
    },
    portfolio: withPortfolio ? { clients: 7, parts: compareParts(parts, histograms(7), values, 1) } : null,
  };
}

const CONSULTANT_NOTES = buildConsultantNotesSection("Northwind Advisory", [
  { kind: "recommendation", body: "Agree one customer ID across CRM and the marketing platform before any new AI pilot; the Data pillar holds everything else back.", createdAt: new Date("2026-11-18T10:00:00Z") },
  { kind: "note", body: "The CFO asked for the day-90 re-measurement to be presented with the Q1 budget review.", createdAt: new Date("2026-11-20T10:00:00Z") },
]);

/** The typical diagnostic of a client a consultancy manages: named, compared with peers and the consultant's portfolio, with notes. */
export function consultantConvergenceReport(): ExecutiveReport {
  const score = scoreConvergence(answersOf(TYPICAL_ANSWERS));
  const values = Object.fromEntries([["overall", score.overallScore], ...score.pillars.map((p) => [p.pillar, p.score])]);
  return buildConvergenceReport({
    answers: answersOf(TYPICAL_ANSWERS),
    tools: TYPICAL_TOOLS,
    generatedAt: SAMPLE_DATE,
    organisation: "Harbour & Finch Retail",
    preparedBy: "Northwind Advisory",
    benchmark: buildBenchmarkReportSection(benchmarkFigures("convergence", values, true)),
    consultantNotes: CONSULTANT_NOTES,
  });
}

/** The typical GenAI result of a managed client, with peers. */
export function consultantGenAiReport(): ExecutiveReport {
  const typical = typicalGenAiReport();
  if (typical.instrument !== "genai") throw new Error("a GenAI sample");
  const score = scoreGenAi(TYPICAL_RATINGS);
  const values = Object.fromEntries([["overall", score.overallLevel], ...score.dimensions.map((d) => [d.dimension, d.current])]);
  const context = {
    organisation: "Harbour & Finch Retail",
    preparedBy: "Northwind Advisory",
    benchmark: buildBenchmarkReportSection(benchmarkFigures("genai", values, true)),
  };
  const roadmap = buildDefaultRoadmap(proposePriorities(score, "outbound"), SAMPLE_DATE).map((entry, i) => ({
    ...entry,
    marketingOwner: ["Dana Whitfield, Head of Demand", "Priya Raman, ABM Lead", ""][i] ?? "",
    itOwner: ["Sam Okafor, Enterprise Architect", "Jonas Weber, CRM Platform Owner", ""][i] ?? "",
  }));
  return buildGenAiReport({ ...context, ratings: TYPICAL_RATINGS, motion: "outbound", savedRoadmap: roadmap, foundation: { data: 1, platforms: 3 }, generatedAt: SAMPLE_DATE });
}

/** A leadership team's round: three from Marketing, three from IT, who read Data and Platforms very differently. */
export function teamConvergenceReport(): ExecutiveReport {
  const pick = (levels: Partial<Record<string, Choice>>, otherwise: Choice) => Object.fromEntries(QUESTIONS.map((q) => [q.id, levels[q.pillar] ?? otherwise]));
  const respondents: GapRespondent[] = [
    { function: "marketing", answers: pick({ data: 1, platforms: 2 }, 3), ratings: {} },
    { function: "marketing", answers: pick({ data: 1, platforms: 3 }, 4), ratings: {} },
    { function: "marketing", answers: pick({ data: 2, kpis: 2 }, 3), ratings: {} },
    { function: "it", answers: pick({ data: 4, platforms: 4, kpis: 2 }, 3), ratings: {} },
    { function: "it", answers: pick({ data: 3, platforms: 5 }, 3), ratings: {} },
    { function: "it", answers: pick({ data: 4, people: 2 }, 3), ratings: {} },
  ];
  const combined = combineConvergence(respondents.map((r) => r.answers));
  const gap = rankFunctionGaps({ instrument: "convergence", respondents }, "marketing", "it");
  return buildConvergenceReport({
    answers: {},
    score: combinedConvergenceScore(combined),
    partNotes: pillarSpreadNotes(combined),
    tools: [],
    generatedAt: SAMPLE_DATE,
    organisation: "Harbour & Finch Retail",
    preparedBy: "Northwind Advisory",
    perceptionGaps: buildPerceptionGapsSection("convergence", gap),
    consultantNotes: CONSULTANT_NOTES,
    respondentCount: respondents.length,
  });
}

/** An anonymous result: published figures stand in for peers. */
export function externalBenchmarkConvergenceReport(): ExecutiveReport {
  return buildConvergenceReport({
    answers: answersOf(TYPICAL_ANSWERS),
    tools: TYPICAL_TOOLS,
    generatedAt: SAMPLE_DATE,
    benchmark: buildBenchmarkReportSection({ instrument: "convergence", peers: null, portfolio: null }),
  });
}

SAMPLES["convergence-consultant"] = consultantConvergenceReport;
SAMPLES["genai-consultant"] = consultantGenAiReport;
SAMPLES["convergence-team"] = teamConvergenceReport;
SAMPLES["convergence-anonymous"] = externalBenchmarkConvergenceReport;
