// GET /api/assessments/[id]/pdf – the executive PDF of a completed assessment (either instrument), as a download
import { apiRoute, parseAssessmentId } from "@/lib/http/api";
import { actorOf } from "@/lib/auth/actor";
import { recordPdfExport } from "@/lib/http/audit";
import { limitPdfExport } from "@/lib/http/rate-limited";
import { loadExecutiveReport } from "@/lib/pdf/load-report";
import { reportPdfResponse } from "@/lib/pdf/respond";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseAssessmentId((await params).id);
  const limited = await limitPdfExport(request, id);
  if (limited) return limited;
  const started = performance.now();
  const actor = await actorOf(request);
  const report = await loadExecutiveReport(id, actor, { generatedAt: new Date() });
  const response = await reportPdfResponse(report, { started, loaded: performance.now() });
  if (response.ok) await recordPdfExport(request, { assessmentId: id }, actor.viewer?.userId ?? null);
  return response;
});
