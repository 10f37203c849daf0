import "server-only";
import type { Actor } from "@/lib/auth/access";
import { getAssessment, getInstrumentOf } from "@/lib/data/assessments";
import { DomainError } from "@/lib/data/errors";
import { getConvergenceFoundationForBrowser, getGenAiAssessment } from "@/lib/data/genai";
import { loadAssessmentReportContext, loadRoundReportSource } from "@/lib/data/report-context";
import { buildConvergenceReport, buildGenAiReport } from "@/lib/report/build-report";
import { pillarSpreadNotes } from "@/lib/report/team-sections";
import type { ExecutiveReport } from "@/lib/report/types";
import type { Viewer } from "@/lib/auth/access";
import { combinedConvergenceScore, combinedGenAiRatings, combinedGenAiScore, majorityMotion } from "@/lib/scoring/team";

/*
 * Gathers what a report needs through the data layer, which re-checks that the id exists and
 * is of the right instrument, and builds the report with the pure builders. Only a completed
 * assessment has a result to report on.
 */

const NOT_FINISHED = "Finish the assessment before downloading its report";

/**
 * The executive report of a completed assessment of either instrument: not_found for an unknown
 * id or one the actor may not reach, conflict for an unfinished one. The actor's browser key: the GenAI
 * result page checks targets against that browser's Convergence diagnostic, and so does the PDF.
 */
export async function loadExecutiveReport(
  id: string,
  actor: Actor,
  options: { generatedAt: Date },
): Promise<ExecutiveReport> {
  const instrument = await getInstrumentOf(actor, id);
  if (instrument === "genai") {
    const view = await getGenAiAssessment(actor, id);
    if (view.status !== "completed") throw new DomainError("conflict", NOT_FINISHED);
    return buildGenAiReport({
      ...(await loadAssessmentReportContext(actor, id, options.generatedAt)),
      ratings: view.ratings,
      motion: view.motion,
      savedRoadmap: view.roadmap,
      foundation: await getConvergenceFoundationForBrowser(actor.browserKey),
      generatedAt: options.generatedAt,
    });
  }
  const view = await getAssessment(actor, id, "convergence");
  if (view.status !== "completed") throw new DomainError("conflict", NOT_FINISHED);
  return buildConvergenceReport({
    ...(await loadAssessmentReportContext(actor, id, options.generatedAt)),
    answers: view.answers,
    tools: view.tools,
    generatedAt: options.generatedAt,
  });
}

const NOBODY_FINISHED = "The round's report is ready once a respondent has finished";

/**
 * The executive report of a round, for the organisation's people and its consultant (not_found
 * for anyone else): a one-person round is that person's report; a team round's is built from the
 * combined result the round page shows (each pillar or dimension at the respondents' median, the
 * overall at the median respondent), with the Marketing-vs-IT gaps and, for the consultant, the
 * consultant's notes. conflict while nobody has finished.
 */
export async function loadRoundReport(viewer: Viewer | null, roundId: string, options: { generatedAt: Date }): Promise<ExecutiveReport> {
  const { view, context, completed } = await loadRoundReportSource(viewer, roundId, options.generatedAt);
  const first = completed[0];
  if (!first) throw new DomainError("conflict", NOBODY_FINISHED);
  if (view.round.kind === "solo") return loadExecutiveReport(first.assessmentId, { viewer, browserKey: null }, options);
  const combined = view.round.combined;
  if (combined.instrument === "convergence") {
    return buildConvergenceReport({
      ...context,
      answers: {},
      score: combinedConvergenceScore(combined),
      partNotes: pillarSpreadNotes(combined),
      tools: [],
      generatedAt: options.generatedAt,
    });
  }
  return buildGenAiReport({
    ...context,
    ratings: combinedGenAiRatings(combined),
    score: combinedGenAiScore(combined),
    motion: majorityMotion(completed.map((c) => c.motion)),
    savedRoadmap: null,
    foundation: null,
    generatedAt: options.generatedAt,
  });
}
