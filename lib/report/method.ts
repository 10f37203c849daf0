/**
 * The method pages: how each instrument turns answers into scores, levels and a plan. The
 * rules are those of lib/scoring and lib/plan (and the README), told for an executive reader;
 * figures come from the same constants the rules use, so the words cannot drift from the code.
 */
import { PILLARS, QUESTIONS, getConvergenceLevel, getPillar } from "../instruments/convergence";
import { DIMENSIONS, getGenAiLevel } from "../instruments/genai";
import { FOCUS_PILLAR_COUNT } from "../plan/convergence-plan";
import { FOUNDATION_READY_LEVEL, INTEGRATED_WORKFLOWS_LEVEL, PRIORITY_COUNT } from "../plan/genai-roadmap";
import { GENAI_OVERALL_RULE } from "../scoring/genai";
import { levelForScore, pointsForLevel } from "../scoring/convergence";
import type { ReportTextSection } from "./types";

const SELF_REPORTED: ReportTextSection = {
  heading: "What this report is, and is not",
  paragraphs: [
    "The answers are self-reported. They give a baseline for a conversation between Marketing, IT and Data, not an audit. The most useful next step is to have the people who run the systems answer the same questions and compare.",
    "Re-measure every 90 days: the same questions, the same rules, so any change in the scores is a change in the organisation.",
  ],
};

/** The score bands as printed: "0–19: level 1, Siloed". */
function convergenceBands(): string[] {
  const lowerBounds = [0, 20, 40, 60, 80];
  return lowerBounds.map((low, i) => {
    const high = i === lowerBounds.length - 1 ? 100 : (lowerBounds[i + 1] ?? 100) - 1;
    const level = getConvergenceLevel(levelForScore(low));
    return `${low}–${high}: level ${level.level}, ${level.name}`;
  });
}

/** How the Convergence Factor diagnostic is scored, section by section. */
export function convergenceMethod(): { heading: string; intro: string; sections: ReportTextSection[] } {
  const points = ([1, 2, 3, 4, 5] as const).map(pointsForLevel).join(", ");
  const pillarOrder = PILLARS.map((p) => p.name).join(", ");
  return {
    heading: "How the scores are computed",
    intro: `${QUESTIONS.length} questions across ${PILLARS.length} pillars (${pillarOrder}). Each option describes something that can be observed in the organisation today, and its position on the scale is its maturity.`,
    sections: [
      {
        heading: "From answers to points",
        paragraphs: [
          `An answer at level L is worth (L − 1) × 25 points, so the five options are worth ${points}.`,
          "“Don’t know” is left out. It counts neither as zero nor as anything else; not knowing is reported as a gap of its own.",
        ],
      },
      {
        heading: "Pillar scores and the overall score",
        paragraphs: [
          "A pillar’s score is the mean of its scored answers, rounded, from 0 to 100. A pillar answered only with “Don’t know” has no score, and the plan starts by finding out.",
          "The overall score is the rounded mean of the scored pillars. Each pillar weighs the same, whatever its number of questions.",
        ],
      },
      {
        heading: "From scores to levels",
        paragraphs: [
          "Scores map to levels in bands of 20:",
        ],
        steps: convergenceBands(),
      },
      {
        heading: "The weakest link sets the ceiling",
        paragraphs: [
          "The overall level is the band of the overall score, but never more than one level above the weakest pillar. AI amplifies what already exists, so a strong average cannot hide a siloed foundation. The summary says when this ceiling applies.",
          `The biggest disconnect is the pillar with the lowest score. Ties go to the model’s order: ${pillarOrder}.`,
        ],
      },
      {
        heading: "How the 90-day plan is chosen",
        paragraphs: [
          `The plan concentrates on the ${FOCUS_PILLAR_COUNT === 2 ? "two" : String(FOCUS_PILLAR_COUNT)} weakest pillars: unscored pillars first, then the lowest scores. Each phase carries one action for each of them.`,
          `Data counts as weak when it has no score, sits below level 3 (${getConvergenceLevel(3).name}) or is the weakest pillar. The three data-foundation steps (find the cracks; standardise and connect; govern and maintain) then lead phases 1 to 3 in place of the ${getPillar("data").name} pillar’s own actions.`,
        ],
      },
      SELF_REPORTED,
    ],
  };
}

/** How the Generative AI maturity model is scored and its roadmap built, section by section. */
export function genAiMethod(): { heading: string; intro: string; sections: ReportTextSection[] } {
  const target = getGenAiLevel(INTEGRATED_WORKFLOWS_LEVEL);
  return {
    heading: "How the levels are set",
    intro: `${DIMENSIONS.length} dimensions of B2B marketing, each with five levels described by what a team can observe: tools, data flows, approvals and metrics.`,
    sections: [
      {
        heading: "Rating a dimension",
        paragraphs: [
          "For each dimension the respondent chose the description that matches what the team does today, not what it plans, and a target level that is never below today.",
          "“Not applicable” marks work the team does not do. Such a dimension is left out of every score, count and gap.",
        ],
      },
      { heading: "The overall level", paragraphs: [GENAI_OVERALL_RULE] },
      {
        heading: "Gaps",
        paragraphs: [
          "A dimension’s gap is its target minus today’s level. The table lists the largest gaps first; equal gaps keep the model’s order.",
        ],
      },
      {
        heading: "The priorities",
        paragraphs: [
          `Up to ${PRIORITY_COUNT === 3 ? "three" : String(PRIORITY_COUNT)} priorities are proposed from the dimensions that matter most to the go-to-market motion (inbound-led, outbound-led or hybrid), least mature first, topped up from the other dimensions when fewer than ${PRIORITY_COUNT === 3 ? "three" : String(PRIORITY_COUNT)} of those qualify. Only a dimension below level 3 can be a priority: one already at level 3 or beyond has nothing to gain from a level-3 roadmap, and one marked not applicable is not run at all, so the roadmap may hold fewer cards. A dimension nobody could rate counts as the least mature. The team can change any of them, within the same rule.`,
        ],
      },
      {
        heading: "Level 3 by Q3",
        paragraphs: [
          `Each priority aims for level ${target.level}, ${target.name}, by 30 September of the next third quarter that has not started, so the team always has a full quarter. Each card starts from the model’s description of level ${target.level} for that dimension; the owners and dates are the team’s.`,
        ],
      },
      {
        heading: "The foundation check",
        paragraphs: [
          `When the same browser has completed the Convergence diagnostic, every target of level ${INTEGRATED_WORKFLOWS_LEVEL} or more is checked against the Data and Platforms pillars it relies on. Below level ${FOUNDATION_READY_LEVEL}, those pillars can carry structured pilots but not integrated AI, so such a target is flagged.`,
        ],
      },
      SELF_REPORTED,
    ],
  };
}
