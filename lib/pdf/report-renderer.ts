/**
 * Turns report objects into PDF bytes: the document is described on the calling thread
 * (lib/pdf/document-tree.ts) and drawn by a render worker (lib/pdf/worker-pool.ts), with at most
 * one render per worker and a bounded queue in front (lib/pdf/render-limiter.ts). The app keeps
 * one renderer (lib/pdf/render.ts); the preview script makes its own.
 */
import type { ExecutiveReport } from "@/lib/report/types";
import { buildDocumentTree } from "./document-tree";
import { createRenderLimiter } from "./render-limiter";
import { createWorkerPool, type WorkerPool } from "./worker-pool";

export interface ReportRenderer {
  /** Renders a report, waiting for a free worker; throws RenderQueueFullError when the queue is full. */
  render(report: ExecutiveReport): Promise<Buffer>;
  /** Renders running and waiting now. */
  stats(): { running: number; queued: number };
  /** Stops the workers. */
  close(): Promise<void>;
}

/** A renderer with `workers` render workers and room for `maxQueued` waiting reports. */
export function createReportRenderer(options: {
  workers: number;
  maxQueued: number;
  retryAfterSeconds: number;
  timeoutMs: number;
  /** The workers; tests replace them. */
  pool?: WorkerPool;
}): ReportRenderer {
  const pool = options.pool ?? createWorkerPool({ size: options.workers, timeoutMs: options.timeoutMs });
  const limiter = createRenderLimiter({
    maxConcurrent: options.workers,
    maxQueued: options.maxQueued,
    retryAfterSeconds: options.retryAfterSeconds,
  });
  return {
    // The document is described inside the limiter too, so a burst of requests cannot pile up
    // documents in memory while they wait.
    render: (report) => limiter.run(async () => pool.renderTree(await buildDocumentTree(report))),
    stats: () => limiter.stats(),
    close: () => pool.close(),
  };
}
