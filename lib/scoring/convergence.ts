/**
 * Scoring of the Convergence Factor diagnostic. Pure: answers in, scores out.
 *
 * The rule (also in the README):
 * - an answer at level L is worth (L − 1) × 25 points: 0, 25, 50, 75 or 100;
 * - "Don't know" and unanswered questions are left out;
 * - a pillar's score is the rounded mean of its answered questions (0–100), or
 *   no score when none of its questions has a level;
 * - the overall score is the rounded mean of the scored pillars, each pillar
 *   weighing the same whatever its number of questions;
 * - a score maps to a level by bands of 20: 0–19 → 1, 20–39 → 2, 40–59 → 3,
 *   60–79 → 4, 80–100 → 5;
 * - the overall level is the band of the overall score, but at most one above
 *   the weakest pillar's level: AI amplifies what already exists, so a strong
 *   average cannot hide a siloed foundation;
 * - the biggest disconnect is the scored pillar with the lowest score, ties
 *   broken by the model's pillar order.
 */
import {
  PILLAR_IDS,
  QUESTIONS,
  type PillarId,
  type Question,
} from "../instruments/convergence";
import { DONT_KNOW, isMaturityLevel, type Choice, type MaturityLevel } from "../instruments/types";

/** Answers by question id. Unknown ids are ignored by scoring (validation rejects them earlier). */
export type ConvergenceAnswers = Readonly<Record<string, Choice | undefined>>;

export interface PillarScore {
  pillar: PillarId;
  /** 0–100, or null when no question of the pillar has a level. */
  score: number | null;
  level: MaturityLevel | null;
  /** Questions answered with a level. */
  scoredCount: number;
  dontKnowCount: number;
  questionCount: number;
}

export interface ConvergenceScore {
  pillars: PillarScore[];
  /** 0–100, or null when no pillar could be scored. */
  overallScore: number | null;
  overallLevel: MaturityLevel | null;
  /** The band of the overall score before the weakest-pillar cap. */
  uncappedLevel: MaturityLevel | null;
  isCapped: boolean;
  biggestDisconnect: PillarId | null;
  /** Pillars whose every answer was "Don't know" (or that were not answered). */
  unscoredPillars: PillarId[];
  answeredCount: number;
  questionCount: number;
}

/** Points for one answer at a level: (level − 1) × 25. */
export function pointsForLevel(level: MaturityLevel): number {
  return (level - 1) * 25;
}

/** The level band of a 0–100 score: 0–19 → 1, 20–39 → 2, 40–59 → 3, 60–79 → 4, 80–100 → 5. */
export function levelForScore(score: number): MaturityLevel {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`Score out of range: ${score}`);
  }
  const level = Math.min(5, Math.floor(score / 20) + 1);
  if (!isMaturityLevel(level)) throw new RangeError(`No level for score ${score}`);
  return level;
}

function scorePillar(
  pillar: PillarId,
  questions: readonly Question[],
  answers: ConvergenceAnswers,
): PillarScore {
  let points = 0;
  let scoredCount = 0;
  let dontKnowCount = 0;
  let questionCount = 0;
  for (const question of questions) {
    if (question.pillar !== pillar) continue;
    questionCount += 1;
    const answer = answers[question.id];
    if (answer === DONT_KNOW) dontKnowCount += 1;
    else if (isMaturityLevel(answer)) {
      points += pointsForLevel(answer);
      scoredCount += 1;
    }
  }
  const score = scoredCount === 0 ? null : Math.round(points / scoredCount);
  return {
    pillar,
    score,
    level: score === null ? null : levelForScore(score),
    scoredCount,
    dontKnowCount,
    questionCount,
  };
}

/** Scores a set of answers to the Convergence Factor diagnostic. */
export function scoreConvergence(
  answers: ConvergenceAnswers,
  questions: readonly Question[] = QUESTIONS,
): ConvergenceScore {
  const pillars = PILLAR_IDS.map((pillar) => scorePillar(pillar, questions, answers));
  const scored = pillars.filter((p): p is PillarScore & { score: number; level: MaturityLevel } =>
    p.score !== null && p.level !== null,
  );

  let overallScore: number | null = null;
  let overallLevel: MaturityLevel | null = null;
  let uncappedLevel: MaturityLevel | null = null;
  let biggestDisconnect: PillarId | null = null;

  if (scored.length > 0) {
    overallScore = Math.round(scored.reduce((sum, p) => sum + p.score, 0) / scored.length);
    uncappedLevel = levelForScore(overallScore);
    // PILLAR_IDS order is preserved in `scored`, so the first minimum wins ties.
    const weakest = scored.reduce((min, p) => (p.score < min.score ? p : min));
    biggestDisconnect = weakest.pillar;
    const cap = Math.min(5, weakest.level + 1);
    const capped = Math.min(uncappedLevel, cap);
    overallLevel = isMaturityLevel(capped) ? capped : uncappedLevel;
  }

  const answeredCount = questions.filter((q) => answers[q.id] !== undefined).length;

  return {
    pillars,
    overallScore,
    overallLevel,
    uncappedLevel,
    isCapped: overallLevel !== null && uncappedLevel !== null && overallLevel < uncappedLevel,
    biggestDisconnect,
    unscoredPillars: pillars.filter((p) => p.score === null).map((p) => p.pillar),
    answeredCount,
    questionCount: questions.length,
  };
}

/** Questions not yet answered (neither a level nor "Don't know"), in the model's order. */
export function findUnansweredQuestions(
  answers: ConvergenceAnswers,
  questions: readonly Question[] = QUESTIONS,
): Question[] {
  return questions.filter((q) => answers[q.id] === undefined);
}
