/**
 * The executive report as plain data: every word and number the PDF prints, decided here
 * (lib/report/build-report.ts) by the same scoring and plan functions the result pages call.
 * The PDF layer (lib/pdf) only lays these strings out, so it cannot drift from the page.
 *
 * Sections that depend on where the result sits (peers, a team round's Marketing-vs-IT gaps, the
 * consultant's notes) are optional: the document skips a section whose slot is empty.
 */
import type { MaturityLevel } from "../instruments/types";
import type { BenchmarkReportSection } from "../scoring/benchmarks-summary";

export type ReportInstrument = "convergence" | "genai";

/** A radar as data: axis labels, one or two series of values on a shared scale. */
export interface ReportRadar {
  axes: string[];
  /** The scale's ends: the centre and the edge. */
  domain: [number, number];
  /** Rings drawn at equal steps from the centre (exclusive) to the edge (inclusive). */
  ringCount: number;
  /** "filled" is drawn as a tinted area, "dashed" as an outline; the first is drawn first. */
  series: { id: string; name: string; style: "filled" | "dashed"; values: (number | null)[] }[];
  /** One sentence under the chart: how to read it. */
  caption: string;
}

/** One step of the 1–5 scale, as shown on the summary page. */
export interface ReportLevelStep {
  level: MaturityLevel;
  name: string;
  isCurrent: boolean;
}

export interface ReportLevel {
  level: MaturityLevel;
  name: string;
  meaning: string;
}

export interface ReportCover {
  organisation: string;
  /** "Executive report". */
  kicker: string;
  instrumentName: string;
  /** One line under the instrument name: what the report is about. */
  tagline: string;
  dateLabel: string;
  /** The headline result, e.g. "Level 2: Connected". */
  headline: string;
  /** The level behind the headline, for its colour; null when there is none. */
  level: MaturityLevel | null;
  /** One line at the foot of the cover: how to read the report. */
  note: string;
  /** "Prepared with <consultancy>" when a consultant manages the client; null otherwise. */
  preparedBy: string | null;
  /** The consultancy's logo beside that line, when it has one. */
  preparedByLogo: ReportImage | null;
  /** "Combined result of 6 respondents" for a team round; null for one respondent. */
  basis: string | null;
}

/** An image the report embeds: a data URL (PNG or JPEG) and the box it is drawn in, in points. */
export interface ReportImage {
  src: string;
  width: number;
  height: number;
}

/** A block of running text with an optional numbered list. */
export interface ReportTextSection {
  heading: string;
  paragraphs: string[];
  steps?: string[];
}

// --- Sections that depend on where the result sits: peers, a team round, a consultant ---------

/** The Marketing-vs-IT perception gaps of a team round (lib/report/team-sections.ts). */
export interface ReportPerceptionGaps {
  heading: string;
  summary: string;
  columns: { part: string; first: string; second: string; difference: string };
  rows: { label: string; marketing: string; it: string; gap: string; discussFirst: boolean }[];
}

/** The consultant's notes on the round the result belongs to (only in the consultant's own copy). */
export interface ReportConsultantNotes {
  heading: string;
  author: string;
  notes: { label: string; text: string }[];
}

/** What a report says beyond the answers: whose it is, who prepared it, peers, the team, the consultant. */
export interface ReportContext {
  /** The organisation's name; absent for an anonymous result ("Your organisation"). */
  organisation?: string;
  /** The consultancy that manages the client, printed on the cover. */
  preparedBy?: string;
  /** Its logo, printed with its name. */
  preparedByLogo?: ReportImage;
  /** Where the result stands against peers (lib/scoring/benchmarks-summary.ts). */
  benchmark?: BenchmarkReportSection;
  perceptionGaps?: ReportPerceptionGaps;
  consultantNotes?: ReportConsultantNotes;
  /** A team round's combined result: how many finished respondents it stands for. */
  respondentCount?: number;
  /** A line under a pillar's row, by pillar id (a team round: how far apart its respondents are). */
  partNotes?: Readonly<Record<string, string>>;
}

interface ReportBase {
  instrument: ReportInstrument;
  organisation: string;
  /** ISO date (UTC) the report was generated, "YYYY-MM-DD". */
  generatedOn: string;
  /** Safe download name: `<organisation>-<instrument>-<date>.pdf`. */
  fileName: string;
  /** The document's title metadata. */
  title: string;
  cover: ReportCover;
  method: { heading: string; intro: string; sections: ReportTextSection[] };
  benchmark?: BenchmarkReportSection;
  perceptionGaps?: ReportPerceptionGaps;
  consultantNotes?: ReportConsultantNotes;
}

// --- Convergence -----------------------------------------------------------------------

export interface ConvergencePillarRow {
  name: string;
  /** "–" when the pillar has no score. */
  scoreLabel: string;
  score: number | null;
  level: MaturityLevel | null;
  levelLabel: string;
  /** E.g. "2 “don’t know”", or null. */
  note: string | null;
  isWeakest: boolean;
}

export interface ConvergencePlanAction {
  title: string;
  detail: string;
  /** "Data foundation" or the pillar's name. */
  tag: string;
}

export interface ConvergencePlanPhase {
  number: 1 | 2 | 3 | 4;
  name: string;
  weeksLabel: string;
  goal: string;
  actions: ConvergencePlanAction[];
  hasToolInventory: boolean;
  hasLeadingIndicators: boolean;
}

export interface ConvergenceReport extends ReportBase {
  instrument: "convergence";
  summary: {
    level: ReportLevel | null;
    overallScore: number | null;
    /** "Overall score 47 out of 100." or the unscored explanation. */
    scoreLine: string;
    /** Why the level is lower than the average alone would give, when the cap applies. */
    capNote: string | null;
    scale: ReportLevelStep[];
    disconnect: { heading: string; text: string } | null;
    unscoredNote: string | null;
    aiEffect: { heading: string; text: string } | null;
    expectedReturn: { heading: string; text: string };
    nextLevel: { heading: string; text: string } | null;
    planHeadline: { heading: string; text: string };
  };
  pillars: {
    heading: string;
    intro: string;
    radar: ReportRadar;
    rows: ConvergencePillarRow[];
    notes: string[];
  };
  plan: {
    heading: string;
    intro: string;
    phases: [ConvergencePlanPhase, ConvergencePlanPhase, ConvergencePlanPhase, ConvergencePlanPhase];
    toolInventory: {
      heading: string;
      intro: string;
      rows: { name: string; purpose: string; tag: string }[];
      /** What each tag means, in the worksheet's order. */
      legend: { tag: string; meaning: string }[];
      /** Shown instead of rows when the worksheet is empty. */
      emptyNote: string;
      /** Blank lines printed for a team to fill in by hand when the worksheet is empty. */
      blankRowCount: number;
    };
    leadingIndicators: { heading: string; intro: string; items: { question: string; howToMeasure: string }[] };
  };
}

// --- Generative AI ---------------------------------------------------------------------

export interface GenAiDimensionRow {
  name: string;
  /** Today's level and its name; null unless rated. */
  today: { level: MaturityLevel; name: string } | null;
  /** The target level and its name; null without a target. */
  target: { level: MaturityLevel; name: string } | null;
  /** "2 · Structured Pilots", or "Not applicable" / "Not answered". */
  todayLabel: string;
  targetLabel: string;
  /** "+2", "Hold", "No target" or "–". */
  gapLabel: string;
  gap: number | null;
  evidence: string | null;
  isRated: boolean;
  isPriority: boolean;
}

export interface GenAiRoadmapCard {
  position: 1 | 2 | 3;
  dimension: string;
  /** "Today: level 2, Structured Pilots". */
  todayLabel: string;
  /** "Level 3, Integrated Workflows, by 30 September 2027". */
  goalLabel: string;
  dateLabel: string;
  marketingOwner: string;
  itOwner: string;
  /** The five questions of the roadmap, each with the team's answer. */
  fields: { label: string; text: string }[];
  marketingWin: string;
  itWin: string;
  /** Foundation warnings that concern this dimension. */
  flags: string[];
}

export interface GenAiReport extends ReportBase {
  instrument: "genai";
  summary: {
    level: ReportLevel | null;
    basis: string;
    rule: string;
    scale: ReportLevelStep[];
    marketingSees: { heading: string; text: string } | null;
    itSees: { heading: string; text: string } | null;
    roadmapHeadline: { heading: string; text: string };
    priorities: { name: string; statusLabel: string; ownersLabel: string }[];
    foundationNote: { heading: string; text: string; isWarning: boolean };
    expectedReturn: { heading: string; text: string };
  };
  dimensions: {
    heading: string;
    intro: string;
    radar: ReportRadar;
    distribution: { label: string; count: number; names: string[] }[];
    tableHeading: string;
    tableIntro: string;
    rows: GenAiDimensionRow[];
  };
  roadmap: {
    heading: string;
    intro: string;
    cards: GenAiRoadmapCard[];
    /** The check against the Convergence diagnostic's Data and Platforms pillars. */
    foundation: {
      heading: string;
      headline: string;
      summary: string;
      isWarning: boolean;
      /** One row per flag: the dimension, its target, and the pillar that cannot carry it yet. */
      flags: { dimension: string; target: string; pillar: string; reason: string }[];
      /** The rule behind the flags, in one sentence. */
      rule: string;
    };
  };
}

/** The report of either instrument. */
export type ExecutiveReport = ConvergenceReport | GenAiReport;
