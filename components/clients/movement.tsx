import type { Movement, PartChange } from "@/lib/plan/check-in";
import { describeMovement, MOVEMENT_TONE, type InstrumentId } from "./format";

/** An arrow (or a dot) whose shape says the direction; the words beside it say it too. */
function MovementIcon({ movement }: { movement: Movement }) {
  return (
    <svg viewBox="0 0 12 12" aria-hidden="true" className="size-3 shrink-0" fill="currentColor">
      {movement === "up" ? <path d="M6 1.5 11 10H1z" /> : null}
      {movement === "down" ? <path d="M6 10.5 1 2h10z" /> : null}
      {movement === "held" ? <rect x="1.5" y="4.75" width="9" height="2.5" rx="1" /> : null}
      {movement === "not_measured" ? <circle cx="6" cy="6" r="4" fill="none" stroke="currentColor" strokeWidth="1.5" /> : null}
    </svg>
  );
}

/** How a part moved between two rounds, with its icon. */
export function MovementText({ instrument, change }: { instrument: InstrumentId; change: PartChange<string> }) {
  return (
    <span className={`inline-flex items-center gap-1.5 font-medium ${MOVEMENT_TONE[change.movement]}`}>
      <MovementIcon movement={change.movement} />
      <span className="text-ink">{describeMovement(instrument, change)}</span>
    </span>
  );
}
