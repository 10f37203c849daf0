import type { BenchmarkReportSection } from "@/lib/scoring/benchmarks-summary";

/**
 * Published figures from other surveys, labelled as external with their source and year.
 * `idPrefix` keeps ids unique where several instruments share a page (the consultant's client page).
 */
export function ReferenceFiguresList({
  references,
  idPrefix = "",
  headingLevel = 3,
}: {
  references: BenchmarkReportSection["references"];
  idPrefix?: string;
  headingLevel?: 3 | 4;
}) {
  if (references.length === 0) return null;
  const Title = headingLevel === 3 ? "h3" : "h4";
  const headingId = `${idPrefix}reference-figures-heading`;
  return (
    <section aria-labelledby={headingId} className="rounded-card border border-border bg-surface p-5 sm:p-6">
      <p className="text-eyebrow text-muted uppercase">External figures</p>
      <Title id={headingId} className="mt-1 text-title text-ink">
        What published surveys report
      </Title>
      <p className="mt-1 text-small text-muted">
        These come from other organisations&apos; surveys, with their own questions and samples. They set the scene; they
        are not scores on this diagnostic and do not enter any percentile.
      </p>
      <ul className="mt-4 flex flex-col gap-4">
        {references.map((r) => (
          <li key={`${r.figure}-${r.statement}`} className="flex gap-4">
            <span className="w-14 shrink-0 text-title tabular-nums text-brand-ink">{r.figure}</span>
            <span className="text-small text-ink">
              {r.statement}
              <span className="mt-0.5 block text-muted">Source: {r.attribution}.</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
