import { Badge } from "@/components/ui/badge";
import type { FunctionGap, FunctionView } from "@/lib/scoring/team-gaps";
import type { Instrument } from "@/lib/validation/assessment";
import { levelLabelOf, partNameOf } from "./team-labels";

export interface FunctionGapTableProps {
  instrument: Instrument;
  firstName: string;
  secondName: string;
  gaps: readonly FunctionGap<string>[];
}

function viewLabel(instrument: Instrument, view: FunctionView): string {
  if (view.level === null || view.median === null) return "No rating";
  return instrument === "convergence" ? `${levelLabelOf(instrument, view.level)} (${view.median})` : levelLabelOf(instrument, view.level);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function differenceLabel(gap: FunctionGap<string>, firstName: string, secondName: string): string {
  if (gap.difference === null) {
    const missing = [gap.first.level === null ? firstName : null, gap.second.level === null ? secondName : null].filter(Boolean);
    return `Cannot compare: no rating from ${missing.join(" or ")}`;
  }
  const points = gap.pointsDifference;
  if (gap.difference === 0) {
    return points === null || points === 0 ? "Same level" : `Same level, ${plural(Math.abs(points), "point")} apart`;
  }
  const higher = gap.difference > 0 ? firstName : secondName;
  const levels = plural(Math.abs(gap.difference), "level");
  return points === null ? `${higher} ${levels} higher` : `${higher} ${levels} higher (${plural(Math.abs(points), "point")})`;
}

/** The parts ranked by how far two functions' ratings are apart; two levels or more: discuss first. */
export function FunctionGapTable({ instrument, firstName, secondName, gaps }: FunctionGapTableProps) {
  return (
    <div className="overflow-x-auto">
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
              <td className="py-2.5 pr-4 text-ink">{viewLabel(instrument, gap.first)}</td>
              <td className="py-2.5 pr-4 text-ink">{viewLabel(instrument, gap.second)}</td>
              <td className="py-2.5 text-ink">{differenceLabel(gap, firstName, secondName)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
