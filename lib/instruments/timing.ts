/**
 * How long each instrument takes, from its own content and pacing: the one figure every page
 * that promises a duration (landing, team invitations, questionnaire) reads.
 */
import { QUESTIONS, SECONDS_PER_QUESTION } from "./convergence";
import { DIMENSION_IDS, SECONDS_PER_DIMENSION } from "./genai";

/** Seconds a respondent needs: one per question, or the motion question plus one per dimension. */
export function secondsToComplete(instrument: "convergence" | "genai"): number {
  return instrument === "convergence" ? QUESTIONS.length * SECONDS_PER_QUESTION : (DIMENSION_IDS.length + 1) * SECONDS_PER_DIMENSION;
}

/** The same in whole minutes, rounded up, never below one. */
export function minutesToComplete(instrument: "convergence" | "genai"): number {
  return Math.max(1, Math.ceil(secondsToComplete(instrument) / 60));
}
