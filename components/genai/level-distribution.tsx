import { GENAI_LEVELS, getDimension } from "@/lib/instruments/genai";
import type { GenAiScore } from "@/lib/scoring/genai";
import { LEVEL_BAR } from "@/components/results/level-style";

/** How many rated dimensions sit at each level today, with their names: the spread behind the median. */
export function LevelDistribution({ score }: { score: GenAiScore }) {
  const largest = Math.max(1, ...Object.values(score.distribution));
  return (
    <div>
      <h3 className="text-title text-ink">Where your dimensions sit today</h3>
      <p className="mt-1 text-small text-muted">
        {score.ratedCount} rated {score.ratedCount === 1 ? "dimension" : "dimensions"}, counted by today&apos;s level.
      </p>
      <ol className="mt-4 flex flex-col gap-3" aria-label="Dimensions per level today">
        {GENAI_LEVELS.map((level) => {
          const count = score.distribution[level.level];
          const names = score.dimensions
            .filter((d) => d.status === "rated" && d.current === level.level)
            .map((d) => getDimension(d.dimension).name);
          return (
            <li key={level.level} className="break-inside-avoid" data-level={level.level}>
              <div className="flex items-baseline justify-between gap-3 text-small">
                <span className="font-medium text-ink">
                  {level.level} · {level.name}
                </span>
                <span className="tabular-nums text-muted">
                  {count} {count === 1 ? "dimension" : "dimensions"}
                </span>
              </div>
              <div aria-hidden="true" className="mt-1 h-2.5 w-full overflow-hidden rounded-pill bg-sunken">
                <div
                  className={`h-full rounded-pill ${LEVEL_BAR[level.level]}`}
                  style={{ width: `${(count / largest) * 100}%` }}
                />
              </div>
              {names.length > 0 ? <p className="mt-1 text-xs text-muted">{names.join(", ")}</p> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
