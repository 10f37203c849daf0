import { TableScroll } from "@/components/ui/table-scroll";
import { getDimension } from "@/lib/instruments/genai";
import type { DimensionResult, GenAiScore } from "@/lib/scoring/genai";
import { LevelChip } from "./level-chip";

function GapCell({ gap }: { gap: number | null }) {
  if (gap === null) return <span className="text-muted">No target</span>;
  if (gap === 0) return <span className="text-muted">Hold</span>;
  return (
    <span className="inline-flex items-center gap-2">
      <span className="font-semibold tabular-nums text-ink">+{gap}</span>
      <span aria-hidden="true" className="flex gap-0.5">
        {Array.from({ length: gap }, (_, i) => (
          <span key={i} className="h-2 w-3 rounded-sm bg-brand" />
        ))}
      </span>
      <span className="sr-only">{gap === 1 ? "level" : "levels"}</span>
    </span>
  );
}

function Row({ result }: { result: DimensionResult }) {
  const dimension = getDimension(result.dimension);
  const isRated = result.status === "rated";
  return (
    <tr className="border-b border-border align-top break-inside-avoid" data-dimension-id={result.dimension}>
      <th scope="row" className="py-3 pr-3 text-left font-medium text-ink">
        {dimension.name}
        {result.evidence ? (
          <span className="mt-1 block text-xs font-normal text-muted">
            <span className="font-medium text-ink">What shows it:</span> {result.evidence}
          </span>
        ) : null}
      </th>
      {isRated && result.current !== null ? (
        <>
          <td className="py-3 pr-3">
            <LevelChip level={result.current} nameClassName="text-ink max-lg:sr-only print:not-sr-only" />
          </td>
          <td className="py-3 pr-3">
            {result.target !== null ? (
              <LevelChip level={result.target} nameClassName="text-ink max-lg:sr-only print:not-sr-only" />
            ) : (
              <span className="text-muted">–</span>
            )}
          </td>
          <td className="py-3">
            <GapCell gap={result.gap} />
          </td>
        </>
      ) : (
        <td colSpan={3} className="py-3 text-muted">
          {result.status === "not_applicable" ? "Not applicable: left out of the score" : "Not answered"}
        </td>
      )}
    </tr>
  );
}

/**
 * Every dimension with today, target and the gap between them, largest gap first; then the ones
 * without a target and those left out. It is also the accessible twin of the radar.
 */
export function GapTable({ score }: { score: GenAiScore }) {
  const listed = new Set(score.gaps.map((g) => g.dimension));
  const rest = score.dimensions.filter((d) => !listed.has(d.dimension));
  const ordered = [...score.gaps, ...rest.filter((d) => d.status === "rated"), ...rest.filter((d) => d.status !== "rated")];
  return (
    <TableScroll label="Gap of each dimension">
      <table className="w-full border-collapse text-left text-small">
        <caption className="sr-only">Today&apos;s level, target level and gap of each dimension, largest gap first</caption>
        <thead>
          <tr className="border-b border-border-strong text-muted">
            <th scope="col" className="py-2 pr-3 font-medium">Dimension</th>
            <th scope="col" className="py-2 pr-3 font-medium">Today</th>
            <th scope="col" className="py-2 pr-3 font-medium">Target</th>
            <th scope="col" className="py-2 font-medium">Gap</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((result) => (
            <Row key={result.dimension} result={result} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
