/**
 * Worker threads that draw report documents (lib/pdf/render-worker.mjs). A render is CPU work
 * that never yields to the event loop (react-pdf lays a whole document out in one go), so on the
 * main thread it would hold up every other request for its full duration; on a worker it holds
 * up nobody. Callers bound concurrency themselves (lib/pdf/report-renderer.ts) to `size`.
 *
 * A worker that fails, exits or overruns its time is terminated and replaced on the next render:
 * a render that never ends (react-pdf can loop on some layouts) costs one worker, not the server.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { DocumentNode } from "./document-tree";
import { reportFontFamilies, SHAPING_CACHE_LIMIT } from "./fonts";

/**
 * The worker's file. It is plain JavaScript that imports only packages, loaded from the project
 * (where `npm start`, the tests and the scripts run) rather than bundled: bundlers disagree on
 * how to emit worker entries, and a path they cannot see is left alone.
 */
export function workerFile(): string {
  return join(process.cwd(), "lib", "pdf", "render-worker.mjs");
}

/**
 * The render worker's young generation, in MB (V8's default is 48). A render allocates a few
 * hundred MB of short-lived layout objects; with room for more of them, V8 collects less often
 * and a warm render takes about a tenth less time (measured: docs/decisions/004-pdf-rendering.md),
 * for no more memory at peak than the default gives.
 */
export const RENDER_WORKER_YOUNG_GENERATION_MB = 192;

export interface WorkerPool {
  /** Draws one document on an idle worker (starting one if needed) and answers the PDF's bytes. */
  renderTree(tree: DocumentNode): Promise<Buffer>;
  /** Workers alive now. */
  size(): number;
  /** Stops every worker (scripts and tests; the server keeps its pool for its lifetime). */
  close(): Promise<void>;
}

interface Reply {
  id: number;
  pdf?: Uint8Array;
  error?: string;
}

/** A pool of at most `size` render workers, started on demand and kept for reuse. */
export function createWorkerPool(options: { size: number; timeoutMs: number }): WorkerPool {
  const { size, timeoutMs } = options;
  if (!Number.isInteger(size) || size < 1) throw new RangeError("A worker pool needs at least one worker");
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  let nextId = 1;

  const spawn = (): Worker => {
    const file = workerFile();
    if (!existsSync(file)) throw new Error(`PDF render worker missing: ${file}`);
    const worker = new Worker(file, {
      workerData: { fontFamilies: reportFontFamilies(), shapingCacheLimit: SHAPING_CACHE_LIMIT },
      resourceLimits: { maxYoungGenerationSizeMb: RENDER_WORKER_YOUNG_GENERATION_MB },
    });
    // An idle worker must not keep a script or a test run alive; a busy one is ref()'d below.
    worker.unref();
    all.add(worker);
    return worker;
  };

  const discard = (worker: Worker) => {
    all.delete(worker);
    const at = idle.indexOf(worker);
    if (at !== -1) idle.splice(at, 1);
    void worker.terminate();
  };

  const renderOn = (worker: Worker, tree: DocumentNode) =>
    new Promise<Buffer>((resolve, reject) => {
      const id = nextId++;
      const done = (outcome: { pdf: Buffer } | { error: Error }) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        worker.unref();
        if ("pdf" in outcome) {
          idle.push(worker);
          resolve(outcome.pdf);
        } else {
          discard(worker);
          reject(outcome.error);
        }
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        if (reply.pdf) done({ pdf: Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength) });
        else done({ error: new Error(`PDF render failed: ${reply.error ?? "no reason given"}`) });
      };
      const onError = (error: Error) => done({ error });
      const onExit = (code: number) => done({ error: new Error(`PDF render worker exited (code ${code})`) });
      const timer = setTimeout(() => done({ error: new Error(`PDF render took longer than ${timeoutMs} ms`) }), timeoutMs);
      worker.ref();
      worker.on("message", onMessage);
      worker.once("error", onError);
      worker.once("exit", onExit);
      worker.postMessage({ id, tree });
    });

  return {
    async renderTree(tree) {
      const worker = idle.pop() ?? (all.size < size ? spawn() : undefined);
      if (!worker) throw new Error(`All ${size} PDF render workers are busy; bound concurrency before calling`);
      return renderOn(worker, tree);
    },
    size: () => all.size,
    async close() {
      const workers = [...all];
      all.clear();
      idle.length = 0;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
