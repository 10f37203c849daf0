import { getConvergenceLevel, getPillar, type PillarId } from "@/lib/instruments/convergence";
import type { PillarScore } from "@/lib/scoring/convergence";

/** Pillar scores as a table: the accessible twin of the radar. */
export function PillarScoreTable({ pillars, biggestDisconnect }: { pillars: readonly PillarScore[]; biggestDisconnect: PillarId | null }) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">Score and level of each pillar</caption>
      <thead>
        <tr className="border-b border-border text-muted">
          <th scope="col" className="py-2 pr-3 font-medium">Pillar</th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">Score</th>
          <th scope="col" className="py-2 font-medium">Level</th>
        </tr>
      </thead>
      <tbody>
        {pillars.map((p) => (
          <tr key={p.pillar} className="border-b border-border" data-pillar={p.pillar}>
            <th scope="row" className="py-2.5 pr-3 font-medium text-ink">
              {getPillar(p.pillar).name}
              {p.pillar === biggestDisconnect ? (
                <span className="ml-2 rounded-full bg-warning-soft px-2 py-0.5 text-xs font-medium text-ink">weakest</span>
              ) : null}
            </th>
            <td className="py-2.5 pr-3 text-right tabular-nums text-ink">{p.score ?? "–"}</td>
            <td className="py-2.5 text-ink">
              {p.level ? `${p.level} · ${getConvergenceLevel(p.level).name}` : "Not scored"}
              {p.dontKnowCount > 0 ? (
                <span className="block text-xs text-muted">{p.dontKnowCount} “don&apos;t know”</span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
