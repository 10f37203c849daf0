/**
 * The "Level 3 by Q3" roadmap of the Generative AI maturity model. Pure: a score in,
 * priorities, roadmap defaults and foundation flags out.
 *
 * - Priorities: up to three dimensions, the go-to-market motion's focus set first, least
 *   mature first. A dimension nobody could rate counts as the least mature, because not
 *   knowing where you stand is itself a gap. Only a dimension below level 3 can be a
 *   priority: the roadmap is about reaching level 3, so one already there has nothing to
 *   plan, and a "Not applicable" one is not run at all. With fewer than three such
 *   dimensions the roadmap is shorter; it is never padded with ones it cannot help.
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
import { PRIORITY_COUNT } from "./priorities";
export { PRIORITY_COUNT, replacePriority, shortRoadmapNote } from "./priorities";
import type { DimensionResult, GenAiScore } from "../scoring/genai";


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

/** Why a dimension cannot be a priority: it does not apply, or it is already at level 3 or beyond. */
export type PriorityIneligibility = "not_applicable" | "already_there";

/**
 * Whether a dimension can be a priority of the level-3 roadmap: null when it can, else why not.
 * Unanswered (or missing) dimensions can: an unknown level is treated as a gap.
 */
export function findPriorityIneligibility(result: Pick<DimensionResult, "status" | "current"> | undefined): PriorityIneligibility | null {
  if (result?.status === "not_applicable") return "not_applicable";
  if (result?.status === "rated" && result.current !== null && result.current >= INTEGRATED_WORKFLOWS_LEVEL) return "already_there";
  return null;
}

/** The dimensions that can be priorities, in the model's order. */
export function findEligiblePriorities(score: GenAiScore): DimensionId[] {
  const resultOf = new Map(score.dimensions.map((d) => [d.dimension, d]));
  return DIMENSION_IDS.filter((id) => findPriorityIneligibility(resultOf.get(id)) === null);
}

/** Proposes up to three priority dimensions for a motion: eligible ones only, least mature first, ties in the model's order. */
export function proposePriorities(score: GenAiScore, motion: GtmMotion): DimensionId[] {
  const statusOf = new Map(score.dimensions.map((d) => [d.dimension, d]));
  const eligible = new Set(findEligiblePriorities(score));
  // Unanswered (or missing) ranks 0, below level 1: an unknown level is treated as a gap.
  const rank = (id: DimensionId) => statusOf.get(id)?.current ?? 0;
  const byRank = (ids: readonly DimensionId[]) =>
    ids.filter((id) => eligible.has(id)).sort((a, b) => rank(a) - rank(b) || modelIndex(a) - modelIndex(b));

  const focus = MOTION_FOCUS[motion];
  const others = DIMENSION_IDS.filter((id) => !focus.includes(id));
  // Eligible focus dimensions always come before the fill-ins.
  return [...byRank(focus), ...byRank(others)].slice(0, PRIORITY_COUNT);
}

/**
 * Checks a new list of priorities against the current one; null when it may be saved, else
 * the reason in plain words. The list keeps its length (a change swaps, it never adds or
 * drops a card), and every dimension it brings in must be eligible. A dimension already in
 * the list stays allowed, so a roadmap saved before this rule can still be rearranged.
 */
export function checkPriorityChange(
  score: GenAiScore,
  current: readonly DimensionId[],
  next: readonly DimensionId[],
): string | null {
  if (next.length !== current.length) {
    return `Choose exactly ${current.length} ${current.length === 1 ? "priority" : "priorities"}, one for each roadmap card`;
  }
  const resultOf = new Map(score.dimensions.map((d) => [d.dimension, d]));
  for (const id of next) {
    if (current.includes(id)) continue;
    const result = resultOf.get(id);
    const why = findPriorityIneligibility(result);
    const name = getDimension(id).name;
    if (why === "not_applicable") return `${name} is marked not applicable, so it cannot be a priority`;
    if (why === "already_there" && result?.current != null) {
      return `${name} is already at level ${result.current}, ${getGenAiLevel(result.current).name}: a level-3 roadmap has nothing to add there`;
    }
  }
  return null;
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
