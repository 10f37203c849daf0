/**
 * What a benchmark says, as plain rows of text: the result page's table and the executive PDF
 * both read it, so the two can never disagree. Pure: figures in, words out.
 */
import { PILLAR_IDS, getPillar } from "../instruments/convergence";
import { DIMENSION_IDS, getDimension } from "../instruments/genai";
import { referenceFiguresFor, type ReferenceFigure } from "../instruments/reference-figures";
import {
  BENCHMARK_THRESHOLD,
  CONTRIBUTION_RULE,
  PERCENTILE_RULE,
  QUARTILE_RULE,
  formatFigure,
  formatPercentile,
  type Cohort,
  type PartComparison,
} from "./benchmarks";

export type BenchmarkInstrument = "convergence" | "genai";

/** The part that stands for the whole result. */
export const OVERALL_PART = "overall";

/** The parts of an instrument in display order (overall first) with their names. */
export function benchmarkPartsOf(instrument: BenchmarkInstrument): { id: string; label: string }[] {
  if (instrument === "convergence") {
    return [{ id: OVERALL_PART, label: "Overall" }, ...PILLAR_IDS.map((id) => ({ id, label: getPillar(id).name }))];
  }
  return [{ id: OVERALL_PART, label: "Overall" }, ...DIMENSION_IDS.map((id) => ({ id, label: getDimension(id).name }))];
}

/** The range a part's values take: pillar scores 0–100, GenAI levels 1–5. */
export function benchmarkScaleOf(instrument: BenchmarkInstrument): { min: number; max: number; unit: string } {
  return instrument === "convergence" ? { min: 0, max: 100, unit: "score out of 100" } : { min: 1, max: 5, unit: "level from 1 to 5" };
}

/** The instrument's name inside a sentence. */
export function instrumentNameOf(instrument: BenchmarkInstrument): string {
  return instrument === "convergence" ? "Convergence diagnostic" : "Generative AI maturity assessment";
}

/** A peer comparison that could be shown. */
export interface PeerBenchmark {
  status: "shown";
  cohort: Cohort;
  /** "Retail × 1,000–4,999 employees" */
  label: string;
  /** One sentence with the size: who is in the group. */
  definition: string;
  organizations: number;
  /** Why a broader group than the narrowest is shown, or null. */
  fallbackNote: string | null;
  parts: PartComparison[];
  /** When the cohort's figures were computed (ISO 8601). */
  computedAt: string;
}

/** No cohort, not even everyone, holds enough organisations yet. */
export interface PeerBenchmarkTooFew {
  status: "too_few";
  /** How many organisations share results of this instrument in all. */
  organizations: number;
}

/** The consultant's own clients, whatever their choice and however few. */
export interface PortfolioBenchmark {
  clients: number;
  parts: PartComparison[];
}

/** Everything the panel and the PDF show about one result against others. */
export interface BenchmarkFigures {
  instrument: BenchmarkInstrument;
  /** Null for an anonymous result: no organisation, so no peer group. */
  peers: PeerBenchmark | PeerBenchmarkTooFew | null;
  /** Only for the organisation's consultant. */
  portfolio: PortfolioBenchmark | null;
}

export interface BenchmarkRow {
  part: string;
  label: string;
  /** This result's value, "–" when it has none. */
  yours: string;
  /** "63rd percentile", or a reason when there is none. */
  percentile: string;
  lowerQuartile: string;
  median: string;
  upperQuartile: string;
  /** How many organisations rated this part. */
  count: number;
  /** The figures behind the row, for a chart: null when the group's figures are not shown. */
  plot: { value: number | null; q1: number; median: number; q3: number } | null;
}

/** The table rows of a comparison, in the instrument's order. */
export function benchmarkRows(instrument: BenchmarkInstrument, parts: readonly PartComparison[]): BenchmarkRow[] {
  const byPart = new Map(parts.map((p) => [p.part, p]));
  return benchmarkPartsOf(instrument).flatMap(({ id, label }): BenchmarkRow[] => {
    const part = byPart.get(id);
    if (!part) return [];
    const dash = "–";
    return [
      {
        part: id,
        label,
        yours: part.value === null ? dash : formatFigure(part.value),
        percentile: part.isSuppressed
          ? "Too few to show"
          : part.percentile === null
            ? "Not rated"
            : formatPercentile(part.percentile),
        lowerQuartile: part.quartiles ? formatFigure(part.quartiles.q1) : dash,
        median: part.quartiles ? formatFigure(part.quartiles.median) : dash,
        upperQuartile: part.quartiles ? formatFigure(part.quartiles.q3) : dash,
        count: part.count,
        plot:
          part.quartiles && !part.isSuppressed
            ? { value: part.value, q1: part.quartiles.q1, median: part.quartiles.median, q3: part.quartiles.q3 }
            : null,
      },
    ];
  });
}

/** A reference figure's attribution: "Adobe, Digital Trends Report (2025), as cited in …". */
export function referenceAttribution(figure: ReferenceFigure): string {
  return `${figure.source} (${figure.year}), as cited in ${figure.citedIn}`;
}

/** How the figures are computed, one paragraph each (the panel's method note and the PDF's). */
export function benchmarkMethod(threshold: number = BENCHMARK_THRESHOLD): string[] {
  return [
    CONTRIBUTION_RULE,
    `A group is shown only when at least ${threshold} organisations are in it. We try your industry and size first, then your industry, then your size, then every organisation, and say when we had to widen the group. A pillar or dimension rated by fewer than ${threshold} organisations in the group shows no figures.`,
    PERCENTILE_RULE,
    QUARTILE_RULE,
    "Shared results carry only scores, with the organisation's industry and size; names and answers never leave the organisation.",
  ];
}

/** The benchmark section of the executive PDF (and of any other printed report), as plain text. */
export interface BenchmarkReportSection {
  heading: string;
  /** "peers": our own cohort is shown; "external": only published figures are available. */
  kind: "peers" | "external";
  /** The opening sentence: the percentile overall, or why there is none. */
  headline: string;
  cohortLabel: string | null;
  cohortDefinition: string | null;
  fallbackNote: string | null;
  /** Column titles of the rows. */
  columns: { part: string; yours: string; percentile: string; lowerQuartile: string; median: string; upperQuartile: string };
  rows: BenchmarkRow[];
  /** The range the rows' figures take (pillar scores 0–100, GenAI levels 1–5), for the chart. */
  scale: { min: number; max: number };
  /** The consultant's portfolio rows, when the report is the consultant's. */
  portfolio: PortfolioReportSection | null;
  references: { figure: string; statement: string; attribution: string }[];
  method: string[];
}

/** The client against the consultant's own clients, as plain text. */
export interface PortfolioReportSection {
  /** "Against your 4 clients" */
  heading: string;
  /** The overall percentile among the clients, or what stands in for it. */
  headline: string;
  /** Who is in the portfolio, with its size, in one or two sentences. */
  definition: string;
  rows: BenchmarkRow[];
}

const clientsWord = (clients: number) => `${clients.toLocaleString("en-GB")} client${clients === 1 ? "" : "s"}`;

/**
 * The portfolio part of the section: null when the practice has no client with a completed
 * assessment of the instrument (then there is nothing to compare with). Any size is shown: the
 * figures are the consultant's own clients, whom the consultant already sees one by one.
 */
export function buildPortfolioSection(instrument: BenchmarkInstrument, portfolio: PortfolioBenchmark | null): PortfolioReportSection | null {
  if (!portfolio || portfolio.clients <= 0) return null;
  const { clients } = portfolio;
  const overall = portfolio.parts.find((p) => p.part === OVERALL_PART);
  const headline =
    clients === 1
      ? `This is the only one of your clients with a completed ${instrumentNameOf(instrument)} so far, so it has no one to be compared with yet.`
      : overall && overall.percentile !== null
        ? `Overall, this result sits at the ${formatPercentile(overall.percentile)} of your ${clientsWord(clients)}.`
        : `Compared with your ${clientsWord(clients)}.`;
  // The client is always one of them: a consultant sees the portfolio only on a client's completed result.
  const definition =
    `${clientsWord(clients)} of your practice ${clients === 1 ? "has" : "have"} a completed ${instrumentNameOf(instrument)}${clients === 1 ? ": this one" : ", this one included"}. ` +
    "Each counts once, with its latest result, whether or not it is shared with the benchmark, since they are your own clients. Seen only by your practice; no minimum size applies.";
  return { heading: `Against your ${clientsWord(clients)}`, headline, definition, rows: benchmarkRows(instrument, portfolio.parts) };
}

/** Everything the PDF should print about where a result stands. */
export function buildBenchmarkReportSection(figures: BenchmarkFigures): BenchmarkReportSection {
  const { instrument, peers, portfolio } = figures;
  const yours = instrument === "convergence" ? "Your score" : "Your level";
  const columns = { part: instrument === "convergence" ? "Pillar" : "Dimension", yours, percentile: "Percentile", lowerQuartile: "Lower quartile", median: "Median", upperQuartile: "Upper quartile" };
  const references = referenceFiguresFor(instrument).map((f) => ({ figure: f.figure, statement: f.statement, attribution: referenceAttribution(f) }));
  const portfolioSection = buildPortfolioSection(instrument, portfolio);
  if (peers?.status === "shown") {
    const overall = peers.parts.find((p) => p.part === OVERALL_PART);
    const headline =
      overall && overall.percentile !== null
        ? `Overall, this result sits at the ${formatPercentile(overall.percentile)} of ${peers.label}.`
        : `Compared with ${peers.label}.`;
    return {
      heading: "Where you stand against peers",
      kind: "peers",
      headline,
      cohortLabel: peers.label,
      cohortDefinition: peers.definition,
      fallbackNote: peers.fallbackNote,
      columns,
      scale: benchmarkScaleOf(instrument),
      rows: benchmarkRows(instrument, peers.parts),
      portfolio: portfolioSection,
      references: [],
      method: benchmarkMethod(),
    };
  }
  const headline =
    peers === null
      ? "Peer comparison needs a result saved to an organisation. Until then, published figures give a sense of the market; they come from other surveys and are not comparable score for score."
      : `Fewer than ${BENCHMARK_THRESHOLD} organisations have shared a ${instrumentNameOf(instrument)} result so far, too few to compare without revealing anyone. Until there are enough, published figures give a sense of the market; they come from other surveys and are not comparable score for score.`;
  return {
    heading: "Where you stand against peers",
    kind: "external",
    headline,
    cohortLabel: null,
    cohortDefinition: null,
    fallbackNote: null,
    columns,
    scale: benchmarkScaleOf(instrument),
    rows: [],
    portfolio: portfolioSection,
    references,
    method: benchmarkMethod(),
  };
}
