import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConnectionLock } from "./connection-lock";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("ConnectionLock", () => {
  it("hands the connection on in the order it was asked for, one holder at a time", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 12 }), async (pauses) => {
        const lock = new ConnectionLock();
        const order: number[] = [];
        let holders = 0;
        let most = 0;
        await Promise.all(
          pauses.map((pause, index) =>
            lock.run(async () => {
              holders += 1;
              most = Math.max(most, holders);
              order.push(index);
              for (let i = 0; i < pause; i += 1) await tick();
              holders -= 1;
            }),
          ),
        );
        expect(most).toBe(1);
        expect(order).toEqual(pauses.map((_, index) => index));
      }),
    );
  });

  it("is released when the work fails, and the next caller goes ahead", async () => {
    const lock = new ConnectionLock();
    await expect(lock.run(() => Promise.reject(new Error("failed")))).rejects.toThrow("failed");
    await expect(lock.run(() => "next")).resolves.toBe("next");
  });

  it("keeps a later caller waiting while the holder has not released", async () => {
    const lock = new ConnectionLock();
    const release = await lock.acquire();
    let entered = false;
    const waiting = lock.run(() => {
      entered = true;
    });
    await tick();
    expect(entered).toBe(false);
    release();
    await waiting;
    expect(entered).toBe(true);
  });
});

describe("ConnectionLock.runNow", () => {
  it("runs at once on a free connection, and after the holder otherwise, in turn with the rest", async () => {
    const lock = new ConnectionLock();
    const order: string[] = [];
    await lock.runNow(() => order.push("free"));
    expect(order).toEqual(["free"]);

    const release = await lock.acquire();
    const queued = lock.run(() => order.push("queued first"));
    const now = lock.runNow(() => order.push("now, but held"));
    await tick();
    expect(order).toEqual(["free"]);
    release();
    await Promise.all([queued, now]);
    expect(order).toEqual(["free", "queued first", "now, but held"]);
  });

  it("releases the connection when the work throws", async () => {
    const lock = new ConnectionLock();
    await expect(
      lock.runNow(() => {
        throw new Error("statement failed");
      }),
    ).rejects.toThrow("statement failed");
    await expect(lock.runNow(() => "next")).resolves.toBe("next");
  });
});
