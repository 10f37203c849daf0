/**
 * The fixed words of the PDF layout (table headers, legends, the footer). They live here, not
 * in the document components, so the glyph test (lib/pdf/glyph-coverage.test.ts) reads every
 * string the PDF can print and the embedded font is proven to draw each character.
 */

/** The organisation's name until accounts exist. */
export const ORGANISATION_PLACEHOLDER = "Your organisation";

export const REPORT_COPY = {
  productName: "Convergence",
  cover: { preparedFor: "Prepared for", result: "Overall result" },
  method: "Method",
  scores: "Scores",
  plan: "Plan",
  roadmap: "Roadmap",
  pillarTable: { pillar: "Pillar", score: "Score", level: "Level", weakest: "Weakest" },
  dimensionTable: { dimension: "Dimension", today: "Today", target: "Target", gap: "Gap", evidence: "What shows it:" },
  toolTable: { name: "Tool or data source", purpose: "What it is for", tag: "Tag" },
  roadmapCard: {
    marketingOwner: "Marketing owner",
    itOwner: "IT owner",
    targetDate: "Target date",
    marketingWin: "The win for Marketing",
    itWin: "The win for IT",
    priority: "Priority",
    flag: "Foundation check",
  },
  foundationTable: { dimension: "Dimension", target: "Target", pillar: "Not yet carried by" },
  summary: { heading: "Executive summary", pillarsAtAGlance: "The five pillars at a glance" },
  distribution: "Where the dimensions sit today",
  phase: "Phase",
  bullet: "•",
  /** Between two items on one line, as on the result pages. */
  separator: " · ",
  sectionOpensOnNextPage: "continued",
  benchmark: {
    eyebrow: "Benchmarks",
    standing: "Against peers",
    cohort: "Compared with",
    external: "Published figures, from outside this product",
    method: "How the comparison is made",
    externalStanding: "Not enough shared results to compare with peers yet; published market figures are in the benchmark section.",
    strip: "Where you sit",
    stripKey: "The shaded box is the middle half of the group (lower to upper quartile), the line its median, the dot this result.",
  },
  team: "Team",
  consultant: "Consultant",
} as const;

/** The footer's page counter: "Page 2 of 7" (placeholders work too: the render worker fills them in). */
export function pageLabel(pageNumber: number | string, totalPages: number | string): string {
  return `Page ${pageNumber} of ${totalPages}`;
}
