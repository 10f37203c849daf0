import "server-only";
import { jsonError } from "@/lib/http/api";
import type { ExecutiveReport } from "@/lib/report/types";
import { renderReportPdf } from "./render";
import { RenderQueueFullError } from "./render-limiter";

/**
 * The download response of an executive report: rendered on a worker (lib/pdf/render.ts), 503 with
 * Retry-After when the render queue is full. `started` and `loaded` (performance.now() before and
 * after the report was read) go out as Server-Timing, which `npm run bench` reads.
 */
export async function reportPdfResponse(report: ExecutiveReport, timing: { started: number; loaded: number }): Promise<Response> {
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
      // The report holds the respondents' answers: never store it in a shared cache.
      "Cache-Control": "private, no-store",
      // Where the time went (render includes any wait for a render slot).
      "Server-Timing": `data;dur=${(timing.loaded - timing.started).toFixed(1)}, render;dur=${(performance.now() - timing.loaded).toFixed(1)}`,
    },
  });
}
