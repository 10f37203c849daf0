import "server-only";
import type { Actor } from "@/lib/auth/access";
import { getAssessment, getInstrumentOf } from "@/lib/data/assessments";
import { DomainError } from "@/lib/data/errors";
import { getConvergenceFoundationForBrowser, getGenAiAssessment } from "@/lib/data/genai";
import { buildConvergenceReport, buildGenAiReport } from "@/lib/report/build-report";
import type { ExecutiveReport } from "@/lib/report/types";

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
      ratings: view.ratings,
      motion: view.motion,
      savedRoadmap: view.roadmap,
      foundation: await getConvergenceFoundationForBrowser(actor.browserKey),
      generatedAt: options.generatedAt,
    });
  }
  const view = await getAssessment(actor, id, "convergence");
  if (view.status !== "completed") throw new DomainError("conflict", NOT_FINISHED);
  return buildConvergenceReport({ answers: view.answers, tools: view.tools, generatedAt: options.generatedAt });
}
