/**
 * The 90-day Convergence plan. Pure: a score in, a plan out.
 *
 * Four phases with fixed week ranges. Each phase carries the actions of the
 * respondent's two weakest pillars (so different weak spots give visibly
 * different plans). When the Data pillar is weak, the three data-foundation
 * steps lead phases 1 to 3 and take the place of the Data pillar's own actions.
 * Phase 1 always carries the tool-inventory worksheet; phase 4 the leading
 * indicators to re-measure at day 90.
 */
import { PILLAR_IDS, type PillarId } from "../instruments/convergence";
import type { ConvergenceScore } from "../scoring/convergence";

export type PhaseId = "audit-align" | "connect-clean" | "collaborate-pilot" | "measure-scale";

export interface PlanAction {
  id: string;
  title: string;
  detail: string;
  /** The pillar the action strengthens; null for the data-foundation steps that span pillars. */
  pillar: PillarId | null;
  isDataFoundationStep: boolean;
}

export interface PlanPhase {
  id: PhaseId;
  number: 1 | 2 | 3 | 4;
  name: string;
  weeks: { from: number; to: number };
  goal: string;
  actions: PlanAction[];
  hasToolInventory: boolean;
  leadingIndicators: LeadingIndicator[];
}

export interface LeadingIndicator {
  id: string;
  question: string;
  howToMeasure: string;
}

export interface NinetyDayPlan {
  /** Pillars the plan concentrates on, weakest first. */
  focusPillars: PillarId[];
  leadsWithDataFoundation: boolean;
  phases: [PlanPhase, PlanPhase, PlanPhase, PlanPhase];
}

export const TOOL_TAGS = ["core", "candidate", "retire"] as const;
export type ToolTag = (typeof TOOL_TAGS)[number];

export const TOOL_TAG_LABELS: Record<ToolTag, { label: string; meaning: string }> = {
  core: { label: "Core", meaning: "Keep: it feeds the shared customer view." },
  candidate: { label: "Candidate", meaning: "Undecided: prove its value before renewal." },
  retire: { label: "Retire", meaning: "Overlaps or goes unused: plan its exit." },
};

const PHASES: readonly Omit<PlanPhase, "actions" | "hasToolInventory" | "leadingIndicators">[] = [
  {
    id: "audit-align",
    number: 1,
    name: "Audit & Align",
    weeks: { from: 1, to: 3 },
    goal: "See every tool and data source, and agree what the quarter is for.",
  },
  {
    id: "connect-clean",
    number: 2,
    name: "Connect & Clean",
    weeks: { from: 4, to: 6 },
    goal: "Tie the core systems together and remove the noise in them.",
  },
  {
    id: "collaborate-pilot",
    number: 3,
    name: "Collaborate & Pilot",
    weeks: { from: 7, to: 9 },
    goal: "Run one small, visible pilot that Marketing, IT and Data deliver together.",
  },
  {
    id: "measure-scale",
    number: 4,
    name: "Measure & Scale",
    weeks: { from: 10, to: 12 },
    goal: "Measure how the teams work together, not only what the campaigns converted.",
  },
];

type ActionText = { title: string; detail: string };

/** One action per pillar and phase, written for the pillar's typical gap. */
const PILLAR_ACTIONS: Record<PillarId, Record<PhaseId, ActionText>> = {
  data: {
    "audit-align": {
      title: "Map where customer data lives",
      detail: "List every system that stores or passes customer records and note which ID and consent fields each one holds.",
    },
    "connect-clean": {
      title: "Choose the shared customer ID",
      detail: "Pick the ID that can link CRM, analytics and paid media, and start writing it to all three.",
    },
    "collaborate-pilot": {
      title: "Automate the cleaning rules",
      detail: "Turn the agreed formats into checks that run when data is entered, so duplicates stop at the door.",
    },
    "measure-scale": {
      title: "Re-measure data health",
      detail: "Compare the duplicate rate, the ID match rate and the consent gaps with what you found in week 1.",
    },
  },
  platforms: {
    "audit-align": {
      title: "Price the overlap",
      detail: "Add up what you pay for tools that do the same job and name the one you would keep for each job.",
    },
    "connect-clean": {
      title: "Connect before you add",
      detail: "Pause new tool purchases until the Core tools feed one customer view, and switch off one Retire tool.",
    },
    "collaborate-pilot": {
      title: "Pilot on the connected stack",
      detail: "Run one small AI or personalisation pilot that uses only data flowing through the Core tools.",
    },
    "measure-scale": {
      title: "Decide on the Candidates",
      detail: "Keep or retire each Candidate tool on the evidence of the pilot and of actual usage.",
    },
  },
  process: {
    "audit-align": {
      title: "Name an owner for each key dataset",
      detail: "Give CRM, analytics, consent and product data each a named owner with a short written remit.",
    },
    "connect-clean": {
      title: "Hold the first monthly data review",
      detail: "With those owners, review data quality, tool usage and compliance, and log what needs fixing.",
    },
    "collaborate-pilot": {
      title: "Write down the pilot's rules",
      detail: "Document who approves data use and AI outputs in the pilot, and how problems are raised and fixed.",
    },
    "measure-scale": {
      title: "Make the review routine",
      detail: "Put the monthly review in the calendar for the next two quarters and track how fast issues close.",
    },
  },
  kpis: {
    "audit-align": {
      title: "Collect every team's KPI definitions",
      detail: "Gather how Marketing, Sales and Finance define a lead, an opportunity and pipeline, and mark the differences.",
    },
    "connect-clean": {
      title: "Publish one KPI dictionary",
      detail: "Agree one definition per KPI, publish it where everyone works, and rebuild the leadership dashboard on it.",
    },
    "collaborate-pilot": {
      title: "Add a value metric to the pilot",
      detail: "Track time-to-decision or attribution accuracy for the pilot next to its volume numbers.",
    },
    "measure-scale": {
      title: "Lead with value, not volume",
      detail: "Open the quarterly business review with the value metrics, all reported on the shared definitions.",
    },
  },
  people: {
    "audit-align": {
      title: "Agree one shared goal",
      detail: "Have the marketing, technology and data leaders sign one measurable goal for the quarter.",
    },
    "connect-clean": {
      title: "Plan campaigns together",
      detail: "Bring IT and Data into campaign planning at the brief, not at the build or after launch.",
    },
    "collaborate-pilot": {
      title: "Form a convergence council",
      detail: "Make the CMO, CIO or CTO and the data lead a standing group that meets monthly and owns the pilot.",
    },
    "measure-scale": {
      title: "Present the result as one team",
      detail: "Show the pilot's outcome jointly, Marketing and IT side by side, and choose the next pilot together.",
    },
  },
};

/** The three steps that fix a weak data foundation, one per phase from 1 to 3. */
export const DATA_FOUNDATION_STEPS: readonly (ActionText & { id: string; phase: PhaseId })[] = [
  {
    id: "foundation-diagnose",
    phase: "audit-align",
    title: "Find the cracks",
    detail: "Audit every system that holds or passes customer data: mismatched IDs, missing consent, duplicate records.",
  },
  {
    id: "foundation-standardise",
    phase: "connect-clean",
    title: "Standardise and connect",
    detail: "Agree shared IDs and common formats, and set rules that clean incoming data automatically.",
  },
  {
    id: "foundation-govern",
    phase: "collaborate-pilot",
    title: "Govern and maintain",
    detail: "Give each dataset an owner, watch its health, and meet every month to act on what you see.",
  },
];

export const LEADING_INDICATORS: readonly LeadingIndicator[] = [
  {
    id: "data-shared",
    question: "Did teams share data more often?",
    howToMeasure: "Count data requests served and self-serve uses per month, against week 1.",
  },
  {
    id: "process-faster",
    question: "Did the process get faster?",
    howToMeasure: "Days from a data request to a campaign going live, against week 1.",
  },
  {
    id: "same-kpis",
    question: "Do teams now use the same KPI definitions?",
    howToMeasure: "Share of leadership reports built on the shared KPI dictionary.",
  },
];

/** How many pillars the plan concentrates on. */
export const FOCUS_PILLAR_COUNT = 2;

/** Data is weak when it is unscored, below level 3, or the weakest pillar. */
export function isDataWeak(score: ConvergenceScore): boolean {
  const data = score.pillars.find((p) => p.pillar === "data");
  if (!data || data.level === null) return true;
  return data.level < 3 || score.biggestDisconnect === "data";
}

/**
 * Pillars ranked weakest first: pillars nobody could rate come first (not knowing
 * is itself a gap), then by score, ties in the model's order.
 */
export function rankPillarsWeakestFirst(score: ConvergenceScore): PillarId[] {
  const rank = (pillar: PillarId) => {
    const found = score.pillars.find((p) => p.pillar === pillar);
    return found?.score ?? -1;
  };
  return [...PILLAR_IDS].sort(
    (a, b) => rank(a) - rank(b) || PILLAR_IDS.indexOf(a) - PILLAR_IDS.indexOf(b),
  );
}

/** Builds the 90-day plan for a scored diagnostic. */
export function buildNinetyDayPlan(score: ConvergenceScore): NinetyDayPlan {
  const focusPillars = rankPillarsWeakestFirst(score).slice(0, FOCUS_PILLAR_COUNT);
  const leadsWithDataFoundation = isDataWeak(score);

  const phases = PHASES.map((phase): PlanPhase => {
    const actions: PlanAction[] = [];
    const foundationStep = leadsWithDataFoundation
      ? DATA_FOUNDATION_STEPS.find((step) => step.phase === phase.id)
      : undefined;
    if (foundationStep) {
      actions.push({
        id: foundationStep.id,
        title: foundationStep.title,
        detail: foundationStep.detail,
        pillar: null,
        isDataFoundationStep: true,
      });
    }
    for (const pillar of focusPillars) {
      // The foundation step already covers the Data pillar's work in this phase.
      if (foundationStep && pillar === "data") continue;
      const text = PILLAR_ACTIONS[pillar][phase.id];
      actions.push({ id: `${pillar}-${phase.id}`, ...text, pillar, isDataFoundationStep: false });
    }
    return {
      ...phase,
      actions,
      hasToolInventory: phase.id === "audit-align",
      leadingIndicators: phase.id === "measure-scale" ? [...LEADING_INDICATORS] : [],
    };
  });

  const [p1, p2, p3, p4] = phases;
  if (!p1 || !p2 || !p3 || !p4) throw new Error("The plan has four phases");
  return { focusPillars, leadsWithDataFoundation, phases: [p1, p2, p3, p4] };
}
