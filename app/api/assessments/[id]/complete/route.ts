// POST /api/assessments/[id]/complete – finishes an assessment of either instrument once everything is answered
import { actorOf } from "@/lib/auth/actor";
import { completeAssessment, getInstrumentOf } from "@/lib/data/assessments";
import { completeGenAiAssessment } from "@/lib/data/genai";
import { limitAssessmentWrite } from "@/lib/http/rate-limited";
import { apiRoute, parseAssessmentId } from "@/lib/http/api";
import { pathsOf } from "@/lib/http/paths";

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseAssessmentId((await params).id);
  const limited = await limitAssessmentWrite(request, id);
  if (limited) return limited;
  const actor = await actorOf(request);
  const instrument = await getInstrumentOf(actor, id);
  if (instrument === "genai") await completeGenAiAssessment(actor, id);
  else await completeAssessment(actor, id, "convergence");
  return Response.json({ resultUrl: pathsOf(instrument, id).result });
});
