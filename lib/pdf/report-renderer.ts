/**
 * Turns report objects into PDF bytes: the document is described on the calling thread
 * (lib/pdf/document-tree.ts) and drawn by a render worker (lib/pdf/worker-pool.ts), with at most
 * one render per worker and a bounded queue in front (lib/pdf/render-limiter.ts). The app keeps
 * one renderer (lib/pdf/render.ts); the preview script makes its own.
 *
 * A document is first drawn with one sheet per page (`fixedPageTree`), which react-pdf lays out
 * once; a report whose content fits its pages (every typical report) is done then. If a page came
 * out taller than A4, its content did not fit, and the document is drawn again as it flows
 * (`flowingPageTree`): long pages wrap onto more pages and the footers count them.
 */
import type { ExecutiveReport } from "@/lib/report/types";
import { buildDocumentTree, fixedPageTree, flowingPageTree, type DocumentNode } from "./document-tree";
import { PAGE } from "./document/theme";
import { pagesTallerThan } from "./pdf-pages";
import { createRenderLimiter } from "./render-limiter";
import { createWorkerPool, type WorkerPool } from "./worker-pool";

/** How a document was drawn: on fixed pages, or flowing after a page did not fit (tests and scripts read it). */
export interface DrawnDocument {
  pdf: Buffer;
  /** Indices of the document's pages whose content did not fit one sheet; empty when drawn on fixed pages. */
  overflowing: number[];
}

/** Draws a described document on `pool`: on fixed pages, or flowing when a page did not fit. */
export async function drawDocument(pool: WorkerPool, tree: DocumentNode): Promise<DrawnDocument> {
  const fixed = await pool.renderTree(fixedPageTree(tree));
  const overflowing = pagesTallerThan(fixed, PAGE.height);
  if (overflowing.length === 0) return { pdf: fixed, overflowing };
  const pageCount = typeof tree === "string" ? 0 : tree.children.length;
  const fitting = new Set(Array.from({ length: pageCount }, (_, i) => i).filter((i) => !overflowing.includes(i)));
  return { pdf: await pool.renderTree(flowingPageTree(tree, fitting)), overflowing };
}

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
    render: (report) => limiter.run(async () => (await drawDocument(pool, await buildDocumentTree(report))).pdf),
    stats: () => limiter.stats(),
    close: () => pool.close(),
  };
}
