import Link from "next/link";
import { BenchmarkFiguresPanel } from "@/components/benchmarks/benchmark-figures";
import { Card } from "@/components/ui/card";
import { Heading } from "@/components/ui/heading";
import type { ClientBenchmark } from "@/lib/data/client-detail";
import { pathsOf } from "@/lib/http/paths";
import { buildBenchmarkReportSection } from "@/lib/scoring/benchmarks-summary";
import { formatDate, INSTRUMENT_NAMES } from "./format";

/** Whether the compared result counts in the peer figures, in words. */
function sharingStatus(item: ClientBenchmark): string {
  const { choice } = item.benchmark;
  if (choice.optIn) {
    return `Shared with the benchmark${choice.optInAt ? ` since ${formatDate(choice.optInAt)}` : ""}: it counts in the peer figures.`;
  }
  return "Not shared with the benchmark: the client sees where it stands, but its scores are not counted in the peer figures.";
}

/**
 * The client page's benchmarks (server component): for each instrument, the client's latest
 * completed result against its peer cohort and against the practice's own clients. The choice to
 * share stays on the result itself, which the link opens.
 */
export function ClientBenchmarks({ items }: { items: readonly ClientBenchmark[] }) {
  return (
    <section id="benchmarks" aria-labelledby="benchmarks-heading" className="scroll-mt-6">
      <Heading level={2} size="title" id="benchmarks-heading">
        Where the client stands
      </Heading>
      <p className="mt-1 mb-5 text-muted">
        The latest completed result of each instrument, against its peers in the anonymous benchmark and against your own clients.
      </p>
      {items.length === 0 ? (
        <Card tone="sunken">
          <p className="text-ink">Benchmarks appear here once the client has a completed assessment.</p>
        </Card>
      ) : (
        <div className="flex flex-col gap-6">
          {items.map((item) => {
            const report = buildBenchmarkReportSection(item.benchmark);
            const prefix = `client-${item.instrument}-`;
            const headingId = `${prefix}benchmarks-heading`;
            return (
              <Card
                as="section"
                key={item.instrument}
                aria-labelledby={headingId}
                data-testid={`client-benchmark-${item.instrument}`}
                className="flex flex-col gap-5"
              >
                <div className="flex flex-col gap-2">
                  <Heading level={3} size="title" id={headingId}>
                    {INSTRUMENT_NAMES[item.instrument]}: latest result, {formatDate(item.completedAt)}
                  </Heading>
                  <p className="text-small text-muted">
                    {item.roundKind === "team"
                      ? "The answers of the latest respondent to finish in a team round, the client's latest completed result. "
                      : "The client's latest completed result. "}
                    <Link href={`${pathsOf(item.instrument, item.assessmentId).result}#benchmarks`} className="font-semibold text-brand-ink underline">
                      Open this result<span className="sr-only"> ({INSTRUMENT_NAMES[item.instrument]})</span>
                    </Link>
                    {item.benchmark.choice.canChange ? " to change whether it is shared." : "."}
                  </p>
                  <p className="text-small font-semibold text-ink" data-testid="benchmark-share-status">
                    {sharingStatus(item)}
                  </p>
                  <p className="text-ink" data-testid="benchmark-headline">
                    {report.headline}
                  </p>
                </div>
                <BenchmarkFiguresPanel benchmark={item.benchmark} report={report} idPrefix={prefix} headingLevel={4} subject="client" />
              </Card>
            );
          })}
        </div>
      )}
    </section>
  );
}
