import { TableScroll } from "@/components/ui/table-scroll";
import type { BenchmarkReportSection, BenchmarkRow } from "@/lib/scoring/benchmarks-summary";

/** Percentiles and the cohort's quartiles per part: the accessible twin of the chart. */
export function BenchmarkTable({ caption, columns, rows }: { caption: string; columns: BenchmarkReportSection["columns"]; rows: readonly BenchmarkRow[] }) {
  return (
    <TableScroll label={caption}>
      <table className="w-full border-collapse text-left text-small">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-border text-muted">
            <th scope="col" className="py-2 pr-3 font-medium">{columns.part}</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">{columns.yours}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{columns.percentile}</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">{columns.lowerQuartile}</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">{columns.median}</th>
            <th scope="col" className="py-2 text-right font-medium">{columns.upperQuartile}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.part} className="border-b border-border" data-part={row.part}>
              <th scope="row" className="py-2 pr-3 font-medium text-ink">{row.label}</th>
              <td className="py-2 pr-3 text-right tabular-nums text-ink">{row.yours}</td>
              <td className="py-2 pr-3 text-ink">{row.percentile}</td>
              <td className="py-2 pr-3 text-right tabular-nums text-ink">{row.lowerQuartile}</td>
              <td className="py-2 pr-3 text-right tabular-nums text-ink">{row.median}</td>
              <td className="py-2 text-right tabular-nums text-ink">{row.upperQuartile}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
