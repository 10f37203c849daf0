/**
 * Builds the executive report of each instrument as a plain object. Pure: answers, the date and
 * the organisation's name in; every printed word and number out. The numbers come from the
 * functions the result pages call (scoreConvergence, buildNinetyDayPlan, scoreGenAi,
 * proposePriorities, buildDefaultRoadmap, flagTargetsBeyondFoundation), so page and PDF agree.
 */
import {
  getConvergenceLevel,
  getPillar,
  CONVERGENCE_LEVELS,
  type PillarId,
} from "../instruments/convergence";
import {
  GENAI_LEVELS,
  GTM_MOTIONS,
  getDimension,
  getGenAiLevel,
  type GtmMotion,
} from "../instruments/genai";
import type { MaturityLevel } from "../instruments/types";
import { buildNinetyDayPlan, TOOL_TAGS, TOOL_TAG_LABELS, type ToolTag } from "../plan/convergence-plan";
import {
  buildDefaultRoadmap,
  flagTargetsBeyondFoundation,
  FOUNDATION_READY_LEVEL,
  INTEGRATED_WORKFLOWS_LEVEL,
  proposePriorities,
  shortRoadmapNote,
  type FoundationFlag,
  type FoundationLevels,
  type RoadmapEntry,
} from "../plan/genai-roadmap";
import { scoreConvergence, type ConvergenceAnswers, type ConvergenceScore } from "../scoring/convergence";
import { GENAI_OVERALL_RULE, scoreGenAi, type DimensionResult, type GenAiRatings, type GenAiScore } from "../scoring/genai";
import { ORGANISATION_PLACEHOLDER } from "./copy";
import { reportFileName } from "./file-name";
import { formatIsoDay, toIsoDay } from "./format";
import { capitalise, countWord, joinAsProse } from "./prose";
import { convergenceMethod, genAiMethod } from "./method";
import type {
  ConvergencePlanPhase,
  ConvergenceReport,
  GenAiDimensionRow,
  GenAiReport,
  ExecutiveReport,
  GenAiRoadmapCard,
  ReportContext,
  ReportLevelStep,
} from "./types";

export const CONVERGENCE_REPORT_NAME = "Convergence Factor diagnostic";
export const GENAI_REPORT_NAME = "Generative AI maturity model";

const COVER_NOTE = "Self-reported answers, scored by published rules (see the last page): a baseline for a conversation, not an audit.";

/** Blank worksheet lines printed when no tool was listed, so the page can be filled in by hand. */
const BLANK_TOOL_ROWS = 8;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function organisationOf(name: string | undefined): string {
  const trimmed = name?.trim();
  return trimmed ? trimmed : ORGANISATION_PLACEHOLDER;
}

/** The cover's line on who prepared the report, when a consultant manages the client. */
function preparedByOf(context: ReportContext): string | null {
  const name = context.preparedBy?.trim();
  return name ? `Prepared with ${name}` : null;
}

/** The cover's line on whose answers the result stands for, for a team round. */
function basisOf(context: ReportContext): string | null {
  const count = context.respondentCount;
  return count !== undefined && count > 1 ? `Combined result of ${count} respondents` : null;
}

/** The sections that come from beyond the answers, present only when the context has them. */
function contextSections(context: ReportContext): Pick<ExecutiveReport, "benchmark" | "perceptionGaps" | "consultantNotes"> {
  return {
    ...(context.benchmark ? { benchmark: context.benchmark } : {}),
    ...(context.perceptionGaps ? { perceptionGaps: context.perceptionGaps } : {}),
    ...(context.consultantNotes ? { consultantNotes: context.consultantNotes } : {}),
  };
}

// --- Convergence -------------------------------------------------------------------------

export interface ConvergenceReportInput extends ReportContext {
  answers: ConvergenceAnswers;
  /** A team round's combined score (lib/scoring/team.ts), used instead of scoring `answers`. */
  score?: ConvergenceScore;
  /** The phase-1 worksheet as saved with the result. */
  tools: readonly { name: string; purpose: string; tag: ToolTag }[];
  generatedAt: Date;
}

function convergenceScale(current: MaturityLevel | null): ReportLevelStep[] {
  return CONVERGENCE_LEVELS.map((l) => ({ level: l.level, name: l.name, isCurrent: l.level === current }));
}

function pillarName(id: PillarId): string {
  return getPillar(id).name;
}

/** The expected return in the model's terms: AI starts paying back from level 3. */
function convergenceReturn(level: MaturityLevel | null): string {
  const aligned = getConvergenceLevel(3).name;
  if (level === null) {
    return `AI starts paying back from level 3, ${aligned}: the point where shared IDs, named owners and common KPI definitions make its outputs reliable enough to act on. Scoring the pillars is the first step towards knowing how far away that is.`;
  }
  if (level < 3) {
    const cost = level === 1 ? "contradictions: answers that disagree because the records behind them disagree" : "inefficiencies: pilots that work but need manual data preparation and rarely scale";
    return `AI starts paying back from level 3, ${aligned}. Below it, AI spending mostly buys ${cost}. Ninety days of focus on the plan usually moves an organisation up one level; the day-90 re-measurement shows whether it did.`;
  }
  return `At level ${level} the organisation is past the point where AI starts paying back (level 3, ${aligned}): its outputs are reliable enough to act on. The return now depends on keeping the foundation trusted while proven uses scale, so re-measure every 90 days.`;
}

function capNoteOf(score: ConvergenceScore): string | null {
  if (!score.isCapped || !score.biggestDisconnect || score.uncappedLevel === null) return null;
  return `The average alone would reach level ${score.uncappedLevel}. The overall level is held one above the weakest pillar, ${pillarName(score.biggestDisconnect)}, because AI amplifies the weakest link rather than the average.`;
}

function unscoredNoteOf(score: ConvergenceScore): string | null {
  if (score.unscoredPillars.length === 0) return null;
  const names = joinAsProse(score.unscoredPillars.map(pillarName));
  const verb = score.unscoredPillars.length === 1 ? "it has" : "they have";
  return `Every question in ${names} was answered “Don’t know”, so ${verb} no score. Not knowing is a gap in itself: the plan starts there.`;
}

/** Builds the executive report of a completed Convergence Factor diagnostic. */
export function buildConvergenceReport(input: ConvergenceReportInput): ConvergenceReport {
  const organisation = organisationOf(input.organisation);
  const generatedOn = toIsoDay(input.generatedAt);
  const score = input.score ?? scoreConvergence(input.answers);
  const plan = buildNinetyDayPlan(score);
  const level = score.overallLevel === null ? null : getConvergenceLevel(score.overallLevel);
  const next = level && level.level < 5 ? getConvergenceLevel((level.level + 1) as MaturityLevel) : null;
  const weakest = score.pillars.find((p) => p.pillar === score.biggestDisconnect);
  const focusNames = joinAsProse(plan.focusPillars.map(pillarName));
  const unscoredNote = unscoredNoteOf(score);
  const foundationFirst = plan.leadsWithDataFoundation
    ? " The data foundation comes first, because every later step and every AI use depends on it."
    : "";

  const phases = plan.phases.map(
    (phase): ConvergencePlanPhase => ({
      number: phase.number,
      name: phase.name,
      weeksLabel: `Weeks ${phase.weeks.from}–${phase.weeks.to}`,
      goal: phase.goal,
      actions: phase.actions.map((action) => ({
        title: action.title,
        detail: action.detail,
        tag: action.isDataFoundationStep ? "Data foundation" : action.pillar ? pillarName(action.pillar) : "",
      })),
      hasToolInventory: phase.hasToolInventory,
      hasLeadingIndicators: phase.leadingIndicators.length > 0,
    }),
  );
  const [p1, p2, p3, p4] = phases;
  if (!p1 || !p2 || !p3 || !p4) throw new Error("The 90-day plan has four phases");
  const indicators = plan.phases.flatMap((phase) => phase.leadingIndicators);

  const headline = level ? `Level ${level.level}: ${level.name}` : "Not enough answers to score";
  return {
    instrument: "convergence",
    organisation,
    generatedOn,
    fileName: reportFileName(organisation, "convergence", generatedOn),
    title: `${CONVERGENCE_REPORT_NAME}: executive report for ${organisation}`,
    cover: {
      organisation,
      kicker: "Executive report",
      instrumentName: CONVERGENCE_REPORT_NAME,
      tagline: "Where data, platforms, process, KPIs and people disconnect, and the 90 days that close the gap.",
      dateLabel: formatIsoDay(generatedOn),
      headline,
      level: level?.level ?? null,
      note: COVER_NOTE,
      preparedBy: preparedByOf(input),
      preparedByLogo: preparedByOf(input) ? (input.preparedByLogo ?? null) : null,
      basis: basisOf(input),
    },
    summary: {
      level: level ? { level: level.level, name: level.name, meaning: level.meaning } : null,
      overallScore: score.overallScore,
      scoreLine:
        score.overallScore === null
          ? "Every question was answered “Don’t know”, so there is no score yet."
          : (input.respondentCount ?? 1) > 1
            ? `Overall score ${score.overallScore} out of 100, the median of ${input.respondentCount} respondents.`
            : `Overall score ${score.overallScore} out of 100.`,
      capNote: capNoteOf(score),
      scale: convergenceScale(score.overallLevel),
      disconnect:
        weakest && weakest.score !== null
          ? {
              heading: `Biggest disconnect: ${pillarName(weakest.pillar)}, ${weakest.score} out of 100`,
              text: getPillar(weakest.pillar).disconnect,
            }
          : null,
      unscoredNote,
      aiEffect: level ? { heading: "What AI does at this level", text: level.aiEffect } : null,
      expectedReturn: { heading: "The expected return", text: convergenceReturn(score.overallLevel) },
      nextLevel: level
        ? {
            heading: next ? `What unlocks level ${next.level}, ${next.name}` : "Staying at the top",
            text: level.unlocksNext,
          }
        : null,
      planHeadline: {
        heading: "The next 90 days",
        text: `The plan concentrates on the weakest pillars, ${focusNames}, in four phases: ${phases
          .map((p) => `${p.name} (${p.weeksLabel.toLowerCase()})`)
          .join(", ")}.${foundationFirst}`,
      },
    },
    pillars: {
      heading: "The five pillars",
      intro: "People + Platforms + Process = Performance. Each pillar is scored from 0 to 100; the levels follow bands of 20.",
      radar: {
        axes: score.pillars.map((p) => (p.score === null ? `${pillarName(p.pillar)} (n/a)` : pillarName(p.pillar))),
        domain: [0, 100],
        ringCount: 5,
        series: [{ id: "score", name: "Score", style: "filled", values: score.pillars.map((p) => p.score) }],
        caption: "Each spoke is a pillar, from 0 at the centre to 100 at the edge; the rings mark the level bands. A pillar without a score (n/a) sits at the centre.",
      },
      rows: score.pillars.map((p) => ({
        name: pillarName(p.pillar),
        score: p.score,
        level: p.level,
        scoreLabel: p.score === null ? "–" : String(p.score),
        levelLabel: p.level ? `${p.level} · ${getConvergenceLevel(p.level).name}` : "Not scored",
        note: input.partNotes?.[p.pillar] ?? (p.dontKnowCount > 0 ? `${p.dontKnowCount} of ${p.questionCount} answered “don’t know”` : null),
        isWeakest: p.pillar === score.biggestDisconnect,
      })),
      notes: [capNoteOf(score), unscoredNote].filter((n): n is string => n !== null),
    },
    plan: {
      heading: "The 90-day plan",
      intro: `Built around the weakest pillars: ${focusNames}.${foundationFirst} Ninety days of focus is usually enough to move up one level.`,
      phases: [p1, p2, p3, p4],
      toolInventory: {
        heading: "Tool inventory worksheet",
        intro: "Phase 1 lists every tool and data source and tags each one. Cost and overlap show up quickly.",
        rows: input.tools.map((tool) => ({ name: tool.name, purpose: tool.purpose, tag: TOOL_TAG_LABELS[tool.tag].label })),
        legend: TOOL_TAGS.map((tag) => ({ tag: TOOL_TAG_LABELS[tag].label, meaning: TOOL_TAG_LABELS[tag].meaning })),
        emptyNote: "No tools have been listed on the result page yet. Fill in the lines below, or list them online.",
        blankRowCount: input.tools.length === 0 ? BLANK_TOOL_ROWS : 0,
      },
      leadingIndicators: {
        heading: "Re-measure at day 90",
        intro: "These leading indicators move before revenue does. Compare each with week 1.",
        items: indicators.map((i) => ({ question: i.question, howToMeasure: i.howToMeasure })),
      },
    },
    method: convergenceMethod(),
    ...contextSections(input),
  };
}

// --- Generative AI -----------------------------------------------------------------------

export interface GenAiReportInput extends ReportContext {
  ratings: GenAiRatings;
  /** A team round's combined score (lib/scoring/team.ts), used instead of scoring `ratings`. */
  score?: GenAiScore;
  /** Completion requires one; hybrid is the neutral fallback for old data, as on the result page. */
  motion: GtmMotion | null;
  /** The saved roadmap, or null while the proposed priorities and the model's defaults stand. */
  savedRoadmap: readonly RoadmapEntry[] | null;
  /** Data and Platforms levels of the same browser's Convergence diagnostic; null when there is none. */
  foundation: FoundationLevels | null;
  generatedAt: Date;
}

function genAiLevelLabel(level: MaturityLevel): string {
  return `${level} · ${getGenAiLevel(level).name}`;
}

function genAiScale(current: MaturityLevel | null): ReportLevelStep[] {
  return GENAI_LEVELS.map((l) => ({ level: l.level, name: l.name, isCurrent: l.level === current }));
}

/** Rows in the result page's order: largest gap first, then rated without a target, then the rest. */
function orderedDimensionRows(score: GenAiScore, priorities: ReadonlySet<string>): GenAiDimensionRow[] {
  const listed = new Set(score.gaps.map((g) => g.dimension));
  const rest = score.dimensions.filter((d) => !listed.has(d.dimension));
  const ordered: DimensionResult[] = [
    ...score.gaps,
    ...rest.filter((d) => d.status === "rated"),
    ...rest.filter((d) => d.status !== "rated"),
  ];
  return ordered.map((d) => {
    const isRated = d.status === "rated" && d.current !== null;
    const evidence = d.evidence.trim();
    return {
      name: getDimension(d.dimension).name,
      today: isRated && d.current !== null ? { level: d.current, name: getGenAiLevel(d.current).name } : null,
      target: isRated && d.target !== null ? { level: d.target, name: getGenAiLevel(d.target).name } : null,
      todayLabel: isRated && d.current !== null ? genAiLevelLabel(d.current) : d.status === "not_applicable" ? "Not applicable" : "Not answered",
      targetLabel: isRated && d.target !== null ? genAiLevelLabel(d.target) : "–",
      gapLabel: !isRated ? "–" : d.gap === null ? "No target" : d.gap === 0 ? "Hold" : `+${d.gap}`,
      gap: isRated ? d.gap : null,
      evidence: evidence === "" ? null : evidence,
      isRated,
      isPriority: priorities.has(d.dimension),
    };
  });
}

function pillarLevelText(pillar: "data" | "platforms", level: MaturityLevel | null): string {
  const name = getPillar(pillar).name;
  return level === null ? `${name} not scored` : `${name} at level ${level}, ${getConvergenceLevel(level).name}`;
}

/** The foundation check in words: a headline, the text for the summary, and the text above the roadmap's table. */
function foundationSummary(foundation: FoundationLevels | null, flags: readonly FoundationFlag[]) {
  if (!foundation) {
    const text =
      "No completed Convergence diagnostic was found for this browser. It shows whether the Data and Platforms pillars can carry these targets; AI amplifies what already exists.";
    return { isWarning: false, headline: "Foundation check not run", summaryText: text, roadmapText: text };
  }
  const levels = `${pillarLevelText("data", foundation.data)} and ${pillarLevelText("platforms", foundation.platforms)}`;
  if (flags.length === 0) {
    const text = `The Convergence diagnostic puts ${levels}. No target asks more of them than they can give.`;
    return { isWarning: false, headline: "The foundation can carry these targets", summaryText: text, roadmapText: text };
  }
  const names = [...new Set(flags.map((f) => getDimension(f.dimension).name))];
  const lead = `AI amplifies what already exists. The Convergence diagnostic puts ${levels}. Strengthen the foundation before, or alongside,`;
  // Past three names a list stops being read; the roadmap pages list every flag in a table.
  const inSummary = names.length <= 3 ? `the targets for ${joinAsProse(names)}` : `the ${names.length} targets listed with the roadmap`;
  return {
    isWarning: true,
    headline: `${names.length === 1 ? "One target asks" : `${names.length} targets ask`} more than the foundation can carry`,
    summaryText: `${lead} ${inSummary}.`,
    roadmapText: `${lead} the ${names.length === 1 ? "target" : "targets"} below.`,
  };
}

function genAiReturn(level: MaturityLevel | null, byDate: string, priorityCount: number): string {
  const integrated = getGenAiLevel(INTEGRATED_WORKFLOWS_LEVEL).name;
  if (level !== null && level >= INTEGRATED_WORKFLOWS_LEVEL) {
    return `Level 3, ${integrated}, is where AI stops being a side project and starts paying back, and the organisation is there overall. The next return comes from foresight (level 4): forecasting results before the money is spent, which only works on the trusted data and integrations level 3 built.`;
  }
  return `Level 3, ${integrated}, is the turning point: AI stops being a side project and becomes part of how work gets done, and that is where it starts paying back. Bringing ${priorityCount === 1 ? "the priority" : `the ${countWord(priorityCount)} priorities`} there ${byDate} turns individual time savings into repeatable gains, measured by the success measures on each roadmap card.`;
}

/** "by 30 September 2027", or "between … and …" when the team set different dates. */
function byDateOf(entries: readonly RoadmapEntry[]): string {
  const dates = [...new Set(entries.map((e) => e.targetDate))].sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return "by the end of the next third quarter";
  return first === last ? `by ${formatIsoDay(first)}` : `between ${formatIsoDay(first)} and ${formatIsoDay(last)}`;
}

const ownerOr = (name: string) => (name.trim() === "" ? "To be named" : name.trim());

/** Builds the executive report of a completed Generative AI maturity assessment, with its roadmap. */
export function buildGenAiReport(input: GenAiReportInput): GenAiReport {
  const organisation = organisationOf(input.organisation);
  const generatedOn = toIsoDay(input.generatedAt);
  const score = input.score ?? scoreGenAi(input.ratings);
  const motion = input.motion ?? "hybrid";
  // The same fallback as the result page and currentRoadmap(): the saved roadmap, else defaults
  // for the proposed priorities, dated from today.
  const isProposed = input.savedRoadmap === null;
  const roadmap = input.savedRoadmap ?? buildDefaultRoadmap(proposePriorities(score, motion), input.generatedAt);
  const flags = input.foundation ? flagTargetsBeyondFoundation(score, input.foundation) : [];
  const foundation = foundationSummary(input.foundation, flags);
  const level = score.overallLevel === null ? null : getGenAiLevel(score.overallLevel);
  const resultOf = new Map(score.dimensions.map((d) => [d.dimension, d]));
  const motionName = (GTM_MOTIONS.find((m) => m.id === motion)?.name ?? motion).toLowerCase();
  const priorityNames = roadmap.map((e) => getDimension(e.dimension).name);
  const byDate = byDateOf(roadmap);
  const target = getGenAiLevel(INTEGRATED_WORKFLOWS_LEVEL);

  const todayOf = (entry: RoadmapEntry) => {
    const current = resultOf.get(entry.dimension)?.current ?? null;
    return current === null ? "not rated" : `level ${current}, ${getGenAiLevel(current).name}`;
  };

  const cards = roadmap.map(
    (entry, i): GenAiRoadmapCard => ({
      position: (i + 1) as 1 | 2 | 3,
      dimension: getDimension(entry.dimension).name,
      todayLabel: `Today: ${todayOf(entry)}`,
      goalLabel: `Goal: level ${target.level}, ${target.name}, by ${formatIsoDay(entry.targetDate)}`,
      dateLabel: formatIsoDay(entry.targetDate),
      marketingOwner: ownerOr(entry.marketingOwner),
      itOwner: ownerOr(entry.itOwner),
      fields: [
        { label: `What level ${target.level} looks like for us`, text: entry.whatItLooksLike },
        { label: "Infrastructure needed", text: entry.infrastructure },
        { label: "Training the team needs", text: entry.training },
        { label: "Governance to document", text: entry.governance },
        { label: "How success is measured", text: entry.successMeasure },
      ],
      marketingWin: entry.marketingWin,
      itWin: entry.itWin,
      flags: flags.filter((f) => f.dimension === entry.dimension).map((f) => f.reason),
    }),
  );

  // Only dimensions below level 3 are proposed or accepted, so the roadmap may hold fewer than three, or none.
  const nothingToPlan =
    "Every dimension that applies is already at level 3 or beyond, so this roadmap has nothing to plan; the targets in the gap table show the next step.";
  const bringText =
    roadmap.length === 0
      ? nothingToPlan
      : `Bring ${joinAsProse(priorityNames)} to level ${target.level}, ${target.name}, ${byDate}.`;
  // Fewer cards than the usual three: say why, so a short roadmap does not read as an omission.
  const shortNote = shortRoadmapNote(roadmap.length);
  const fewer = shortNote ? ` ${shortNote}` : "";
  const choice = isProposed
    ? `Proposed from the ${motionName} go-to-market motion: the least mature of its focus dimensions below level 3, then of the other dimensions below level 3.${fewer} The team can change them on the result page.`
    : `Chosen by the team, first proposed from the ${motionName} go-to-market motion.${fewer}`;
  const headline = level ? `Level ${level.level}: ${level.name}` : "No level yet";
  const team = (input.respondentCount ?? 1) > 1;
  const counts = [
    team
      ? `Combined from ${input.respondentCount} respondents: each dimension at the lower median of their ratings, ${plural(score.ratedCount, "rated dimension", "rated dimensions")}, and overall the median respondent’s level`
      : `Based on ${plural(score.ratedCount, "rated dimension", "rated dimensions")}`,
    score.notApplicableCount > 0 ? `${score.notApplicableCount} marked not applicable and left out` : null,
    score.unansweredCount > 0 ? `${score.unansweredCount} not answered` : null,
  ].filter(Boolean);

  return {
    instrument: "genai",
    organisation,
    generatedOn,
    fileName: reportFileName(organisation, "genai", generatedOn),
    title: `${GENAI_REPORT_NAME}: executive report for ${organisation}`,
    cover: {
      organisation,
      kicker: "Executive report",
      instrumentName: GENAI_REPORT_NAME,
      tagline: "Where generative AI stands across the marketing organisation, and the roadmap to Level 3 by Q3.",
      dateLabel: formatIsoDay(generatedOn),
      headline,
      level: level?.level ?? null,
      note: COVER_NOTE,
      preparedBy: preparedByOf(input),
      preparedByLogo: preparedByOf(input) ? (input.preparedByLogo ?? null) : null,
      basis: basisOf(input),
    },
    summary: {
      level: level ? { level: level.level, name: level.name, meaning: level.meaning } : null,
      basis: `${counts.join("; ")}.`,
      rule: GENAI_OVERALL_RULE,
      scale: genAiScale(score.overallLevel),
      marketingSees: level ? { heading: "What the Marketing team sees at this level", text: level.marketingSees } : null,
      itSees: level ? { heading: "What the IT team sees at this level", text: level.itSees } : null,
      roadmapHeadline: {
        heading: "Level 3 by Q3",
        text: roadmap.length === 0 ? nothingToPlan : `${bringText} ${choice}`,
      },
      priorities: roadmap.map((entry) => ({
        name: getDimension(entry.dimension).name,
        statusLabel: `Today: ${todayOf(entry)}. Goal: level ${target.level} by ${formatIsoDay(entry.targetDate)}.`,
        ownersLabel:
          entry.marketingOwner.trim() === "" && entry.itOwner.trim() === ""
            ? "Owners to be named"
            : `Owners: ${ownerOr(entry.marketingOwner)} (Marketing), ${ownerOr(entry.itOwner)} (IT)`,
      })),
      foundationNote: { heading: foundation.headline, text: foundation.summaryText, isWarning: foundation.isWarning },
      expectedReturn: { heading: "The expected return", text: genAiReturn(score.overallLevel, byDate, roadmap.length) },
    },
    dimensions: {
      heading: "Today and the target, dimension by dimension",
      intro: "Each dimension is rated on what the team can observe today, and given a target.",
      radar: {
        axes: score.dimensions.map((d) => {
          const name = getDimension(d.dimension).name;
          return d.status === "rated" ? name : `${name} (n/a)`;
        }),
        domain: [0, 5],
        ringCount: 5,
        series: [
          { id: "today", name: "Today", style: "filled", values: score.dimensions.map((d) => d.current) },
          { id: "target", name: "Target", style: "dashed", values: score.dimensions.map((d) => d.target ?? d.current) },
        ],
        caption: "Each spoke is a dimension; the rings mark levels 1 to 5 from the centre out. The filled shape is today, the dashed outline the target. Dimensions marked n/a sit at the centre.",
      },
      distribution: GENAI_LEVELS.map((l) => ({
        label: `${l.level} · ${l.name}`,
        count: score.distribution[l.level],
        names: score.dimensions
          .filter((d) => d.status === "rated" && d.current === l.level)
          .map((d) => getDimension(d.dimension).name),
      })),
      tableHeading: "The gap, dimension by dimension",
      tableIntro: `Largest gap first. ${roadmap.length === 0 ? "" : roadmap.length === 1 ? "The priority is marked; " : `The ${countWord(roadmap.length)} priorities are marked; `}${roadmap.length === 0 ? "N" : "n"}otes are the respondent’s own evidence.`,
      rows: orderedDimensionRows(score, new Set(roadmap.map((e) => e.dimension))),
    },
    roadmap: {
      heading: "Level 3 by Q3: the roadmap",
      intro:
        roadmap.length === 0
          ? nothingToPlan
          : `${roadmap.length === 1 ? "One dimension" : `${capitalise(countWord(roadmap.length))} dimensions`} to bring to ${target.name} ${byDate}. ${choice}`,
      cards,
      foundation: {
        heading: "Can the foundation carry these targets?",
        headline: foundation.headline,
        summary: foundation.roadmapText,
        isWarning: foundation.isWarning,
        flags: flags.map((f) => ({
          dimension: getDimension(f.dimension).name,
          target: `Level ${f.target}, ${getGenAiLevel(f.target).name}`,
          pillar: `${getPillar(f.pillar).name} at level ${f.pillarLevel}, ${getConvergenceLevel(f.pillarLevel).name}`,
          reason: f.reason,
        })),
        rule: `Below level ${FOUNDATION_READY_LEVEL}, a Convergence pillar can carry structured pilots but not integrated AI: each target of level ${INTEGRATED_WORKFLOWS_LEVEL} or more rests on the pillars its dimension leans on.`,
      },
    },
    method: genAiMethod(),
    ...contextSections(input),
  };
}
