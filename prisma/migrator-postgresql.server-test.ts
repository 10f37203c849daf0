// The PostgreSQL migrator against a real server: TEST_DATABASE_URL names it, and each test uses a
// database of its own, dropped afterwards. Run by .ci/run (see prisma/vitest.postgresql.config.ts).
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { checksumOf } from "./migrator";
import { applyPostgresqlMigrations } from "./migrator-postgresql";

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) throw new Error("TEST_DATABASE_URL must name a PostgreSQL server for these tests");
const server: string = serverUrl;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new empty database and migrations folder; both go away after the test. */
async function sandbox(): Promise<{ url: string; migrationsDir: string; query: <T>(sql: string) => Promise<T[]> }> {
  const name = `convergence_migrator_${randomBytes(5).toString("hex")}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const migrationsDir = mkdtempSync(join(tmpdir(), "cv-pg-migrator-"));
  cleanups.push(() => rmSync(migrationsDir, { recursive: true, force: true }));
  cleanups.push(async () => {
    await client.end();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  return {
    url: url.toString(),
    migrationsDir,
    query: async <T>(sql: string) => (await client.query(sql)).rows as T[],
  };
}

function writeMigration(migrationsDir: string, name: string, sql: string): void {
  mkdirSync(join(migrationsDir, name), { recursive: true });
  writeFileSync(join(migrationsDir, name, "migration.sql"), sql);
}

const tablesOf = (query: <T>(sql: string) => Promise<T[]>) =>
  query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename").then((rows) =>
    rows.map((r) => r.tablename),
  );

describe("applyPostgresqlMigrations", () => {
  it("applies every migration in name order, records it in Prisma's format, and skips it next time", async () => {
    const { url, migrationsDir, query } = await sandbox();
    const second = 'ALTER TABLE "Parent" ADD COLUMN "name" TEXT;\nCREATE TABLE "Child" ("id" TEXT PRIMARY KEY, "parentId" TEXT REFERENCES "Parent" ("id"));\n';
    writeMigration(migrationsDir, "20260102000000_second", second);
    writeMigration(migrationsDir, "20260101000000_first", 'CREATE TABLE "Parent" ("id" TEXT PRIMARY KEY);\n');

    expect(await applyPostgresqlMigrations({ connectionString: url, migrationsDir })).toEqual({
      applied: ["20260101000000_first", "20260102000000_second"],
    });
    expect(await tablesOf(query)).toEqual(["Child", "Parent", "_prisma_migrations"]);
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at, migration_name',
    );
    expect(rows.map((r) => [r.migration_name, r.checksum, r.finished_at instanceof Date, r.applied_steps_count])).toEqual([
      ["20260101000000_first", checksumOf('CREATE TABLE "Parent" ("id" TEXT PRIMARY KEY);\n'), true, 1],
      ["20260102000000_second", checksumOf(second), true, 1],
    ]);
    expect(await applyPostgresqlMigrations({ connectionString: url, migrationsDir })).toEqual({ applied: [] });
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const { url, migrationsDir, query } = await sandbox();
    writeMigration(migrationsDir, "20260101000000_first", 'CREATE TABLE "Parent" ("id" TEXT PRIMARY KEY);\n');
    writeMigration(migrationsDir, "20260102000000_broken", 'CREATE TABLE "Half" ("id" TEXT);\nINSERT INTO "Missing" VALUES (1);\n');

    await expect(applyPostgresqlMigrations({ connectionString: url, migrationsDir })).rejects.toThrow(
      /Migration 20260102000000_broken failed and was rolled back: relation "Missing" does not exist/,
    );
    expect(await tablesOf(query)).toEqual(["Parent", "_prisma_migrations"]);
    expect(await query('SELECT migration_name FROM "_prisma_migrations"')).toEqual([{ migration_name: "20260101000000_first" }]);

    // Fixed, it applies.
    writeMigration(migrationsDir, "20260102000000_broken", 'CREATE TABLE "Half" ("id" TEXT);\n');
    expect(await applyPostgresqlMigrations({ connectionString: url, migrationsDir })).toEqual({ applied: ["20260102000000_broken"] });
  });

  it("refuses to go on when an applied migration was edited or its folder is gone", async () => {
    const { url, migrationsDir, query } = await sandbox();
    writeMigration(migrationsDir, "20260101000000_first", 'CREATE TABLE "Parent" ("id" TEXT PRIMARY KEY);\n');
    await applyPostgresqlMigrations({ connectionString: url, migrationsDir });

    writeMigration(migrationsDir, "20260101000000_first", 'CREATE TABLE "Parent" ("id" BIGINT PRIMARY KEY);\n');
    writeMigration(migrationsDir, "20260102000000_next", 'CREATE TABLE "Next" ("id" TEXT);\n');
    await expect(applyPostgresqlMigrations({ connectionString: url, migrationsDir })).rejects.toThrow(/20260101000000_first was modified/);

    rmSync(join(migrationsDir, "20260101000000_first"), { recursive: true });
    await expect(applyPostgresqlMigrations({ connectionString: url, migrationsDir })).rejects.toThrow(/20260101000000_first is recorded.*folder is missing/);
    // Nothing after the drift was applied.
    expect(await tablesOf(query)).toEqual(["Parent", "_prisma_migrations"]);
  });

  it("lets several processes start at once: each migration is applied exactly once", async () => {
    const { url, migrationsDir, query } = await sandbox();
    for (let i = 1; i <= 5; i++) writeMigration(migrationsDir, `2026010${i}000000_m${i}`, `CREATE TABLE "T${i}" ("id" INT);\n`);
    const results = await Promise.all(Array.from({ length: 4 }, () => applyPostgresqlMigrations({ connectionString: url, migrationsDir })));
    expect(results.flatMap((r) => r.applied).sort()).toEqual(["20260101000000_m1", "20260102000000_m2", "20260103000000_m3", "20260104000000_m4", "20260105000000_m5"]);
    expect(await query<{ count: string }>('SELECT count(*) AS count FROM "_prisma_migrations"')).toEqual([{ count: "5" }]);
  });
});

describe("the repository's PostgreSQL migrations", () => {
  it("build a database the PostgreSQL client uses: defaults, milliseconds, serial ids, cascades, bigint counts", async () => {
    const { url } = await sandbox();
    await applyPostgresqlMigrations({ connectionString: url, migrationsDir: join(__dirname, "migrations-postgresql") });
    const { createPrismaClient } = await import("../lib/db/client");
    const prisma = createPrismaClient(url);
    cleanups.push(() => prisma.$disconnect());

    const created = await prisma.assessment.create({ data: { id: "a".repeat(32), instrument: "convergence", browserKey: "k1" } });
    expect(created).toMatchObject({ status: "in_progress", benchmarkOptIn: false, completedAt: null });
    expect(created.createdAt).toBeInstanceOf(Date);
    const completedAt = new Date("2026-11-23T10:00:00.123Z");
    await prisma.assessment.update({ where: { id: created.id }, data: { status: "completed", completedAt, overallScore: 57 } });
    expect(await prisma.assessment.findUnique({ where: { id: created.id } })).toMatchObject({ completedAt, overallScore: 57 });
    const tool = await prisma.toolInventoryItem.create({ data: { assessmentId: created.id, position: 0, name: "CRM", tag: "core" } });
    expect(tool.id).toBeGreaterThan(0);
    // Raw SQL: counts come back as bigint on PostgreSQL (number on SQLite); the data layer reads them through Number().
    const [row] = await prisma.$queryRaw<{ count: unknown }[]>`SELECT COUNT(*) AS "count" FROM "Assessment"`;
    expect(Number(row?.count)).toBe(1);
    await prisma.assessment.delete({ where: { id: created.id } });
    expect(await prisma.toolInventoryItem.count()).toBe(0);
  });
});
