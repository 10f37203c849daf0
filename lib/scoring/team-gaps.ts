/*
 * The perception gap between two functions of one team round (Marketing against IT, usually).
 * Pure: the round's completed respondents in, one ranked row per pillar or dimension out.
 *
 * - Convergence: each function's median pillar score (0–100, as the combined result computes it);
 *   the two are compared as levels (the score band, levelForScore) and as points.
 * - GenAI: each function's lower median current level of the dimension.
 * - The difference is in levels, first function minus second. Rows are ranked by its absolute
 *   value, largest first; for Convergence equal level differences are ordered by the absolute
 *   points difference (35 points apart says more than 5); remaining ties keep the model's order.
 * - Two or more levels apart is flagged "discuss first".
 * - A part that either function left without a value (don't know, not applicable, or nobody of
 *   that function yet) cannot be compared: it comes last, in the model's order, difference null.
 */
import { PILLAR_IDS, type PillarId } from "../instruments/convergence";
import { DIMENSION_IDS, type DimensionId } from "../instruments/genai";
import type { MaturityLevel } from "../instruments/types";
import type { ConvergenceAnswers } from "./convergence";
import type { GenAiRatings } from "./genai";
import { combineConvergence, combineGenAi, type PartSummary } from "./team";

/** Levels apart from which a part is flagged as the first thing to talk about. */
export const DISCUSS_FIRST_LEVELS = 2;

/** One completed respondent as far as the gap needs: their function and what they answered. */
export interface GapRespondent {
  function: string | null;
  answers: ConvergenceAnswers;
  ratings: GenAiRatings;
}

/** One function's view of one part. */
export interface FunctionView {
  /** Respondents of this function who gave the part a value. */
  count: number;
  /** Convergence: median pillar score (0–100). GenAI: lower median current level. */
  median: number | null;
  level: MaturityLevel | null;
}

export interface FunctionGap<Part extends string> {
  part: Part;
  first: FunctionView;
  second: FunctionView;
  /** first − second, in levels; null when either function has no value. */
  difference: number | null;
  /** Convergence only: first − second, in points; null for GenAI or when either has no value. */
  pointsDifference: number | null;
  /** |difference| ≥ DISCUSS_FIRST_LEVELS. */
  discussFirst: boolean;
}

export interface FunctionGapResult<Part extends string> {
  /** How many completed respondents each function has. */
  firstCount: number;
  secondCount: number;
  /** Ranked: the widest gaps first; parts that cannot be compared last. */
  gaps: FunctionGap<Part>[];
}

export type FunctionGapInput =
  | { instrument: "convergence"; respondents: readonly GapRespondent[] }
  | { instrument: "genai"; respondents: readonly GapRespondent[] };

function viewOf<Part extends string>(summary: PartSummary<Part> | undefined): FunctionView {
  return { count: summary?.count ?? 0, median: summary?.median ?? null, level: summary?.level ?? null };
}

function compare<Part extends string>(
  order: readonly Part[],
  firstParts: readonly PartSummary<Part>[],
  secondParts: readonly PartSummary<Part>[],
  hasPoints: boolean,
): FunctionGap<Part>[] {
  const rows = order.map((part): FunctionGap<Part> => {
    const first = viewOf(firstParts.find((p) => p.part === part));
    const second = viewOf(secondParts.find((p) => p.part === part));
    const comparable = first.level !== null && second.level !== null && first.median !== null && second.median !== null;
    const difference = comparable ? first.level! - second.level! : null;
    return {
      part,
      first,
      second,
      difference,
      pointsDifference: comparable && hasPoints ? first.median! - second.median! : null,
      discussFirst: difference !== null && Math.abs(difference) >= DISCUSS_FIRST_LEVELS,
    };
  });
  // Array.prototype.sort is stable, and `rows` is in the model's order, so ties keep it.
  return rows.sort((a, b) => {
    if (a.difference === null || b.difference === null) return Number(a.difference === null) - Number(b.difference === null);
    const byLevels = Math.abs(b.difference) - Math.abs(a.difference);
    if (byLevels !== 0) return byLevels;
    return Math.abs(b.pointsDifference ?? 0) - Math.abs(a.pointsDifference ?? 0);
  });
}

/** Ranks the pillars or dimensions by how far two functions' ratings are apart. */
export function rankFunctionGaps(input: { instrument: "convergence"; respondents: readonly GapRespondent[] }, first: string, second: string): FunctionGapResult<PillarId>;
export function rankFunctionGaps(input: { instrument: "genai"; respondents: readonly GapRespondent[] }, first: string, second: string): FunctionGapResult<DimensionId>;
export function rankFunctionGaps(input: FunctionGapInput, first: string, second: string): FunctionGapResult<PillarId> | FunctionGapResult<DimensionId>;
export function rankFunctionGaps(input: FunctionGapInput, first: string, second: string): FunctionGapResult<PillarId> | FunctionGapResult<DimensionId> {
  const ofFirst = input.respondents.filter((r) => r.function === first);
  const ofSecond = input.respondents.filter((r) => r.function === second);
  const counts = { firstCount: ofFirst.length, secondCount: ofSecond.length };
  if (input.instrument === "convergence") {
    const a = combineConvergence(ofFirst.map((r) => r.answers)).pillars;
    const b = combineConvergence(ofSecond.map((r) => r.answers)).pillars;
    return { ...counts, gaps: compare(PILLAR_IDS, a, b, true) };
  }
  const a = combineGenAi(ofFirst.map((r) => r.ratings)).dimensions;
  const b = combineGenAi(ofSecond.map((r) => r.ratings)).dimensions;
  return { ...counts, gaps: compare(DIMENSION_IDS, a, b, false) };
}
