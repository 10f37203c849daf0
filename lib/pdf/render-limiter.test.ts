import { describe, expect, it } from "vitest";
import { createRenderLimiter, RenderQueueFullError } from "./render-limiter";

/** A task that finishes when `release()` is called, recording when it started. */
function deferredTask(started: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { task: async () => (started.push(name), await done, name), release: () => release() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createRenderLimiter", () => {
  it("runs at most maxConcurrent tasks, then the queued ones in arrival order", async () => {
    const limiter = createRenderLimiter({ maxConcurrent: 2, maxQueued: 5, retryAfterSeconds: 3 });
    const started: string[] = [];
    const tasks = ["a", "b", "c", "d"].map((name) => deferredTask(started, name));
    const results = tasks.map((t) => limiter.run(t.task));
    await tick();
    expect(started).toEqual(["a", "b"]);
    expect(limiter.stats()).toEqual({ running: 2, queued: 2 });
    tasks[1]?.release();
    await tick();
    expect(started).toEqual(["a", "b", "c"]);
    tasks[0]?.release();
    tasks[2]?.release();
    tasks[3]?.release();
    expect(await Promise.all(results)).toEqual(["a", "b", "c", "d"]);
    expect(limiter.stats()).toEqual({ running: 0, queued: 0 });
  });

  it("refuses at once, with a retry delay, when the queue is full", async () => {
    const limiter = createRenderLimiter({ maxConcurrent: 1, maxQueued: 1, retryAfterSeconds: 7 });
    const started: string[] = [];
    const first = deferredTask(started, "first");
    const second = deferredTask(started, "second");
    const running = limiter.run(first.task);
    const queued = limiter.run(second.task);
    const refused = limiter.run(async () => "never");
    await expect(refused).rejects.toBeInstanceOf(RenderQueueFullError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 7 });
    first.release();
    second.release();
    expect(await Promise.all([running, queued])).toEqual(["first", "second"]);
  });

  it("frees the slot when a task fails", async () => {
    const limiter = createRenderLimiter({ maxConcurrent: 1, maxQueued: 0, retryAfterSeconds: 1 });
    await expect(limiter.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limiter.run(async () => "next")).toBe("next");
    expect(limiter.stats()).toEqual({ running: 0, queued: 0 });
  });

  it("refuses nonsensical limits", () => {
    expect(() => createRenderLimiter({ maxConcurrent: 0, maxQueued: 1, retryAfterSeconds: 1 })).toThrow(RangeError);
    expect(() => createRenderLimiter({ maxConcurrent: 1, maxQueued: -1, retryAfterSeconds: 1 })).toThrow(RangeError);
  });
});
