import "server-only";
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

/** The value of one cookie in a request's Cookie header, or null. */
export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      const value = part.slice(separator + 1).trim();
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
  }
  return null;
}

/**
 * The executive report of a completed assessment of either instrument: not_found for an unknown
 * id, conflict for an unfinished one. `browserKey` is the requester's browser cookie: the GenAI
 * result page checks targets against that browser's Convergence diagnostic, and so does the PDF.
 */
export async function loadExecutiveReport(
  id: string,
  options: { browserKey: string | null; generatedAt: Date },
): Promise<ExecutiveReport> {
  const instrument = await getInstrumentOf(id);
  if (instrument === "genai") {
    const view = await getGenAiAssessment(id);
    if (view.status !== "completed") throw new DomainError("conflict", NOT_FINISHED);
    return buildGenAiReport({
      ratings: view.ratings,
      motion: view.motion,
      savedRoadmap: view.roadmap,
      foundation: await getConvergenceFoundationForBrowser(options.browserKey),
      generatedAt: options.generatedAt,
    });
  }
  const view = await getAssessment(id, "convergence");
  if (view.status !== "completed") throw new DomainError("conflict", NOT_FINISHED);
  return buildConvergenceReport({ answers: view.answers, tools: view.tools, generatedAt: options.generatedAt });
}
