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
