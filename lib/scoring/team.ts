/*
 * Combining several respondents of one round. Pure: respondents' results in, combined result out.
 * The combined overall is the median respondent: the lower median of their overall levels (never
 * rounded up, like the GenAI model's own rule) and the median of their overall scores.
 */
import { PILLAR_IDS, QUESTIONS, type PillarId } from "../instruments/convergence";
import { DIMENSION_IDS, GTM_MOTIONS, NOT_APPLICABLE, type DimensionId, type GtmMotion } from "../instruments/genai";
import { isMaturityLevel, type MaturityLevel } from "../instruments/types";
import { levelForScore, scoreConvergence, type ConvergenceAnswers, type ConvergenceScore, type PillarScore } from "./convergence";
import { findLowerMedianLevel, scoreGenAi, type DimensionRating, type GenAiRatings, type GenAiScore } from "./genai";

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

/** One pillar's or dimension's figures across respondents. */
export interface PartSummary<Part extends string> {
  part: Part;
  /** How many respondents gave this part a value (don't know / not applicable are left out). */
  count: number;
  /** Convergence: the median pillar score (0–100). GenAI: the lower median current level. */
  median: number | null;
  /** The level of the median (Convergence: its band; GenAI: the median itself). */
  level: MaturityLevel | null;
  min: number | null;
  max: number | null;
  /** max − min: how far apart the respondents are (points for Convergence, levels for GenAI). */
  spread: number | null;
}

export interface CombinedConvergence {
  instrument: "convergence";
  pillars: PartSummary<PillarId>[];
  overall: CombinedOverall;
}

export interface CombinedGenAi {
  instrument: "genai";
  dimensions: (PartSummary<DimensionId> & { medianTarget: MaturityLevel | null })[];
  overall: CombinedOverall;
}

function summarise<Part extends string>(
  part: Part,
  values: readonly number[],
  middle: (values: readonly number[]) => number | null,
  levelOf: (median: number) => MaturityLevel,
): PartSummary<Part> {
  if (values.length === 0) return { part, count: 0, median: null, level: null, min: null, max: null, spread: null };
  const m = middle(values);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { part, count: values.length, median: m, level: m === null ? null : levelOf(m), min, max, spread: max - min };
}

const roundedMedian = (values: readonly number[]) => {
  const m = median(values);
  return m === null ? null : Math.round(m);
};
const lowerMedianLevel = (values: readonly number[]) => findLowerMedianLevel(values.filter(isMaturityLevel));
const asLevel = (value: number): MaturityLevel => (isMaturityLevel(value) ? value : levelForScore(value));

/** Combines the Convergence answers of several respondents: per pillar the median and spread. */
export function combineConvergence(respondents: readonly ConvergenceAnswers[]): CombinedConvergence {
  const scores = respondents.map((answers) => scoreConvergence(answers));
  const pillars = PILLAR_IDS.map((pillar) =>
    summarise(
      pillar,
      scores.flatMap((s) => {
        const score = s.pillars.find((p) => p.pillar === pillar)?.score;
        return score === null || score === undefined ? [] : [score];
      }),
      roundedMedian,
      levelForScore,
    ),
  );
  return {
    instrument: "convergence",
    pillars,
    overall: combineOverall(scores.map((s) => ({ score: s.overallScore, level: s.overallLevel }))),
  };
}

/** Combines the GenAI ratings of several respondents: per dimension the lower median and spread. */
export function combineGenAi(respondents: readonly GenAiRatings[]): CombinedGenAi {
  const scores = respondents.map((ratings) => scoreGenAi(ratings));
  const dimensions = DIMENSION_IDS.map((dimension) => {
    const results = scores.flatMap((s) => s.dimensions.filter((d) => d.dimension === dimension && d.status === "rated"));
    const summary = summarise(dimension, results.flatMap((d) => (d.current === null ? [] : [d.current])), lowerMedianLevel, asLevel);
    return { ...summary, medianTarget: findLowerMedianLevel(results.flatMap((d) => (d.target === null ? [] : [d.target]))) };
  });
  return {
    instrument: "genai",
    dimensions,
    overall: combineOverall(scores.map((s) => ({ score: null, level: s.overallLevel }))),
  };
}

/**
 * A team round's combined Convergence result in the shape of one respondent's score, so the
 * plan rules apply to it (the executive report, the 90-day check-in): each pillar at the respondents'
 * median, the overall at the median respondent (as the round page shows it). The weakest-pillar
 * cap was applied to each respondent's own level already, so it is not applied again here.
 */
export function combinedConvergenceScore(combined: CombinedConvergence): ConvergenceScore {
  const pillars = combined.pillars.map(
    (p): PillarScore => ({
      pillar: p.part,
      score: p.median,
      level: p.level,
      scoredCount: p.count,
      dontKnowCount: 0,
      questionCount: QUESTIONS.filter((q) => q.pillar === p.part).length,
    }),
  );
  const scored = pillars.filter((p): p is PillarScore & { score: number } => p.score !== null);
  // PILLAR_IDS order is kept, so the first minimum wins ties, as for one respondent.
  const weakest = scored.length === 0 ? null : scored.reduce((min, p) => (p.score < min.score ? p : min));
  return {
    pillars,
    overallScore: combined.overall.score,
    overallLevel: combined.overall.level,
    uncappedLevel: combined.overall.level,
    isCapped: false,
    biggestDisconnect: weakest?.pillar ?? null,
    unscoredPillars: pillars.filter((p) => p.score === null).map((p) => p.pillar),
    answeredCount: 0,
    questionCount: QUESTIONS.length,
  };
}

/**
 * A team round's combined GenAI ratings: each dimension rated at the respondents' lower median
 * level, its target at their lower median target (never below today). A completed respondent
 * answers every dimension, so one nobody rated was marked not applicable by all of them (the
 * roadmap rules never propose it). Evidence stays with each respondent.
 */
export function combinedGenAiRatings(combined: CombinedGenAi): GenAiRatings {
  const ratings: Partial<Record<DimensionId, DimensionRating>> = {};
  for (const d of combined.dimensions) {
    if (d.level === null) {
      ratings[d.part] = { current: NOT_APPLICABLE, target: null, evidence: "" };
      continue;
    }
    const target = d.medianTarget === null ? null : d.medianTarget < d.level ? d.level : d.medianTarget;
    ratings[d.part] = { current: d.level, target, evidence: "" };
  }
  return ratings;
}

/** The combined GenAI score: per dimension from combinedGenAiRatings, overall the median respondent's level. */
export function combinedGenAiScore(combined: CombinedGenAi): GenAiScore {
  return { ...scoreGenAi(combinedGenAiRatings(combined)), overallLevel: combined.overall.level };
}

/**
 * The go-to-market motion most respondents of a round chose (a tie goes to the motion of the
 * earliest respondent among the tied); hybrid, the neutral one, when nobody chose one.
 * `motions` in the order the respondents finished.
 */
export function majorityMotion(motions: readonly (string | null)[]): GtmMotion {
  const chosen = motions.filter((m): m is GtmMotion => GTM_MOTIONS.some((g) => g.id === m));
  const counts = new Map<GtmMotion, number>();
  for (const m of chosen) counts.set(m, (counts.get(m) ?? 0) + 1);
  let motion: GtmMotion = "hybrid";
  let best = 0;
  for (const m of chosen) {
    const count = counts.get(m) ?? 0;
    if (count > best) {
      best = count;
      motion = m;
    }
  }
  return motion;
}
