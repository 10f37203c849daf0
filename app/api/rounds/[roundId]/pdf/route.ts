// GET /api/rounds/[roundId]/pdf – the executive PDF of a round: a team's combined result with its
// Marketing-vs-IT gaps (and the consultant's notes for the consultant), or a one-person round's result
import { getViewer } from "@/lib/auth/actor";
import { apiRoute, HttpError } from "@/lib/http/api";
import { recordPdfExport } from "@/lib/http/audit";
import { limitPdfExport } from "@/lib/http/rate-limited";
import { loadRoundReport } from "@/lib/pdf/load-report";
import { reportPdfResponse } from "@/lib/pdf/respond";
import { recordIdSchema } from "@/lib/validation/teams";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ roundId: string }> }) => {
  const viewer = await getViewer();
  if (!viewer) throw new HttpError(401, "unauthenticated", "Sign in to download this report");
  const roundId = recordIdSchema.safeParse((await params).roundId);
  if (!roundId.success) throw new HttpError(404, "not_found", "Round not found");
  const limited = await limitPdfExport(request, roundId.data);
  if (limited) return limited;
  const started = performance.now();
  const report = await loadRoundReport(viewer, roundId.data, { generatedAt: new Date() });
  const response = await reportPdfResponse(report, { started, loaded: performance.now() });
  if (response.ok) await recordPdfExport(request, { roundId: roundId.data }, viewer.userId);
  return response;
});
