/**
 * Scoring of the Generative AI maturity model. Pure: ratings in, scores out.
 *
 * The rule (the result page shows GENAI_OVERALL_RULE):
 * - each dimension is rated with the level the team is at today and, optionally, a target;
 * - "Not applicable" and unanswered dimensions are left out of every score, count and gap;
 * - the overall level is the median of the rated dimensions' current levels; with an even
 *   number of them, the lower of the two middle levels. Maturity is never rounded up: a
 *   roadmap built on an inflated level asks the foundation to carry more than it can;
 * - a dimension's gap is target − current; the gaps list holds the rated dimensions that
 *   have a target, largest gap first, ties in the model's order.
 *
 * A target below the current level is invalid: lib/validation rejects it before it is
 * stored. Scoring still has to survive old or hand-made data, so it clamps such a target
 * up to the current level (a gap of 0) rather than reporting a negative gap.
 */
import { DIMENSION_IDS, NOT_APPLICABLE, type DimensionId } from "../instruments/genai";
import { MATURITY_LEVELS, isMaturityLevel, type MaturityLevel } from "../instruments/types";

/** One dimension as rated by a respondent. */
export type DimensionRating = {
  current: MaturityLevel | typeof NOT_APPLICABLE;
  /** Where the team wants to be; null when no target was set. Never below `current`. */
  target: MaturityLevel | null;
  /** What the respondent observed that justifies the rating; may be empty. */
  evidence: string;
};

/** Ratings by dimension id. Missing dimensions are unanswered; unknown ids are ignored. */
export type GenAiRatings = Readonly<Partial<Record<DimensionId, DimensionRating>>>;

export type DimensionStatus = "rated" | "not_applicable" | "unanswered";

export type DimensionResult = {
  dimension: DimensionId;
  status: DimensionStatus;
  /** Null unless the dimension is rated. */
  current: MaturityLevel | null;
  /** Null unless the dimension is rated and has a target. */
  target: MaturityLevel | null;
  /** target − current (0–4), or null without a target. */
  gap: number | null;
  evidence: string;
};

export type GenAiScore = {
  /** All thirteen dimensions, in the model's order. */
  dimensions: DimensionResult[];
  ratedCount: number;
  notApplicableCount: number;
  unansweredCount: number;
  /** Lower median of the rated current levels; null when nothing is rated. */
  overallLevel: MaturityLevel | null;
  /** How many rated dimensions sit at each current level. */
  distribution: Record<MaturityLevel, number>;
  /** Rated dimensions with a target, largest gap first, ties in the model's order. */
  gaps: DimensionResult[];
};

/** The overall-level rule in plain words, for the result page and the PDF. */
export const GENAI_OVERALL_RULE =
  "Your overall level is the middle value of the current levels you gave the dimensions you rated, leaving out those marked not applicable, and when an even count leaves two levels in the middle we take the lower one, so maturity is never rounded up.";

/** The result of one dimension: a rating that does not fit the type counts as unanswered. */
function scoreDimension(dimension: DimensionId, rating: DimensionRating | undefined): DimensionResult {
  // Ratings may come from stored JSON, so a non-string evidence must not leak through.
  const evidence = typeof rating?.evidence === "string" ? rating.evidence : "";
  if (rating?.current === NOT_APPLICABLE) {
    return { dimension, status: "not_applicable", current: null, target: null, gap: null, evidence };
  }
  const current = rating?.current;
  if (!isMaturityLevel(current)) {
    return { dimension, status: "unanswered", current: null, target: null, gap: null, evidence };
  }
  const rawTarget = rating?.target;
  const target = isMaturityLevel(rawTarget) ? (rawTarget < current ? current : rawTarget) : null;
  return {
    dimension,
    status: "rated",
    current,
    target,
    gap: target === null ? null : target - current,
    evidence,
  };
}

/** The lower median of some levels: the middle one, or the lower of two middles; null for none. */
export function findLowerMedianLevel(levels: readonly MaturityLevel[]): MaturityLevel | null {
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a - b);
  // floor((n − 1) / 2) is the middle for odd n and the lower of the two middles for even n.
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

/** Scores a set of ratings of the Generative AI maturity model. */
export function scoreGenAi(ratings: GenAiRatings): GenAiScore {
  const dimensions = DIMENSION_IDS.map((id) => scoreDimension(id, ratings[id]));
  const rated = dimensions.filter((d): d is DimensionResult & { current: MaturityLevel } => d.status === "rated");

  const distribution = Object.fromEntries(MATURITY_LEVELS.map((level) => [level, 0])) as Record<
    MaturityLevel,
    number
  >;
  for (const d of rated) distribution[d.current] += 1;

  // `dimensions` is in the model's order and sort is stable, so equal gaps keep that order.
  const gaps = rated
    .filter((d) => d.gap !== null)
    .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0))
    // Copies, so that editing a gap on the page cannot silently change `dimensions`.
    .map((d) => ({ ...d }));

  return {
    dimensions,
    ratedCount: rated.length,
    notApplicableCount: dimensions.filter((d) => d.status === "not_applicable").length,
    unansweredCount: dimensions.filter((d) => d.status === "unanswered").length,
    overallLevel: findLowerMedianLevel(rated.map((d) => d.current)),
    distribution,
    gaps,
  };
}
