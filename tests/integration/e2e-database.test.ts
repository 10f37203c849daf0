// The browser specs' own SQL door (tests/support/e2e-database.ts) on the database under test:
// SQLite, or PostgreSQL with TEST_DATABASE_URL set. One SQL text must mean the same on both, and
// what it writes must read back through the app's Prisma client as the app's own rows do.
import { afterAll, describe, expect, it } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";
import { openDatabase, toPostgresqlPlaceholders, type SqlDatabase } from "../support/e2e-database";

const database = useFreshTestDatabase();
const { db: prisma } = await import("@/lib/db");
const url = process.env.DATABASE_URL ?? "";
const db: SqlDatabase = await openDatabase(url);

afterAll(async () => {
  await db.close();
  await prisma.$disconnect();
  database.cleanup();
});

const insertOrganization = 'INSERT INTO "Organization" ("id", "kind", "name", "industry", "sizeBand", "createdAt", "consultantPracticeId", "lastActivityAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)';

describe("the e2e database helper", () => {
  it("rewrites placeholders for PostgreSQL, leaving string literals and quoted names alone", () => {
    expect(toPostgresqlPlaceholders(`SELECT "a?" FROM "T" WHERE "x" = ? AND "y" = 'it''s?' AND "z" IN (?, ?)`)).toBe(
      `SELECT "a?" FROM "T" WHERE "x" = $1 AND "y" = 'it''s?' AND "z" IN ($2, $3)`,
    );
  });

  it("writes dates, booleans and nulls that the app's client reads back as its own", async () => {
    const at = new Date("2026-03-04T05:06:07.089Z");
    await db.run(insertOrganization, ["helper-org-000000000001", "company", "Helper Retail", "retail", "1-49", at, null, at.toISOString()]);
    await db.run(
      'INSERT INTO "Assessment" ("id", "instrument", "status", "createdAt", "updatedAt", "organizationId", "benchmarkOptIn", "benchmarkOptInAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ["helper-assessment-00001", "convergence", "completed", at, at, "helper-org-000000000001", true, at],
    );
    const organization = await prisma.organization.findUniqueOrThrow({ where: { id: "helper-org-000000000001" } });
    expect(organization.createdAt.toISOString()).toBe(at.toISOString());
    expect(organization.lastActivityAt.toISOString()).toBe(at.toISOString());
    expect(organization.consultantPracticeId).toBeNull();
    const assessment = await prisma.assessment.findUniqueOrThrow({ where: { id: "helper-assessment-00001" } });
    expect(assessment.benchmarkOptIn).toBe(true);
    expect(assessment.benchmarkOptInAt?.toISOString()).toBe(at.toISOString());
    // Stored as the app's client stores a date, so its equality filters find the row.
    expect(await prisma.assessment.count({ where: { id: "helper-assessment-00001", updatedAt: at } })).toBe(1);

    const rows = await db.all<{ id: string; name: string }>('SELECT "id", "name" AS "name" FROM "Organization" WHERE "industry" = ? ORDER BY "id"', ["retail"]);
    expect(rows).toEqual([{ id: "helper-org-000000000001", name: "Helper Retail" }]);
    expect(await db.get('SELECT "id" FROM "Organization" WHERE "id" = ?', ["nobody"])).toBeUndefined();
  });

  it("upserts with ON CONFLICT on both databases", async () => {
    const upsert = 'INSERT INTO "BenchmarkSnapshot" ("key", "payload", "computedAt") VALUES (?, ?, ?) ON CONFLICT ("key") DO UPDATE SET "payload" = excluded."payload"';
    await db.run(upsert, ["helper|cell", "first", new Date()]);
    await db.run(upsert, ["helper|cell", "second", new Date()]);
    expect((await prisma.benchmarkSnapshot.findUniqueOrThrow({ where: { key: "helper|cell" } })).payload).toBe("second");
  });

  it("commits a transaction that resolves and rolls back one that throws", async () => {
    const now = new Date();
    await db.transaction(async () => {
      await db.run(insertOrganization, ["helper-org-000000000002", "company", "Kept", "retail", "1-49", now, null, now]);
    });
    await expect(
      db.transaction(async () => {
        await db.run(insertOrganization, ["helper-org-000000000003", "company", "Dropped", "retail", "1-49", now, null, now]);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    const names = (await prisma.organization.findMany({ where: { id: { in: ["helper-org-000000000002", "helper-org-000000000003"] } } })).map((o) => o.name);
    expect(names).toEqual(["Kept"]);
  });
});
