import { TableScroll } from "@/components/ui/table-scroll";
import type { CombinedConvergence, CombinedGenAi } from "@/lib/scoring/team";
import { levelLabelOf, partNameOf } from "./team-labels";

/**
 * The combined result of a round: per pillar or dimension the median, its level and the spread
 * between respondents (lowest to highest). Convergence in points out of 100, GenAI in levels.
 */
export function CombinedResultTable({ combined }: { combined: CombinedConvergence | CombinedGenAi }) {
  const instrument = combined.instrument;
  const rows = combined.instrument === "convergence" ? combined.pillars : combined.dimensions;
  const isPoints = instrument === "convergence";
  return (
    <TableScroll label={`Combined result per ${isPoints ? "pillar" : "dimension"}`}>
      <table className="w-full border-collapse text-left text-small" data-testid="combined-table">
        <caption className="sr-only">
          Combined result per {isPoints ? "pillar" : "dimension"}: median, level and spread between respondents
        </caption>
        <thead>
          <tr className="border-b border-border text-muted">
            <th scope="col" className="py-2 pr-4 font-semibold">{isPoints ? "Pillar" : "Dimension"}</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">Rated by</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">{isPoints ? "Median score" : "Median today"}</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Level</th>
            <th scope="col" className="py-2 font-semibold">Spread (lowest–highest)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.part} className="border-b border-border" data-part={row.part}>
              <th scope="row" className="py-2.5 pr-4 font-medium text-ink">{partNameOf(instrument, row.part)}</th>
              <td className="py-2.5 pr-4 text-right tabular-nums text-ink">{row.count}</td>
              <td className="py-2.5 pr-4 text-right tabular-nums text-ink">{row.median ?? "–"}</td>
              <td className="py-2.5 pr-4 text-ink">{row.level ? levelLabelOf(instrument, row.level) : "Not rated"}</td>
              <td className="py-2.5 tabular-nums text-ink">
                {row.min === null || row.max === null ? (
                  "–"
                ) : (
                  <>
                    {row.min}–{row.max}
                    <span className="text-muted">
                      {" "}
                      ({row.spread === 0 ? "all agree" : `${row.spread} ${isPoints ? "points" : row.spread === 1 ? "level" : "levels"} apart`})
                    </span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
