/**
 * Published figures shown beside (or, until our own cohorts hold enough organisations, instead
 * of) our benchmarks. They are external: other organisations' surveys, with other questions and
 * other samples, so the product always labels them as such and never mixes them into a
 * percentile. Every figure, report name and year below is as quoted in the source article named
 * in `citedIn` (seed 000 of the product brief); none is ours.
 */

export interface ReferenceFigure {
  id: string;
  /** The figure as printed, e.g. "93%". */
  figure: string;
  /** What it measures, in our words. */
  statement: string;
  /** The report, as the citing article names it. */
  source: string;
  /** The year the citing article gives for the report. */
  year: number;
  /** Where we read it. */
  citedIn: string;
  /** The instruments it helps to read, the one it speaks to most first. */
  instruments: readonly ("convergence" | "genai")[];
}

const CITED_IN = "“AI + MarTech: The Convergence Every CMO Needs to Lead” (28 January 2026)";

export const REFERENCE_FIGURES: readonly ReferenceFigure[] = [
  {
    id: "adobe-genai-experimenting",
    figure: "93%",
    statement: "of marketing teams are experimenting with generative AI.",
    source: "Adobe, Digital Trends Report",
    year: 2025,
    citedIn: CITED_IN,
    instruments: ["genai", "convergence"],
  },
  {
    id: "adobe-genai-roi",
    figure: "12%",
    statement: "of marketing teams can show a measurable return on generative AI.",
    source: "Adobe, Digital Trends Report",
    year: 2025,
    citedIn: CITED_IN,
    instruments: ["genai", "convergence"],
  },
  {
    id: "ascend2-cost",
    figure: "61%",
    statement: "of marketers name the overall cost of their technology stack as their biggest challenge.",
    source: "Ascend2, Future of the MarTech Stack",
    year: 2025,
    citedIn: CITED_IN,
    instruments: ["convergence", "genai"],
  },
  {
    id: "ascend2-underused",
    figure: "32%",
    statement: "of marketers say they do not use their tools to their full capability.",
    source: "Ascend2, Future of the MarTech Stack",
    year: 2025,
    citedIn: CITED_IN,
    instruments: ["convergence"],
  },
  {
    id: "ascend2-very-successful",
    figure: "35%",
    statement: "of marketers rate their technology stack as very successful.",
    source: "Ascend2, Future of the MarTech Stack",
    year: 2025,
    citedIn: CITED_IN,
    instruments: ["convergence"],
  },
];

/** The reference figures that help read a result of one instrument, the most relevant first. */
export function referenceFiguresFor(instrument: "convergence" | "genai"): ReferenceFigure[] {
  // Stable sort: figures listing this instrument first (their main subject) come first.
  return REFERENCE_FIGURES.filter((f) => f.instruments.includes(instrument)).sort(
    (a, b) => a.instruments.indexOf(instrument) - b.instruments.indexOf(instrument),
  );
}
