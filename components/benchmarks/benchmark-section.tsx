import { BenchmarkChart, type BenchmarkChartRow } from "@/components/charts/benchmark-chart";
import { Alert } from "@/components/ui/alert";
import { pageActor } from "@/lib/auth/actor";
import { getAssessmentBenchmark } from "@/lib/data/benchmarks";
import type { PartComparison } from "@/lib/scoring/benchmarks";
import {
  benchmarkPartsOf,
  benchmarkScaleOf,
  buildBenchmarkReportSection,
  type BenchmarkInstrument,
} from "@/lib/scoring/benchmarks-summary";
import { BenchmarkChoiceForm } from "./benchmark-choice-form";
import { BenchmarkTable } from "./benchmark-table";
import { ReferenceFiguresList } from "./reference-figures-list";

function chartRows(instrument: BenchmarkInstrument, parts: readonly PartComparison[]): BenchmarkChartRow[] {
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

/**
 * "Where you stand against peers" at the end of a result page (server component): the percentile
 * overall and per pillar or dimension against the organisation's cohort, the cohort's quartiles on
 * a chart, its size and definition, the consultant's portfolio for the client's consultant,
 * published reference figures when no cohort can be shown, and the organisation's choice to share.
 */
export async function BenchmarkSection({ assessmentId }: { assessmentId: string }) {
  const benchmark = await getAssessmentBenchmark(await pageActor(), assessmentId);
  const { instrument, peers, choice } = benchmark;
  const report = buildBenchmarkReportSection(benchmark);
  const scale = chartScale(instrument);
  const youLabel = instrument === "convergence" ? "Your score" : "Your level";
  const partsName = instrument === "convergence" ? "pillar" : "dimension";

  return (
    <section id="benchmarks" aria-labelledby="benchmarks-heading" className="flex scroll-mt-8 flex-col gap-6">
      <div className="max-w-3xl">
        <p className="text-eyebrow text-brand-ink uppercase">Benchmarks</p>
        <h2 id="benchmarks-heading" className="mt-2 text-2xl font-semibold text-ink">
          {report.heading}
        </h2>
        <p className="mt-2 text-ink" data-testid="benchmark-headline">
          {report.headline}
        </p>
      </div>

      {peers?.status === "shown" ? (
        <div className="flex flex-col gap-4">
          <p className="text-small text-muted" data-testid="benchmark-cohort">
            <span className="font-semibold text-ink">Compared with {report.cohortLabel}.</span> {report.cohortDefinition}
          </p>
          {report.fallbackNote ? (
            <Alert tone="info" role="none">
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
          <BenchmarkTable caption={`Percentile and quartiles of each ${partsName} against ${report.cohortLabel ?? "the group"}`} columns={report.columns} rows={report.rows} />
        </div>
      ) : null}

      {report.portfolio ? (
        <section aria-labelledby="portfolio-heading" className="flex flex-col gap-3">
          <h3 id="portfolio-heading" className="text-title text-ink">
            {report.portfolio.heading}
          </h3>
          <p className="text-small text-muted">
            Your own clients&apos; latest results, whether or not they share them with the benchmark, since they are your data.
            Seen only by your practice.
          </p>
          <BenchmarkTable caption="Percentile and quartiles against your clients" columns={report.columns} rows={report.portfolio.rows} />
        </section>
      ) : null}

      <ReferenceFiguresList references={report.references} />

      <details className="text-small text-muted">
        <summary className="cursor-pointer font-semibold text-ink">How these figures are computed</summary>
        <div className="mt-2 flex max-w-3xl flex-col gap-2">
          {report.method.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      </details>

      {choice.isSaved ? <BenchmarkChoiceForm assessmentId={assessmentId} choice={choice} partsName={partsName} /> : null}
    </section>
  );
}
