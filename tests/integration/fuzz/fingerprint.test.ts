// The fuzzing's "nothing written" check must itself work: a write by the app's connection shows
// in the fingerprint, the bookkeeping tables do not, and a snapshot restores the content. On the
// SQLite file, or on PostgreSQL with TEST_DATABASE_URL set.
import { afterAll, describe, expect, it } from "vitest";
import { useFreshTestDatabase } from "../../support/test-database";

const database = useFreshTestDatabase();
const { db } = await import("@/lib/db");
const { DatabaseWatch } = await import("./fingerprint");

const watch = await DatabaseWatch.open(database.path);

afterAll(async () => {
  await watch.close();
  await db.$disconnect();
  database.cleanup();
});

describe("DatabaseWatch", () => {
  it("sees a row written, changed or deleted by the app's connection", async () => {
    const before = await watch.fingerprint();
    const version = await watch.version();
    const message = await db.outboxMessage.create({ data: { to: "a@example.com", subject: "Hello", text: "Body" } });
    expect(await watch.version()).not.toBe(version);
    const written = await watch.fingerprint();
    expect(DatabaseWatch.differences(before, written)).toEqual(["OutboxMessage"]);

    await db.outboxMessage.update({ where: { id: message.id }, data: { subject: "Hello!" } });
    expect(DatabaseWatch.differences(written, await watch.fingerprint())).toEqual(["OutboxMessage"]);

    await db.outboxMessage.delete({ where: { id: message.id } });
    expect(DatabaseWatch.differences(before, await watch.fingerprint())).toEqual([]);
  });

  it("leaves the bookkeeping out, and read caches only when asked", async () => {
    const before = await watch.fingerprint();
    await db.rateLimitBucket.create({ data: { key: "sign-in:address:192.0.2.1", windowStart: new Date(), count: 1 } });
    await db.auditEvent.create({ data: { action: "sign_in", outcome: "failure" } });
    expect(DatabaseWatch.differences(before, await watch.fingerprint())).toEqual([]);
    await watch.resetRateLimits();
    expect(await db.rateLimitBucket.count()).toBe(0);

    const cacheBefore = await watch.fingerprint();
    await db.benchmarkSnapshot.create({ data: { key: "convergence|industry=*|size=*", payload: "{}" } });
    expect(DatabaseWatch.differences(cacheBefore, await watch.fingerprint())).toEqual(["BenchmarkSnapshot"]);
    expect(DatabaseWatch.differences(cacheBefore, await watch.fingerprint(), new Set(["BenchmarkSnapshot"]))).toEqual([]);
  });

  it("restores a snapshot, and reads the session version the app would", async () => {
    const user = await db.user.create({ data: { id: "watch-user-0000000000001", email: "watch@example.com", passwordHash: "x" } });
    const snapshot = await watch.snapshot();
    const before = await watch.fingerprint();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 3 } } });
    expect(await watch.sessionVersionOf(user.id)).toBe(3);
    await watch.restore(snapshot);
    expect(DatabaseWatch.differences(before, await watch.fingerprint())).toEqual([]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });

  it("restores rows that reference other tables and each other (a practice, its client, a member, a round)", async () => {
    const practice = { id: "watch-practice-zzzzzzzzzz", kind: "practice", name: "Watch Practice", industry: "other", sizeBand: "1-49" };
    await db.organization.create({ data: { id: "watch-client-aaaaaaaaaaaa", name: "Watch Client", industry: "retail", sizeBand: "50-249", consultantPractice: { create: practice } } });
    const owner = await db.user.create({ data: { id: "watch-user-0000000000002", email: "owner@watch.example.com", passwordHash: "x" } });
    await db.membership.create({ data: { userId: owner.id, organizationId: "watch-client-aaaaaaaaaaaa", role: "owner" } });
    await db.assessmentRound.create({ data: { id: "watch-round-000000000001", organizationId: "watch-client-aaaaaaaaaaaa", instrument: "convergence", kind: "team", title: "" } });
    const snapshot = await watch.snapshot();
    const before = await watch.fingerprint();

    // Deleting the practice clears the client's link to it; deleting the client cascades to its membership and round.
    await db.organization.delete({ where: { id: practice.id } });
    await db.organization.delete({ where: { id: "watch-client-aaaaaaaaaaaa" } });
    expect(DatabaseWatch.differences(before, await watch.fingerprint()).sort()).toEqual(["AssessmentRound", "Membership", "Organization"]);

    await watch.restore(snapshot);
    expect(DatabaseWatch.differences(before, await watch.fingerprint())).toEqual([]);
    const client = await db.organization.findUniqueOrThrow({ where: { id: "watch-client-aaaaaaaaaaaa" }, include: { memberships: true, rounds: true } });
    expect(client.consultantPracticeId).toBe(practice.id);
    expect(client.memberships.map((m) => m.userId)).toEqual([owner.id]);
    expect(client.rounds.map((r) => r.id)).toEqual(["watch-round-000000000001"]);
  });
});
