/**
 * Bounded concurrency for PDF rendering (docs/decisions/004-pdf-rendering.md). A render is CPU
 * work on the server's one JavaScript thread; letting any number run at once would make every
 * other request wait behind them. At most `maxConcurrent` renders run, at most `maxQueued` wait
 * their turn, and beyond that the caller is told to come back later (the route answers 503).
 */

/** Thrown when every render slot and every queue place is taken. */
export class RenderQueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("Too many reports are being generated right now");
    this.name = "RenderQueueFullError";
  }
}

export interface RenderLimiter {
  /** Runs `task` when a slot is free; rejects at once with RenderQueueFullError when the queue is full. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Renders running and waiting now (for tests and diagnostics). */
  stats(): { running: number; queued: number };
}

/** A semaphore with a bounded FIFO queue. */
export function createRenderLimiter(options: {
  maxConcurrent: number;
  maxQueued: number;
  retryAfterSeconds: number;
}): RenderLimiter {
  const { maxConcurrent, maxQueued, retryAfterSeconds } = options;
  if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) throw new RangeError("maxConcurrent must be ≥ 1");
  if (!Number.isInteger(maxQueued) || maxQueued < 0) throw new RangeError("maxQueued must be ≥ 0");
  let running = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    const next = waiting.shift();
    // Hand the slot straight to the next in line, so `running` never dips and lets a newcomer jump the queue.
    if (next) next();
    else running -= 1;
  };

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running < maxConcurrent) running += 1;
      else if (waiting.length < maxQueued) await new Promise<void>((resolve) => waiting.push(resolve));
      else throw new RenderQueueFullError(retryAfterSeconds);
      try {
        return await task();
      } finally {
        release();
      }
    },
    stats: () => ({ running, queued: waiting.length }),
  };
}
