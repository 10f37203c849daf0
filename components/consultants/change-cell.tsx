import { signed } from "./format";

type Direction = "up" | "down" | "flat";

const TONE: Record<Direction, string> = { up: "text-success", down: "text-danger", flat: "text-muted" };

function directionOf(n: number): Direction {
  return n > 0 ? "up" : n < 0 ? "down" : "flat";
}

/** An arrow whose shape carries the direction (the signed number beside it says it too). */
function Arrow({ direction }: { direction: Direction }) {
  return (
    <svg viewBox="0 0 12 12" aria-hidden="true" className="size-3 shrink-0" fill="currentColor">
      {direction === "up" ? <path d="M6 1.5 11 10H1z" /> : null}
      {direction === "down" ? <path d="M6 10.5 1 2h10z" /> : null}
      {direction === "flat" ? <rect x="1.5" y="4.75" width="9" height="2.5" rx="1" /> : null}
    </svg>
  );
}

function levels(n: number): string {
  return Math.abs(n) === 1 ? "level" : "levels";
}

/** One instrument's change: "▲ +1 level · +15 pts", "▬ No change", with its name for context. */
function ChangeLine({ label, levelChange, scoreChange }: { label: string; levelChange: number | null; scoreChange?: number | null }) {
  if (levelChange === null) return null;
  // Convergence moves by score within a level; the score says more than a flat level.
  const lead = typeof scoreChange === "number" && levelChange === 0 ? scoreChange : levelChange;
  const direction = directionOf(lead);
  return (
    <li className="flex items-center gap-1.5 whitespace-nowrap">
      <span className="w-20 text-xs text-muted">{label}</span>
      <span className={`inline-flex items-center gap-1 font-medium tabular-nums ${TONE[direction]}`}>
        <Arrow direction={direction} />
        {levelChange === 0 && (typeof scoreChange !== "number" || scoreChange === 0) ? (
          "No change"
        ) : (
          <>
            {levelChange !== 0 ? `${signed(levelChange)} ${levels(levelChange)}` : "Same level"}
            {typeof scoreChange === "number" && scoreChange !== 0 ? <span className="text-muted"> · {signed(scoreChange)} pts</span> : null}
          </>
        )}
      </span>
    </li>
  );
}

/** The change since each instrument's previous completed assessment; a dash when there is nothing to compare. */
export function ChangeCell(props: {
  convergenceLevelChange: number | null;
  convergenceScoreChange: number | null;
  genaiLevelChange: number | null;
}) {
  if (props.convergenceLevelChange === null && props.genaiLevelChange === null) {
    return (
      <span className="text-muted">
        <span aria-hidden="true">—</span>
        <span className="sr-only">No earlier assessment to compare with</span>
      </span>
    );
  }
  return (
    <ul className="flex flex-col gap-1">
      <ChangeLine label="Convergence" levelChange={props.convergenceLevelChange} scoreChange={props.convergenceScoreChange} />
      <ChangeLine label="GenAI" levelChange={props.genaiLevelChange} />
    </ul>
  );
}
