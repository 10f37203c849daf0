/*
 * Combining several respondents of one round. Pure: respondents' results in, combined result out.
 * The combined overall is the median respondent: the lower median of their overall levels (never
 * rounded up, like the GenAI model's own rule) and the median of their overall scores.
 */
import { isMaturityLevel, type MaturityLevel } from "@/lib/instruments/types";
import { findLowerMedianLevel } from "@/lib/scoring/genai";

export interface RespondentOverall {
  score: number | null;
  level: number | null;
}

export interface CombinedOverall {
  score: number | null;
  level: MaturityLevel | null;
  respondentCount: number;
}

/** The median of some numbers (the mean of the two middles for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The combined overall of a round's completed respondents. */
export function combineOverall(respondents: readonly RespondentOverall[]): CombinedOverall {
  const scores = respondents.flatMap((r) => (r.score === null ? [] : [r.score]));
  const levels = respondents.flatMap((r) => (isMaturityLevel(r.level) ? [r.level] : []));
  const middleScore = median(scores);
  return {
    score: middleScore === null ? null : Math.round(middleScore),
    level: findLowerMedianLevel(levels),
    respondentCount: respondents.length,
  };
}
