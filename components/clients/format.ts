import { getConvergenceLevel, getPillar, type PillarId } from "@/lib/instruments/convergence";
import { getDimension, getGenAiLevel, type DimensionId } from "@/lib/instruments/genai";
import { isMaturityLevel } from "@/lib/instruments/types";
import type { Movement, PartChange } from "@/lib/plan/check-in";

/** Display helpers shared by the client page's sections. */

export type InstrumentId = "convergence" | "genai";

export { INSTRUMENT_NAMES } from "@/components/teams/team-labels";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function partName(instrument: InstrumentId, part: string): string {
  return instrument === "convergence" ? getPillar(part as PillarId).name : getDimension(part as DimensionId).name;
}

/** "Level 3 · Aligned", or a dash when there is no level. */
export function levelLabel(instrument: InstrumentId, level: number | null): string {
  if (!isMaturityLevel(level)) return "—";
  const name = instrument === "convergence" ? getConvergenceLevel(level).name : getGenAiLevel(level).name;
  return `Level ${level} · ${name}`;
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : "0");
const plural = (n: number, one: string, many: string) => `${Math.abs(n)} ${Math.abs(n) === 1 ? one : many}`;

/** A signed delta for a table cell: "+15", "−1", "0", or a dash when not measured. */
export function formatDelta(delta: number | null): string {
  return delta === null ? "—" : signed(delta);
}

/** How a part moved, in words: "Up 15 points (level 2 → 3)", "Held", "Not measured". */
export function describeMovement(instrument: InstrumentId, change: PartChange<string>): string {
  if (change.movement === "not_measured" || change.delta === null) return "Not measured in both rounds";
  if (change.movement === "held") return "Held";
  const direction = change.movement === "up" ? "Up" : "Down";
  if (instrument === "genai") return `${direction} ${plural(change.delta, "level", "levels")}`;
  const levels =
    change.levelDelta !== null && change.levelDelta !== 0 ? ` (level ${change.beforeLevel} → ${change.afterLevel})` : "";
  return `${direction} ${plural(change.delta, "point", "points")}${levels}`;
}

export const MOVEMENT_TONE: Record<Movement, string> = {
  up: "text-success",
  held: "text-muted",
  down: "text-danger",
  not_measured: "text-muted",
};

/** A part's value in a round: "62" (Convergence points) or "Level 3" (GenAI), or "Not measured". */
export function formatValue(instrument: InstrumentId, value: number | null): string {
  if (value === null) return "Not measured";
  return instrument === "convergence" ? String(value) : `Level ${value}`;
}
