import { describe, expect, it } from "vitest";
import { DIMENSION_IDS } from "../instruments/genai";
import { REFERENCE_FIGURES, referenceFiguresFor } from "../instruments/reference-figures";
import { comparePart, toHistogram } from "./benchmarks";
import { benchmarkPartsOf, benchmarkRows, buildBenchmarkReportSection, buildPortfolioSection, type BenchmarkFigures } from "./benchmarks-summary";

const cohortOfTen = toHistogram([20, 30, 40, 50, 50, 50, 60, 70, 80, 90]);

const shown: BenchmarkFigures = {
  instrument: "convergence",
  peers: {
    status: "shown",
    cohort: { scope: "industry", industry: "retail", sizeBand: null },
    label: "Retail",
    definition: "10 organisations in Retail, of every size, that shared their latest completed Convergence diagnostic.",
    organizations: 10,
    fallbackNote: "Fewer than 10 organisations in Retail × 1,000–4,999 employees; showing Retail.",
    parts: [
      comparePart("data", cohortOfTen, 20, 10),
      comparePart("overall", cohortOfTen, 50, 10),
      comparePart("people", toHistogram([1, 2, 3]), 2, 10),
    ],
    computedAt: "2026-11-23T10:00:00.000Z",
  },
  portfolio: null,
};

describe("benchmark rows and the report section", () => {
  it("lists the parts in the instrument's order, overall first", () => {
    expect(benchmarkPartsOf("convergence").map((p) => p.label)).toEqual(["Overall", "Data", "Platforms", "Process", "KPIs", "People"]);
    expect(benchmarkPartsOf("genai").map((p) => p.id)).toEqual(["overall", ...DIMENSION_IDS]);
    const rows = benchmarkRows("convergence", shown.peers?.status === "shown" ? shown.peers.parts : []);
    expect(rows.map((r) => r.part)).toEqual(["overall", "data", "people"]);
    expect(rows[0]).toMatchObject({ label: "Overall", yours: "50", percentile: "45th percentile", lowerQuartile: "42.5", median: "50", upperQuartile: "67.5" });
    expect(rows[1]).toMatchObject({ percentile: "5th percentile" });
    expect(rows[2]).toMatchObject({ percentile: "Too few to show", median: "–", count: 3 });
  });

  it("leads the PDF section with the overall percentile of the named cohort", () => {
    const section = buildBenchmarkReportSection(shown);
    expect(section.kind).toBe("peers");
    expect(section.headline).toBe("Overall, this result sits at the 45th percentile of Retail.");
    expect(section.fallbackNote).toContain("showing Retail");
    expect(section.references).toEqual([]);
    expect(section.method.join(" ")).toContain("half of those with exactly the same score");
  });

  it("falls back to labelled external figures for anonymous results and too-small cohorts", () => {
    const anonymous = buildBenchmarkReportSection({ instrument: "genai", peers: null, portfolio: null });
    expect(anonymous.kind).toBe("external");
    expect(anonymous.rows).toEqual([]);
    expect(anonymous.references.map((r) => r.figure)).toEqual(["93%", "12%", "61%"]);
    expect(anonymous.references[0]?.attribution).toBe(
      "Adobe, Digital Trends Report (2025), as cited in “AI + MarTech: The Convergence Every CMO Needs to Lead” (28 January 2026)",
    );
    const tooFew = buildBenchmarkReportSection({ instrument: "convergence", peers: { status: "too_few", organizations: 4 }, portfolio: null });
    expect(tooFew.headline).toMatch(/^Fewer than 10 organisations have shared a Convergence diagnostic/);
    expect(tooFew.references.length).toBe(referenceFiguresFor("convergence").length);
  });

  it("adds the consultant's portfolio when there is one", () => {
    const section = buildBenchmarkReportSection({
      ...shown,
      portfolio: { clients: 3, parts: [comparePart("overall", toHistogram([40, 50, 60]), 50, 1)] },
    });
    expect(section.portfolio?.heading).toBe("Against your 3 clients");
    expect(section.portfolio?.rows[0]?.percentile).toBe("50th percentile");
    expect(section.portfolio?.headline).toBe("Overall, this result sits at the 50th percentile of your 3 clients.");
    expect(section.portfolio?.definition).toMatch(/^3 clients of your practice have a completed Convergence diagnostic, this one included\. /);
    expect(section.portfolio?.definition).toContain("whether or not it is shared with the benchmark");
  });

  it("shows a portfolio of any size, saying when the client is the only one, and none without clients", () => {
    const one = buildPortfolioSection("genai", { clients: 1, parts: [comparePart("overall", toHistogram([3]), 3, 1)] });
    expect(one?.heading).toBe("Against your 1 client");
    expect(one?.headline).toMatch(/^This is the only one of your clients with a completed Generative AI maturity assessment so far/);
    expect(one?.definition).toMatch(/^1 client of your practice has a completed Generative AI maturity assessment: this one\. /);
    expect(one?.rows[0]).toMatchObject({ percentile: "50th percentile", median: "3" });
    expect(buildPortfolioSection("genai", { clients: 0, parts: [] })).toBeNull();
    expect(buildPortfolioSection("genai", null)).toBeNull();
    // Peers too few or absent: the portfolio still shows.
    expect(buildBenchmarkReportSection({ instrument: "convergence", peers: { status: "too_few", organizations: 2 }, portfolio: { clients: 2, parts: [] } }).portfolio?.heading).toBe(
      "Against your 2 clients",
    );
  });

  it("gives every reference figure a source, a year and where it was cited", () => {
    for (const figure of REFERENCE_FIGURES) {
      expect(figure.figure).toMatch(/^\d+%$/);
      expect(figure.source.length).toBeGreaterThan(3);
      expect(figure.year).toBeGreaterThanOrEqual(2020);
      expect(figure.citedIn).toContain("AI + MarTech");
    }
  });
});

describe("the figures behind each row, for the printed chart", () => {
  it("carries this result and the group's quartiles as numbers, and none when the group is too small to show", () => {
    const shown = comparePart("overall", toHistogram([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]), 55, 10);
    const [row] = benchmarkRows("convergence", [shown]);
    expect(row?.plot).toEqual({ value: 55, q1: shown.quartiles?.q1, median: shown.quartiles?.median, q3: shown.quartiles?.q3 });
    const suppressed = comparePart("overall", toHistogram([10, 20, 30]), 55, 10);
    expect(benchmarkRows("convergence", [suppressed])[0]?.plot).toBeNull();
  });

  it("gives the chart the instrument's scale", () => {
    expect(buildBenchmarkReportSection({ instrument: "convergence", peers: null, portfolio: null }).scale).toMatchObject({ min: 0, max: 100 });
    expect(buildBenchmarkReportSection({ instrument: "genai", peers: null, portfolio: null }).scale).toMatchObject({ min: 1, max: 5 });
  });
});
