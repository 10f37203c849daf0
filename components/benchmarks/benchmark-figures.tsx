import { BenchmarkChart, type BenchmarkChartRow } from "@/components/charts/benchmark-chart";
import { Alert } from "@/components/ui/alert";
import type { PartComparison } from "@/lib/scoring/benchmarks";
import {
  benchmarkPartsOf,
  benchmarkScaleOf,
  type BenchmarkFigures as Figures,
  type BenchmarkInstrument,
  type BenchmarkReportSection,
} from "@/lib/scoring/benchmarks-summary";
import { BenchmarkTable } from "./benchmark-table";
import { ReferenceFiguresList } from "./reference-figures-list";

/** The chart's rows: one per part in the instrument's order, with the group's quartiles and this result. */
export function chartRows(instrument: BenchmarkInstrument, parts: readonly PartComparison[]): BenchmarkChartRow[] {
  const byPart = new Map(parts.map((p) => [p.part, p]));
  return benchmarkPartsOf(instrument).flatMap(({ id, label }) => {
    const part = byPart.get(id);
    if (!part) return [];
    return [{ label, q1: part.quartiles?.q1 ?? null, median: part.quartiles?.median ?? null, q3: part.quartiles?.q3 ?? null, you: part.value }];
  });
}

function chartScale(instrument: BenchmarkInstrument): { domain: [number, number]; ticks: number[] } {
  const { min, max } = benchmarkScaleOf(instrument);
  return instrument === "convergence" ? { domain: [min, max], ticks: [0, 20, 40, 60, 80, 100] } : { domain: [min, max], ticks: [1, 2, 3, 4, 5] };
}

/** "pillar" or "dimension". */
export const partsNameOf = (instrument: BenchmarkInstrument) => (instrument === "convergence" ? "pillar" : "dimension");

/**
 * Where one result stands (server component, props in): against the peer cohort (its size,
 * definition and any fallback, the quartiles on a chart, the percentiles in a table), against
 * the consultant's own clients when there is a portfolio, published reference figures when no
 * cohort can be shown, and how the figures are computed. The result pages and the consultant's
 * client page both show it; `idPrefix` keeps ids unique when one page shows several,
 * `headingLevel` fits it under the page's outline, and `subject` names whose result it is.
 */
export function BenchmarkFiguresPanel({
  benchmark,
  report,
  idPrefix = "",
  headingLevel = 3,
  subject = "you",
}: {
  benchmark: Figures;
  report: BenchmarkReportSection;
  idPrefix?: string;
  headingLevel?: 3 | 4;
  /** "you" on the result pages; "client" on the consultant's client page. */
  subject?: "you" | "client";
}) {
  const { instrument, peers, portfolio } = benchmark;
  const scale = chartScale(instrument);
  const measure = instrument === "convergence" ? "score" : "level";
  const youLabel = subject === "client" ? `The client's ${measure}` : `Your ${measure}`;
  const columns = { ...report.columns, yours: youLabel };
  const partsName = partsNameOf(instrument);
  const Title = headingLevel === 3 ? "h3" : "h4";
  const portfolioHeadingId = `${idPrefix}portfolio-heading`;

  return (
    <>
      {peers?.status === "shown" ? (
        <div className="flex flex-col gap-4">
          <p className="text-small text-muted" data-testid="benchmark-cohort">
            <span className="font-semibold text-ink">Compared with {report.cohortLabel}.</span> {report.cohortDefinition}
          </p>
          {report.fallbackNote ? (
            <Alert tone="info" role="none" data-testid="benchmark-fallback">
              {report.fallbackNote}
            </Alert>
          ) : null}
          <BenchmarkChart
            label={`Chart: for each ${partsName}, the middle half of ${report.cohortLabel ?? "the group"} and where this result sits. The table below gives the same figures.`}
            rows={chartRows(instrument, peers.parts)}
            domain={scale.domain}
            ticks={scale.ticks}
            youLabel={youLabel}
          />
          <BenchmarkTable caption={`Percentile and quartiles of each ${partsName} against ${report.cohortLabel ?? "the group"}`} columns={columns} rows={report.rows} />
        </div>
      ) : null}

      {report.portfolio && portfolio ? (
        <section aria-labelledby={portfolioHeadingId} className="flex flex-col gap-3" data-testid="benchmark-portfolio">
          <Title id={portfolioHeadingId} className="text-title text-ink">
            {report.portfolio.heading}
          </Title>
          <p className="text-ink" data-testid="portfolio-headline">
            {report.portfolio.headline}
          </p>
          <p className="text-small text-muted" data-testid="portfolio-definition">
            {report.portfolio.definition}
          </p>
          {portfolio.clients > 1 ? (
            <BenchmarkChart
              label={`Chart: for each ${partsName}, the middle half of your clients and where this result sits. The table below gives the same figures.`}
              rows={chartRows(instrument, portfolio.parts)}
              domain={scale.domain}
              ticks={scale.ticks}
              youLabel={youLabel}
              groupLabel="your clients"
            />
          ) : null}
          <BenchmarkTable caption={`Percentile and quartiles of each ${partsName} against your clients`} columns={columns} rows={report.portfolio.rows} />
        </section>
      ) : null}

      <ReferenceFiguresList references={report.references} idPrefix={idPrefix} headingLevel={headingLevel} />

      <details className="text-small text-muted">
        <summary className="cursor-pointer font-semibold text-ink">How these figures are computed</summary>
        <div className="mt-2 flex max-w-3xl flex-col gap-2">
          {report.method.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      </details>
    </>
  );
}
