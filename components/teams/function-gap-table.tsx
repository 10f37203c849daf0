import { Badge } from "@/components/ui/badge";
import { TableScroll } from "@/components/ui/table-scroll";
import { functionDifferenceLabel, functionViewLabel } from "@/lib/report/team-sections";
import type { FunctionGap } from "@/lib/scoring/team-gaps";
import type { Instrument } from "@/lib/validation/assessment";
import { partNameOf } from "./team-labels";

export interface FunctionGapTableProps {
  instrument: Instrument;
  firstName: string;
  secondName: string;
  gaps: readonly FunctionGap<string>[];
}

/** The parts ranked by how far two functions' ratings are apart; two levels or more: discuss first. */
export function FunctionGapTable({ instrument, firstName, secondName, gaps }: FunctionGapTableProps) {
  return (
    <TableScroll label={`Differences between ${firstName} and ${secondName}`}>
      <table className="w-full border-collapse text-left text-small" data-testid="gap-table">
        <caption className="sr-only">
          {instrument === "convergence" ? "Pillars" : "Dimensions"} ranked by the difference between {firstName} and {secondName}
        </caption>
        <thead>
          <tr className="border-b border-border text-muted">
            <th scope="col" className="py-2 pr-4 font-semibold">{instrument === "convergence" ? "Pillar" : "Dimension"}</th>
            <th scope="col" className="py-2 pr-4 font-semibold">{firstName}</th>
            <th scope="col" className="py-2 pr-4 font-semibold">{secondName}</th>
            <th scope="col" className="py-2 font-semibold">Difference</th>
          </tr>
        </thead>
        <tbody>
          {gaps.map((gap) => (
            <tr key={gap.part} className={`border-b border-border ${gap.discussFirst ? "bg-warning-soft" : ""}`} data-part={gap.part} data-discuss-first={gap.discussFirst ? "true" : "false"}>
              <th scope="row" className="py-2.5 pr-4 font-medium text-ink">
                {partNameOf(instrument, gap.part)}
                {gap.discussFirst ? (
                  <Badge tone="warning" className="ml-2 border-warning/40">
                    Discuss first
                  </Badge>
                ) : null}
              </th>
              <td className="py-2.5 pr-4 text-ink">{functionViewLabel(instrument, gap.first)}</td>
              <td className="py-2.5 pr-4 text-ink">{functionViewLabel(instrument, gap.second)}</td>
              <td className="py-2.5 text-ink">{functionDifferenceLabel(gap, firstName, secondName)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
