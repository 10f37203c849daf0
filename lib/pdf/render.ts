import "server-only";
import { availableParallelism } from "node:os";
import type { ExecutiveReport } from "@/lib/report/types";
import { createReportRenderer } from "./report-renderer";

/*
 * The app's one PDF renderer (docs/decisions/004-pdf-rendering.md). Renders run on worker
 * threads: one per core beyond the first, at most two, so the main thread always keeps a core
 * for everyone else (one worker on the 2-core machines we run on). Eight more reports may wait
 * (a render takes a few hundred milliseconds, so the last in line waits a few seconds); beyond
 * that the route answers 503 with Retry-After. A render that runs past 20 s has its worker
 * terminated and answers 500.
 */
export const MAX_CONCURRENT_RENDERS = Math.max(1, Math.min(2, availableParallelism() - 1));
export const MAX_QUEUED_RENDERS = 8;
export const RENDER_RETRY_AFTER_SECONDS = 5;
export const RENDER_TIMEOUT_MS = 20_000;

const renderer = createReportRenderer({
  workers: MAX_CONCURRENT_RENDERS,
  maxQueued: MAX_QUEUED_RENDERS,
  retryAfterSeconds: RENDER_RETRY_AFTER_SECONDS,
  timeoutMs: RENDER_TIMEOUT_MS,
});

/** Renders running and waiting in this process now. */
export function renderQueueStats(): { running: number; queued: number } {
  return renderer.stats();
}

/** Renders a report to PDF bytes on a render worker; throws RenderQueueFullError when the queue is full. */
export function renderReportPdf(report: ExecutiveReport): Promise<Buffer> {
  return renderer.render(report);
}
