import type { MaturityLevel } from "@/lib/instruments/types";
import { LEVEL_FILL } from "./level-style";

/** The five levels of a model in a row, the current one filled with its colour and marked for screen readers. */
export function LevelScale({
  levels,
  current,
  label,
}: {
  levels: readonly { level: MaturityLevel; name: string }[];
  current: MaturityLevel;
  label: string;
}) {
  return (
    <ol className="grid grid-cols-5 gap-1.5" aria-label={label}>
      {levels.map((level) => {
        const isCurrent = level.level === current;
        return (
          <li
            key={level.level}
            aria-current={isCurrent ? "step" : undefined}
            className={`rounded-control px-2 py-2 text-xs max-sm:text-center sm:text-small ${
              isCurrent ? `${LEVEL_FILL[level.level]} font-semibold` : "bg-sunken text-muted"
            }`}
          >
            <span className="block tabular-nums">
              <span className="sr-only">Level </span>
              {level.level}
            </span>
            {/* Five names do not fit a phone's width; the heading above names the current one. */}
            <span className="block leading-tight max-sm:sr-only">{level.name}</span>
          </li>
        );
      })}
    </ol>
  );
}
