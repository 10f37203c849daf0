// POST /api/assessments/[id]/complete – finishes an assessment of either instrument once everything is answered
import { completeAssessment, getInstrumentOf } from "@/lib/data/assessments";
import { completeGenAiAssessment } from "@/lib/data/genai";
import { apiRoute, parseAssessmentId } from "@/lib/http/api";
import { pathsOf } from "@/lib/http/paths";

export const POST = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseAssessmentId((await params).id);
  const instrument = await getInstrumentOf(id);
  if (instrument === "genai") await completeGenAiAssessment(id);
  else await completeAssessment(id, "convergence");
  return Response.json({ resultUrl: pathsOf(instrument, id).result });
});
