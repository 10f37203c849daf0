/**
 * Names of a pillar or dimension and of a level, for either instrument: the team pages, the
 * Marketing-vs-IT gap table and the executive PDF print the same words. Pure.
 */
import { getConvergenceLevel, getPillar, type PillarId } from "../instruments/convergence";
import { getDimension, getGenAiLevel, type DimensionId } from "../instruments/genai";
import { isMaturityLevel } from "../instruments/types";

export type TeamInstrument = "convergence" | "genai";

/** The name of a pillar or dimension. */
export function partNameOf(instrument: TeamInstrument, part: string): string {
  return instrument === "convergence" ? getPillar(part as PillarId).name : getDimension(part as DimensionId).name;
}

/** "3 · Aligned" for the instrument's level names; "–" without a level. */
export function levelLabelOf(instrument: TeamInstrument, level: number | null): string {
  if (!isMaturityLevel(level)) return "–";
  return `${level} · ${instrument === "convergence" ? getConvergenceLevel(level).name : getGenAiLevel(level).name}`;
}
