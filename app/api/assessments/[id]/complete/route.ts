// POST /api/assessments/[id]/complete – finishes a diagnostic once every question has an answer
import { completeAssessment } from "@/lib/data/assessments";
import { apiRoute, parseAssessmentId } from "@/lib/http/api";
import { resultPathOf } from "@/lib/http/paths";

export const POST = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseAssessmentId((await params).id);
  await completeAssessment(id, "convergence");
  return Response.json({ resultUrl: resultPathOf(id) });
});
