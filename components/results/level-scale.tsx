import { CONVERGENCE_LEVELS } from "@/lib/instruments/convergence";
import type { MaturityLevel } from "@/lib/instruments/types";

// Literal class names so Tailwind generates them.
const LEVEL_FILL: Record<MaturityLevel, string> = {
  1: "bg-level-1 text-on-level-1",
  2: "bg-level-2 text-on-level-2",
  3: "bg-level-3 text-on-level-3",
  4: "bg-level-4 text-on-level-4",
  5: "bg-level-5 text-on-level-5",
};

/** The five levels in a row, the current one filled with its colour and marked for screen readers. */
export function LevelScale({ current }: { current: MaturityLevel }) {
  return (
    <ol className="grid grid-cols-5 gap-1.5" aria-label="The five Convergence levels">
      {CONVERGENCE_LEVELS.map((level) => {
        const isCurrent = level.level === current;
        return (
          <li
            key={level.level}
            aria-current={isCurrent ? "step" : undefined}
            className={`rounded-control px-2 py-2 text-xs sm:text-small ${
              isCurrent ? `${LEVEL_FILL[level.level]} font-semibold` : "bg-sunken text-muted"
            }`}
          >
            <span className="block tabular-nums">{level.level}</span>
            <span className="block truncate">{level.name}</span>
          </li>
        );
      })}
    </ol>
  );
}
