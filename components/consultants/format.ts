import { getConvergenceLevel } from "@/lib/instruments/convergence";
import { getGenAiLevel } from "@/lib/instruments/genai";
import { isMaturityLevel, type MaturityLevel } from "@/lib/instruments/types";
import { INDUSTRIES, SIZE_BANDS } from "@/lib/validation/auth";

/** Display helpers of the consultant dashboard. */

export type Instrument = "convergence" | "genai";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "1 Oct 2026" (UTC, so the server and the CSV agree on the day). */
export function formatDay(date: Date): string {
  return dateFormat.format(date);
}

export function industryLabel(value: string): string {
  return INDUSTRIES.find((i) => i.value === value)?.label ?? value;
}

export function sizeLabel(value: string): string {
  return SIZE_BANDS.find((s) => s.value === value)?.label ?? value;
}

/** The level's name in its instrument, or null outside 1–5. */
export function levelName(instrument: Instrument, level: number | null): string | null {
  if (!isMaturityLevel(level)) return null;
  return instrument === "convergence" ? getConvergenceLevel(level).name : getGenAiLevel(level).name;
}

export function asLevel(value: number | null): MaturityLevel | null {
  return isMaturityLevel(value) ? value : null;
}

/** "+2", "−1" (a true minus sign), "0". */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : "0";
}
