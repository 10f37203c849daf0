/**
 * The 90-day check-in, trends and before/after comparisons between rounds. Pure: combined round
 * results in, comparisons out.
 *
 * - A part (Convergence pillar, GenAI dimension) is compared on its combined median: points
 *   (0–100) and the band's level for Convergence, levels for GenAI. A part with no value in
 *   either round is "not measured": we never guess a movement from a missing figure.
 * - Movement is the sign of the change: up, held (exactly no change) or down.
 * - The Convergence check-in rebuilds the previous round's 90-day plan with the same rules as the
 *   result page (lib/plan/convergence-plan.ts) and follows each action's pillar. The three
 *   data-foundation steps take the place of the Data pillar's own actions, so the Data pillar
 *   measures them.
 * - The GenAI check-in follows the previous roadmap's three priorities: the ones the team saved
 *   when known, else those the default rules propose for the go-to-market motion.
 */
import { getConvergenceLevel, getPillar, PILLAR_IDS, type PillarId } from "../instruments/convergence";
import { DIMENSION_IDS, getDimension, getGenAiLevel, type DimensionId, type GtmMotion } from "../instruments/genai";
import type { MaturityLevel } from "../instruments/types";
import { combinedConvergenceScore, combinedGenAiScore, type CombinedConvergence, type CombinedGenAi, type CombinedOverall } from "../scoring/team";
import { buildNinetyDayPlan, type PhaseId } from "./convergence-plan";
import { joinAsProse } from "../report/prose";
import { PRIORITY_COUNT, proposePriorities } from "./genai-roadmap";

export type CheckInInstrument = "convergence" | "genai";
export type Movement = "up" | "held" | "down" | "not_measured";
export type CombinedResult = CombinedConvergence | CombinedGenAi;

/** The least a round needs for comparisons: its id, its date and its combined result. */
export interface RoundSnapshot {
  id: string;
  date: Date;
  combined: CombinedResult;
}

/** One part's figures in two rounds. */
export interface PartChange<Part extends string> {
  part: Part;
  /** Convergence: the median pillar score (0–100). GenAI: the median level today (1–5). Null: not measured. */
  before: number | null;
  after: number | null;
  beforeLevel: MaturityLevel | null;
  afterLevel: MaturityLevel | null;
  /** after − before (points for Convergence, levels for GenAI); null unless both are measured. */
  delta: number | null;
  /** afterLevel − beforeLevel; null unless both are measured. */
  levelDelta: number | null;
  movement: Movement;
}

export interface OverallChange {
  beforeScore: number | null;
  afterScore: number | null;
  scoreDelta: number | null;
  beforeLevel: MaturityLevel | null;
  afterLevel: MaturityLevel | null;
  levelDelta: number | null;
  /** Convergence: by the score (by the level when a score is missing). GenAI: by the level. */
  movement: Movement;
}

/** The direction of a change; "not_measured" when either side is missing. */
export function movementOf(delta: number | null): Movement {
  if (delta === null) return "not_measured";
  return delta > 0 ? "up" : delta < 0 ? "down" : "held";
}

const difference = (before: number | null, after: number | null) =>
  before === null || after === null ? null : after - before;

function changeOf<Part extends string>(
  part: Part,
  before: { median: number | null; level: MaturityLevel | null } | undefined,
  after: { median: number | null; level: MaturityLevel | null } | undefined,
): PartChange<Part> {
  const b = before?.median ?? null;
  const a = after?.median ?? null;
  const delta = difference(b, a);
  // A level without its value (or the reverse) cannot happen in a combined result; stay strict anyway.
  const beforeLevel = b === null ? null : (before?.level ?? null);
  const afterLevel = a === null ? null : (after?.level ?? null);
  return { part, before: b, after: a, beforeLevel, afterLevel, delta, levelDelta: difference(beforeLevel, afterLevel), movement: movementOf(delta) };
}

function overallChange(before: CombinedOverall, after: CombinedOverall, instrument: CheckInInstrument): OverallChange {
  const scoreDelta = instrument === "convergence" ? difference(before.score, after.score) : null;
  const levelDelta = difference(before.level, after.level);
  return {
    beforeScore: instrument === "convergence" ? before.score : null,
    afterScore: instrument === "convergence" ? after.score : null,
    scoreDelta,
    beforeLevel: before.level,
    afterLevel: after.level,
    levelDelta,
    movement: movementOf(scoreDelta ?? levelDelta),
  };
}

/** Per pillar: the change between two combined Convergence results, in the model's order. */
export function comparePillars(before: CombinedConvergence, after: CombinedConvergence): PartChange<PillarId>[] {
  return PILLAR_IDS.map((pillar) =>
    changeOf(pillar, before.pillars.find((p) => p.part === pillar), after.pillars.find((p) => p.part === pillar)),
  );
}

/** Per dimension: the change between two combined GenAI results, in the model's order. */
export function compareDimensions(before: CombinedGenAi, after: CombinedGenAi): PartChange<DimensionId>[] {
  return DIMENSION_IDS.map((dimension) =>
    changeOf(dimension, before.dimensions.find((d) => d.part === dimension), after.dimensions.find((d) => d.part === dimension)),
  );
}

// --- Verdicts --------------------------------------------------------------------------------

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describeChange(name: string, change: PartChange<string>, unit: "points" | "levels"): string {
  const size = Math.abs(change.delta ?? 0);
  const amount = unit === "points" ? plural(size, "point", "points") : plural(size, "level", "levels");
  switch (change.movement) {
    case "up":
      return `${name} up ${amount}`;
    case "down":
      return `${name} down ${amount}`;
    case "held":
      return `${name} held steady`;
    case "not_measured":
      return change.before === null && change.after === null
        ? `${name} not scored in either round`
        : `${name} not scored in the ${change.before === null ? "previous" : "latest"} round`;
  }
}

/** The one-line verdict over the parts a plan worked on, plus the overall level when it changed. */
export function writeVerdict(
  changes: readonly { name: string; change: PartChange<string> }[],
  overall: OverallChange,
  instrument: CheckInInstrument,
): string {
  // Only a GenAI roadmap can be empty: every dimension was at level 3 or beyond, or not applicable.
  if (changes.length === 0)
    return instrument === "genai"
      ? "Nothing to follow: the previous round left no dimension below level 3 or unrated, so its roadmap had no priority."
      : "Too early to judge: the previous round rated nothing the plan could follow.";
  const unit = instrument === "convergence" ? "points" : "levels";
  const count = (m: Movement) => changes.filter((c) => c.change.movement === m).length;
  const up = count("up");
  const down = count("down");
  const measured = changes.length - count("not_measured");
  const head =
    measured === 0
      ? "Too early to judge"
      : up === changes.length
        ? "On track"
        : up > 0 && down === 0
          ? "Partly on track"
          : up > 0
            ? "Mixed progress"
            : down > 0
              ? "Slipping"
              : "No movement yet";
  const details = joinAsProse(changes.map((c) => describeChange(c.name, c.change, unit)));
  const levelName = (level: MaturityLevel) =>
    instrument === "convergence" ? getConvergenceLevel(level).name : getGenAiLevel(level).name;
  let tail = "";
  if (overall.levelDelta !== null && overall.levelDelta !== 0 && overall.beforeLevel !== null && overall.afterLevel !== null) {
    tail =
      `; overall, the level ${overall.levelDelta > 0 ? "rose" : "fell"} from ` +
      `${overall.beforeLevel} (${levelName(overall.beforeLevel)}) to ${overall.afterLevel} (${levelName(overall.afterLevel)})`;
  }
  return `${head}: ${details}${tail}.`;
}

// --- Check-ins -------------------------------------------------------------------------------

export interface ConvergenceActionCheck {
  actionId: string;
  title: string;
  phase: PhaseId;
  phaseName: string;
  phaseNumber: 1 | 2 | 3 | 4;
  /** The pillar that measures the action (Data for the data-foundation steps). */
  pillar: PillarId;
  isDataFoundationStep: boolean;
  change: PartChange<PillarId>;
}

export interface ConvergenceCheckIn {
  instrument: "convergence";
  /** The pillars the previous plan concentrated on, weakest first. */
  focusPillars: PillarId[];
  leadsWithDataFoundation: boolean;
  /** One entry per focus pillar, in the plan's order. */
  pillars: PartChange<PillarId>[];
  /** Every action of the previous plan, phase by phase. */
  actions: ConvergenceActionCheck[];
  overall: OverallChange;
  verdict: string;
}

export interface GenAiPriorityCheck {
  dimension: DimensionId;
  change: PartChange<DimensionId>;
}

export interface GenAiCheckIn {
  instrument: "genai";
  /** The previous roadmap's priorities, and where they came from. */
  priorities: GenAiPriorityCheck[];
  prioritiesSource: "saved" | "proposed";
  motion: GtmMotion;
  overall: OverallChange;
  verdict: string;
}

export type CheckIn = ConvergenceCheckIn | GenAiCheckIn;

/** The 90-day check-in of a Convergence round against the previous one: did the plan's pillars move? */
export function checkInConvergence(previous: CombinedConvergence, current: CombinedConvergence): ConvergenceCheckIn {
  const plan = buildNinetyDayPlan(combinedConvergenceScore(previous));
  const changes = comparePillars(previous, current);
  const changeOfPillar = (pillar: PillarId) => {
    const found = changes.find((c) => c.part === pillar);
    if (!found) throw new Error(`No change for pillar ${pillar}`);
    return found;
  };
  // The foundation steps stand in for the Data pillar's actions, so Data is among the pillars followed.
  const followed = plan.leadsWithDataFoundation && !plan.focusPillars.includes("data") ? [...plan.focusPillars, "data" as const] : plan.focusPillars;
  const pillars = followed.map(changeOfPillar);
  const actions = plan.phases.flatMap((phase) =>
    phase.actions.map((action): ConvergenceActionCheck => {
      const pillar = action.pillar ?? "data";
      return {
        actionId: action.id,
        title: action.title,
        phase: phase.id,
        phaseName: phase.name,
        phaseNumber: phase.number,
        pillar,
        isDataFoundationStep: action.isDataFoundationStep,
        change: changeOfPillar(pillar),
      };
    }),
  );
  const overall = overallChange(previous.overall, current.overall, "convergence");
  return {
    instrument: "convergence",
    focusPillars: plan.focusPillars,
    leadsWithDataFoundation: plan.leadsWithDataFoundation,
    pillars,
    actions,
    overall,
    verdict: writeVerdict(
      pillars.map((change) => ({ name: getPillar(change.part).name, change })),
      overall,
      "convergence",
    ),
  };
}

/**
 * The 90-day check-in of a GenAI round against the previous one: did the previous roadmap's
 * priorities move? `savedPriorities` are the ones the team chose, when known; otherwise the
 * default rules propose them from the previous result and the motion.
 */
export function checkInGenAi(
  previous: CombinedGenAi,
  current: CombinedGenAi,
  options: { motion: GtmMotion; savedPriorities?: readonly DimensionId[] | null },
): GenAiCheckIn {
  // A saved roadmap holds one to three priorities: fewer when fewer dimensions were below level 3.
  const savedCount = options.savedPriorities?.length ?? 0;
  const saved = options.savedPriorities && savedCount > 0 && savedCount <= PRIORITY_COUNT ? [...options.savedPriorities] : null;
  const dimensions = saved ?? proposePriorities(combinedGenAiScore(previous), options.motion);
  const changes = compareDimensions(previous, current);
  const priorities = dimensions.map((dimension): GenAiPriorityCheck => {
    const change = changes.find((c) => c.part === dimension);
    if (!change) throw new Error(`No change for dimension ${dimension}`);
    return { dimension, change };
  });
  const overall = overallChange(previous.overall, current.overall, "genai");
  return {
    instrument: "genai",
    priorities,
    prioritiesSource: saved ? "saved" : "proposed",
    motion: options.motion,
    overall,
    verdict: writeVerdict(
      priorities.map((p) => ({ name: getDimension(p.dimension).name, change: p.change })),
      overall,
      "genai",
    ),
  };
}

/** Whether a round has at least one completed respondent (only those can be compared). */
export function isMeasured(round: RoundSnapshot): boolean {
  return round.combined.overall.respondentCount > 0;
}

const byDate = (a: RoundSnapshot, b: RoundSnapshot) => a.date.getTime() - b.date.getTime();

/** The measured rounds of one instrument, oldest first. */
export function measuredRounds<R extends RoundSnapshot>(rounds: readonly R[], instrument: CheckInInstrument): R[] {
  return rounds.filter((r) => r.combined.instrument === instrument && isMeasured(r)).sort(byDate);
}

/** The latest measured round of an instrument and the one before it, or null when there are fewer than two. */
export function checkInPair<R extends RoundSnapshot>(
  rounds: readonly R[],
  instrument: CheckInInstrument,
): { previous: R; current: R } | null {
  const measured = measuredRounds(rounds, instrument);
  const previous = measured[measured.length - 2];
  const current = measured[measured.length - 1];
  return previous && current ? { previous, current } : null;
}

// --- Trends and before/after -----------------------------------------------------------------

export interface TrendPoint {
  roundId: string;
  date: Date;
  /** Convergence: median score 0–100. GenAI: median level 1–5. Null when not measured in that round. */
  value: number | null;
}

export interface TrendSeries<Part extends string> {
  part: Part;
  points: TrendPoint[];
}

/** Per pillar and per dimension, the series of values over the measured rounds, oldest first. */
export function trendSeries(rounds: readonly RoundSnapshot[]): {
  convergence: TrendSeries<PillarId>[];
  genai: TrendSeries<DimensionId>[];
} {
  const convergence = measuredRounds(rounds, "convergence");
  const genai = measuredRounds(rounds, "genai");
  const valueOf = (round: RoundSnapshot, part: string): number | null => {
    const combined = round.combined;
    const summary =
      combined.instrument === "convergence"
        ? combined.pillars.find((p) => p.part === part)
        : combined.dimensions.find((d) => d.part === part);
    return summary?.median ?? null;
  };
  const seriesOf = <Part extends string>(parts: readonly Part[], of: readonly RoundSnapshot[]): TrendSeries<Part>[] =>
    of.length === 0
      ? []
      : parts.map((part) => ({ part, points: of.map((round) => ({ roundId: round.id, date: round.date, value: valueOf(round, part) })) }));
  return { convergence: seriesOf(PILLAR_IDS, convergence), genai: seriesOf(DIMENSION_IDS, genai) };
}

export type BeforeAfter =
  | { instrument: "convergence"; before: RoundSnapshot; after: RoundSnapshot; parts: PartChange<PillarId>[]; overall: OverallChange }
  | { instrument: "genai"; before: RoundSnapshot; after: RoundSnapshot; parts: PartChange<DimensionId>[]; overall: OverallChange };

/** Two rounds of the same instrument side by side: per part both values and the change. */
export function beforeAfter(roundA: RoundSnapshot, roundB: RoundSnapshot): BeforeAfter {
  const a = roundA.combined;
  const b = roundB.combined;
  if (a.instrument === "convergence" && b.instrument === "convergence") {
    return { instrument: "convergence", before: roundA, after: roundB, parts: comparePillars(a, b), overall: overallChange(a.overall, b.overall, "convergence") };
  }
  if (a.instrument === "genai" && b.instrument === "genai") {
    return { instrument: "genai", before: roundA, after: roundB, parts: compareDimensions(a, b), overall: overallChange(a.overall, b.overall, "genai") };
  }
  throw new RangeError("Only rounds of the same instrument can be compared");
}
