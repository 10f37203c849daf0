import { LEVEL_FILL } from "@/components/results/level-style";
import { asLevel, levelName, type Instrument } from "./format";

/** A client's latest level: the number in its colour and the level's name; a dash when there is none. */
export function LevelCell({ instrument, level, score }: { instrument: Instrument; level: number | null; score?: number | null }) {
  const known = asLevel(level);
  if (known === null) {
    return (
      <span className="text-muted">
        <span aria-hidden="true">—</span>
        <span className="sr-only">No completed assessment</span>
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden="true" className={`inline-grid size-6 shrink-0 place-items-center rounded-md text-xs font-semibold tabular-nums ${LEVEL_FILL[known]}`}>
        {known}
      </span>
      <span className="flex flex-col leading-tight">
        <span className="font-medium text-ink">
          <span className="sr-only">Level {known}: </span>
          {levelName(instrument, known)}
        </span>
        {typeof score === "number" ? <span className="text-xs text-muted tabular-nums">{score} / 100</span> : null}
      </span>
    </span>
  );
}
