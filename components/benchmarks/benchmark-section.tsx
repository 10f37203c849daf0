import { pageActor } from "@/lib/auth/actor";
import { getAssessmentBenchmark } from "@/lib/data/benchmarks";
import { buildBenchmarkReportSection } from "@/lib/scoring/benchmarks-summary";
import { BenchmarkChoiceForm } from "./benchmark-choice-form";
import { BenchmarkFiguresPanel, partsNameOf } from "./benchmark-figures";

/**
 * "Where you stand against peers" at the end of a result page (server component): the percentile
 * overall and per pillar or dimension against the organisation's cohort, the cohort's quartiles on
 * a chart, its size and definition, the consultant's portfolio for the client's consultant,
 * published reference figures when no cohort can be shown, and the organisation's choice to share.
 */
export async function BenchmarkSection({ assessmentId }: { assessmentId: string }) {
  const benchmark = await getAssessmentBenchmark(await pageActor(), assessmentId);
  const report = buildBenchmarkReportSection(benchmark);

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

      <BenchmarkFiguresPanel benchmark={benchmark} report={report} />

      {benchmark.choice.isSaved ? (
        <BenchmarkChoiceForm assessmentId={assessmentId} choice={benchmark.choice} partsName={partsNameOf(benchmark.instrument)} />
      ) : null}
    </section>
  );
}
