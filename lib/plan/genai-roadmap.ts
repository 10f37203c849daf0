/**
 * The "Level 3 by Q3" roadmap of the Generative AI maturity model. Pure: a score in,
 * priorities, roadmap defaults and foundation flags out.
 *
 * - Priorities: three dimensions from the go-to-market motion's focus set, least mature
 *   first. A dimension nobody could rate counts as the least mature, because not knowing
 *   where you stand is itself a gap; "Not applicable" ones are never proposed.
 * - Roadmap: one entry per priority, pre-filled from the dimension's level-3 defaults and
 *   dated to the end of the next Q3 that has not started, so the team always has a full
 *   quarter to get there. Owners are left empty: only the team can name them.
 * - Foundation flags ("AI amplifies what already exists"): a Convergence pillar below
 *   level 3 carries GenAI use up to Structured Pilots (level 2) only; Integrated Workflows
 *   and beyond need connected data and platforms. A target above that is flagged.
 */
import { getConvergenceLevel, getPillar } from "../instruments/convergence";
import {
  DIMENSION_IDS,
  MOTION_FOCUS,
  getDimension,
  getGenAiLevel,
  type DimensionId,
  type GtmMotion,
} from "../instruments/genai";
import type { MaturityLevel } from "../instruments/types";
export { replacePriority } from "./priorities";
import type { GenAiScore } from "../scoring/genai";

/** How many priority dimensions the roadmap carries. */
export const PRIORITY_COUNT = 3;

/** The GenAI level the roadmap aims for, and the first one a weak foundation cannot carry. */
export const INTEGRATED_WORKFLOWS_LEVEL: MaturityLevel = 3;

/** The Convergence pillar level from which Data or Platforms can carry integrated AI. */
export const FOUNDATION_READY_LEVEL: MaturityLevel = 3;

/** The Convergence pillars GenAI dimensions lean on, in the order flags are listed. */
export const FOUNDATION_PILLARS = ["data", "platforms"] as const;
export type FoundationPillar = (typeof FOUNDATION_PILLARS)[number];

export interface RoadmapEntry {
  dimension: DimensionId;
  whatItLooksLike: string;
  infrastructure: string;
  training: string;
  governance: string;
  successMeasure: string;
  /** ISO date "YYYY-MM-DD". */
  targetDate: string;
  marketingOwner: string;
  itOwner: string;
  marketingWin: string;
  itWin: string;
}

export interface FoundationFlag {
  dimension: DimensionId;
  target: MaturityLevel;
  pillar: FoundationPillar;
  pillarLevel: MaturityLevel;
  /** Plain words for the result page and the PDF. */
  reason: string;
}

/** The Convergence levels of the two foundation pillars; null when the pillar is unknown. */
export type FoundationLevels = { data: MaturityLevel | null; platforms: MaturityLevel | null };

const modelIndex = (id: DimensionId) => DIMENSION_IDS.indexOf(id);

/** Proposes the three priority dimensions for a motion: least mature first, ties in the model's order. */
export function proposePriorities(score: GenAiScore, motion: GtmMotion): DimensionId[] {
  const statusOf = new Map(score.dimensions.map((d) => [d.dimension, d]));
  // Unanswered (or missing) ranks 0, below level 1: an unknown level is treated as a gap.
  const rank = (id: DimensionId) => statusOf.get(id)?.current ?? 0;
  const isApplicable = (id: DimensionId) => statusOf.get(id)?.status !== "not_applicable";
  const byRank = (ids: readonly DimensionId[]) =>
    ids.filter(isApplicable).sort((a, b) => rank(a) - rank(b) || modelIndex(a) - modelIndex(b));

  const focus = MOTION_FOCUS[motion];
  const others = DIMENSION_IDS.filter((id) => !focus.includes(id));
  // Focus dimensions always come before the fill-ins, however mature they are.
  return [...byRank(focus), ...byRank(others)].slice(0, PRIORITY_COUNT);
}


/** The ISO date of 30 September of the next Q3 that has not started on `today` (UTC). */
export function nextQ3End(today: Date): string {
  if (Number.isNaN(today.getTime())) throw new RangeError("Invalid date");
  const year = today.getUTCFullYear();
  // Months are 0-based: 6 is July, the first month of Q3. A Q3 already under way is too
  // short for a level-3 roadmap, so it rolls over to next year's.
  const q3Year = today.getUTCMonth() < 6 ? year : year + 1;
  return `${String(q3Year).padStart(4, "0")}-09-30`;
}

/** Builds the roadmap defaults for the priorities from each dimension's level-3 texts. */
export function buildDefaultRoadmap(priorities: readonly DimensionId[], today: Date): RoadmapEntry[] {
  const targetDate = nextQ3End(today);
  return priorities.map((id) => {
    const { level3 } = getDimension(id);
    return {
      dimension: id,
      whatItLooksLike: level3.whatItLooksLike,
      infrastructure: level3.infrastructure,
      training: level3.training,
      governance: level3.governance,
      successMeasure: level3.successMeasure,
      targetDate,
      marketingOwner: "",
      itOwner: "",
      marketingWin: level3.marketingWin,
      itWin: level3.itWin,
    };
  });
}

/** Writes the plain-words reason of one foundation flag. */
function describeFlag(
  dimension: DimensionId,
  target: MaturityLevel,
  pillar: FoundationPillar,
  pillarLevel: MaturityLevel,
): string {
  const pillarName = getPillar(pillar).name;
  return (
    `${getDimension(dimension).name} aims for level ${target}, ${getGenAiLevel(target).name}, ` +
    `but your Convergence diagnostic puts ${pillarName} at level ${pillarLevel}, ${getConvergenceLevel(pillarLevel).name}. ` +
    `Below level ${FOUNDATION_READY_LEVEL}, ${pillarName} can carry structured pilots but not integrated AI, ` +
    `and AI amplifies what already exists: strengthen ${pillarName} first.`
  );
}

/** Flags GenAI targets of level 3 or more that a Data or Platforms pillar below level 3 cannot carry. */
export function flagTargetsBeyondFoundation(score: GenAiScore, foundation: FoundationLevels): FoundationFlag[] {
  const rated = [...score.dimensions]
    .filter((d) => d.status === "rated")
    .sort((a, b) => modelIndex(a.dimension) - modelIndex(b.dimension));
  const flags: FoundationFlag[] = [];
  for (const result of rated) {
    const { target } = result;
    if (target === null || target < INTEGRATED_WORKFLOWS_LEVEL) continue;
    const leansOn = getDimension(result.dimension).leansOnPillars;
    // FOUNDATION_PILLARS fixes data before platforms, whatever order the dimension lists them in.
    for (const pillar of FOUNDATION_PILLARS) {
      const pillarLevel = foundation[pillar];
      if (!leansOn.includes(pillar) || pillarLevel === null || pillarLevel >= FOUNDATION_READY_LEVEL) continue;
      flags.push({
        dimension: result.dimension,
        target,
        pillar,
        pillarLevel,
        reason: describeFlag(result.dimension, target, pillar, pillarLevel),
      });
    }
  }
  return flags;
}
