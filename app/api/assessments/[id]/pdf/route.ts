// GET /api/assessments/[id]/pdf – the executive PDF of a completed assessment (either instrument), as a download
import { apiRoute, jsonError, parseAssessmentId } from "@/lib/http/api";
import { actorOf } from "@/lib/auth/actor";
import { loadExecutiveReport } from "@/lib/pdf/load-report";
import { renderReportPdf } from "@/lib/pdf/render";
import { RenderQueueFullError } from "@/lib/pdf/render-limiter";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseAssessmentId((await params).id);
  const started = performance.now();
  const report = await loadExecutiveReport(id, await actorOf(request), { generatedAt: new Date() });
  const loaded = performance.now();
  let pdf: Buffer;
  try {
    pdf = await renderReportPdf(report);
  } catch (error) {
    if (!(error instanceof RenderQueueFullError)) throw error;
    const busy = jsonError(503, "busy", error.message);
    busy.headers.set("Retry-After", String(error.retryAfterSeconds));
    return busy;
  }
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      // The file name is a slug of safe characters (lib/report/file-name.ts), so it needs no encoding.
      "Content-Disposition": `attachment; filename="${report.fileName}"`,
      "Content-Length": String(pdf.length),
      // The report holds the respondent's answers: never store it in a shared cache.
      "Cache-Control": "private, no-store",
      // Where the time went (render includes any wait for a render slot); `npm run bench` reads it.
      "Server-Timing": `data;dur=${(loaded - started).toFixed(1)}, render;dur=${(performance.now() - loaded).toFixed(1)}`,
    },
  });
});
