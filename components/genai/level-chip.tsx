import { getGenAiLevel } from "@/lib/instruments/genai";
import type { MaturityLevel } from "@/lib/instruments/types";
import { LEVEL_FILL } from "@/components/results/level-style";

/**
 * A level number in its colour, followed by "Level N: Name". The words are for screen readers
 * only unless `nameClassName` shows them (e.g. "max-lg:sr-only" shows them on wide screens).
 */
export function LevelChip({ level, nameClassName = "sr-only" }: { level: MaturityLevel; nameClassName?: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span
        aria-hidden="true"
        className={`inline-grid size-6 shrink-0 place-items-center rounded-md text-xs font-semibold tabular-nums ${LEVEL_FILL[level]}`}
      >
        {level}
      </span>
      <span className={nameClassName}>
        <span className="sr-only">Level {level}: </span>
        {getGenAiLevel(level).name}
      </span>
    </span>
  );
}
