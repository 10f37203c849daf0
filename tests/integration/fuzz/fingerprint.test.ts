// The fuzzing's "nothing written" check must itself work: a write by the app's connection shows
// in the fingerprint, the bookkeeping tables do not, and a snapshot restores the content.
import { afterAll, describe, expect, it } from "vitest";
import { useFreshTestDatabase } from "../../support/test-database";

const database = useFreshTestDatabase();
const { db } = await import("@/lib/db");
const { DatabaseWatch } = await import("./fingerprint");

const watch = new DatabaseWatch(database.path);

afterAll(async () => {
  watch.close();
  await db.$disconnect();
  database.cleanup();
});

describe("DatabaseWatch", () => {
  it("sees a row written, changed or deleted by the app's connection", async () => {
    const before = watch.fingerprint();
    const version = watch.version();
    const message = await db.outboxMessage.create({ data: { to: "a@example.com", subject: "Hello", text: "Body" } });
    expect(watch.version()).not.toBe(version);
    const written = watch.fingerprint();
    expect(DatabaseWatch.differences(before, written)).toEqual(["OutboxMessage"]);

    await db.outboxMessage.update({ where: { id: message.id }, data: { subject: "Hello!" } });
    expect(DatabaseWatch.differences(written, watch.fingerprint())).toEqual(["OutboxMessage"]);

    await db.outboxMessage.delete({ where: { id: message.id } });
    expect(DatabaseWatch.differences(before, watch.fingerprint())).toEqual([]);
  });

  it("leaves the bookkeeping out, and read caches only when asked", async () => {
    const before = watch.fingerprint();
    await db.rateLimitBucket.create({ data: { key: "sign-in:address:192.0.2.1", windowStart: new Date(), count: 1 } });
    await db.auditEvent.create({ data: { action: "sign_in", outcome: "failure" } });
    expect(DatabaseWatch.differences(before, watch.fingerprint())).toEqual([]);
    watch.resetRateLimits();
    expect(await db.rateLimitBucket.count()).toBe(0);

    const cacheBefore = watch.fingerprint();
    await db.benchmarkSnapshot.create({ data: { key: "convergence|industry=*|size=*", payload: "{}" } });
    expect(DatabaseWatch.differences(cacheBefore, watch.fingerprint())).toEqual(["BenchmarkSnapshot"]);
    expect(DatabaseWatch.differences(cacheBefore, watch.fingerprint(), new Set(["BenchmarkSnapshot"]))).toEqual([]);
  });

  it("restores a snapshot, and reads the session version the app would", async () => {
    const user = await db.user.create({ data: { id: "watch-user-0000000000001", email: "watch@example.com", passwordHash: "x" } });
    const snapshot = watch.snapshot();
    const before = watch.fingerprint();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 3 } } });
    expect(watch.sessionVersionOf(user.id)).toBe(3);
    watch.restore(snapshot);
    expect(DatabaseWatch.differences(before, watch.fingerprint())).toEqual([]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });
});
