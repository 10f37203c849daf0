// GET /api/assessments/[id]/pdf – the executive PDF of a completed assessment (either instrument), as a download
import { apiRoute, parseAssessmentId } from "@/lib/http/api";
import { actorOf } from "@/lib/auth/actor";
import { loadExecutiveReport } from "@/lib/pdf/load-report";
import { reportPdfResponse } from "@/lib/pdf/respond";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseAssessmentId((await params).id);
  const started = performance.now();
  const report = await loadExecutiveReport(id, await actorOf(request), { generatedAt: new Date() });
  return reportPdfResponse(report, { started, loaded: performance.now() });
});
