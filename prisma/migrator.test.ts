import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { PrismaClient } from "../lib/generated/prisma/client";
import { diffSchemaAgainstMigrations } from "./diff";
import { applyMigrations, readJournalMode } from "./migrator";

const prismaDir = dirname(fileURLToPath(import.meta.url));
const realMigrationsDir = join(prismaDir, "migrations");
const schemaPath = join(prismaDir, "schema.prisma");
const tempDirs: string[] = [];

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh migrations folder and a database path whose parent folder does not exist yet. */
function sandbox(): { migrationsDir: string; databasePath: string } {
  const root = mkdtempSync(join(tmpdir(), "cv-migrator-"));
  tempDirs.push(root);
  const migrationsDir = join(root, "migrations");
  mkdirSync(migrationsDir);
  return { migrationsDir, databasePath: join(root, "data", "nested", "test.db") };
}

function writeMigration(migrationsDir: string, name: string, sql: string): void {
  mkdirSync(join(migrationsDir, name), { recursive: true });
  writeFileSync(join(migrationsDir, name, "migration.sql"), sql);
}

// Computed independently of the migrator, so a wrong checksum there is caught here.
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function query<T>(databasePath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

interface Recorded {
  migration_name: string;
  checksum: string;
  started_at: string | null;
  finished_at: string | null;
  rolled_back_at: string | null;
  applied_steps_count: number;
}
const recorded = (databasePath: string) =>
  query<Recorded>(databasePath, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
const tableExists = (databasePath: string, name: string) =>
  query(databasePath, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", name).length === 1;

const FIRST = { name: "20260101000000_first", sql: 'CREATE TABLE "A" ("id" TEXT NOT NULL PRIMARY KEY);\nCREATE INDEX "A_id_idx" ON "A"("id");\n' };
const SECOND = { name: "20260102000000_second", sql: 'CREATE TABLE "B" ("id" TEXT NOT NULL PRIMARY KEY);\n' };

describe("applyMigrations", () => {
  it("applies every migration of a fresh database in name order and records its checksum", () => {
    const { migrationsDir, databasePath } = sandbox();
    // Written out of order: the name decides the order, not the file system.
    writeMigration(migrationsDir, SECOND.name, SECOND.sql);
    writeMigration(migrationsDir, FIRST.name, FIRST.sql);

    const { applied } = applyMigrations({ databasePath, migrationsDir });

    expect(applied).toEqual([FIRST.name, SECOND.name]);
    expect(tableExists(databasePath, "A")).toBe(true);
    expect(tableExists(databasePath, "B")).toBe(true);
    // The whole multi-statement script ran, not only its first statement.
    expect(query(databasePath, "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'A_id_idx'")).toHaveLength(1);
    const rows = recorded(databasePath);
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual([
      [FIRST.name, sha256(FIRST.sql)],
      [SECOND.name, sha256(SECOND.sql)],
    ]);
    for (const row of rows) {
      expect(row.started_at).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(row.finished_at).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("creates the migrations table with Prisma's columns", () => {
    const { migrationsDir, databasePath } = sandbox();
    applyMigrations({ databasePath, migrationsDir });
    const columns = query<{ name: string; type: string; notnull: number }>(databasePath, 'PRAGMA table_info("_prisma_migrations")');
    expect(columns.map((c) => [c.name, c.type, c.notnull])).toEqual([
      ["id", "TEXT", 1],
      ["checksum", "TEXT", 1],
      ["finished_at", "DATETIME", 0],
      ["migration_name", "TEXT", 1],
      ["logs", "TEXT", 0],
      ["rolled_back_at", "DATETIME", 0],
      ["started_at", "DATETIME", 1],
      ["applied_steps_count", "INTEGER UNSIGNED", 1],
    ]);
  });

  it("applies nothing when run again", () => {
    const { migrationsDir, databasePath } = sandbox();
    writeMigration(migrationsDir, FIRST.name, FIRST.sql);
    applyMigrations({ databasePath, migrationsDir });

    const lines: string[] = [];
    const { applied } = applyMigrations({ databasePath, migrationsDir, log: (line) => lines.push(line) });

    expect(applied).toEqual([]);
    expect(lines).toEqual([]);
    expect(recorded(databasePath)).toHaveLength(1);
  });

  it("applies only a newly added migration", () => {
    const { migrationsDir, databasePath } = sandbox();
    writeMigration(migrationsDir, FIRST.name, FIRST.sql);
    applyMigrations({ databasePath, migrationsDir });
    writeMigration(migrationsDir, SECOND.name, SECOND.sql);

    const lines: string[] = [];
    const { applied } = applyMigrations({ databasePath, migrationsDir, log: (line) => lines.push(line) });

    expect(applied).toEqual([SECOND.name]);
    expect(lines).toEqual([`Applied ${SECOND.name}`]);
    expect(recorded(databasePath).map((r) => r.migration_name)).toEqual([FIRST.name, SECOND.name]);
  });

  it("refuses an applied migration whose file changed, and applies nothing else", () => {
    const { migrationsDir, databasePath } = sandbox();
    writeMigration(migrationsDir, FIRST.name, FIRST.sql);
    applyMigrations({ databasePath, migrationsDir });
    writeMigration(migrationsDir, FIRST.name, `${FIRST.sql}-- edited after the fact\n`);
    writeMigration(migrationsDir, SECOND.name, SECOND.sql);

    expect(() => applyMigrations({ databasePath, migrationsDir })).toThrow(new RegExp(`${FIRST.name}.*checksum`));
    expect(tableExists(databasePath, "B")).toBe(false);
    expect(recorded(databasePath).map((r) => [r.migration_name, r.checksum])).toEqual([[FIRST.name, sha256(FIRST.sql)]]);
  });

  it("refuses when an applied migration's folder is missing", () => {
    const { migrationsDir, databasePath } = sandbox();
    writeMigration(migrationsDir, FIRST.name, FIRST.sql);
    applyMigrations({ databasePath, migrationsDir });
    rmSync(join(migrationsDir, FIRST.name), { recursive: true });
    writeMigration(migrationsDir, SECOND.name, SECOND.sql);

    expect(() => applyMigrations({ databasePath, migrationsDir })).toThrow(new RegExp(`${FIRST.name}.*missing`));
    expect(tableExists(databasePath, "B")).toBe(false);
  });

  it("rolls back a failing migration and does not record it", () => {
    const { migrationsDir, databasePath } = sandbox();
    writeMigration(migrationsDir, FIRST.name, FIRST.sql);
    const failing = "20260102000000_broken";
    writeMigration(migrationsDir, failing, 'CREATE TABLE "Partial" ("id" TEXT);\nINSERT INTO "NoSuchTable" VALUES (1);\n');

    expect(() => applyMigrations({ databasePath, migrationsDir })).toThrow(new RegExp(`${failing}.*NoSuchTable`));
    expect(tableExists(databasePath, "Partial")).toBe(false);
    expect(recorded(databasePath).map((r) => r.migration_name)).toEqual([FIRST.name]);

    // Once fixed, the same migration applies normally.
    writeMigration(migrationsDir, failing, 'CREATE TABLE "Partial" ("id" TEXT);\n');
    expect(applyMigrations({ databasePath, migrationsDir }).applied).toEqual([failing]);
  });

  it("keeps child rows when a migration redefines their parent table, as Prisma's SQLite migrations do", () => {
    const { migrationsDir, databasePath } = sandbox();
    writeMigration(
      migrationsDir,
      "20260101000000_init",
      'CREATE TABLE "Parent" ("id" TEXT NOT NULL PRIMARY KEY);\n' +
        'CREATE TABLE "Child" ("id" TEXT NOT NULL PRIMARY KEY, "parentId" TEXT NOT NULL,\n' +
        '  CONSTRAINT "Child_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent" ("id") ON DELETE CASCADE ON UPDATE CASCADE);\n' +
        "INSERT INTO \"Parent\" VALUES ('p');\nINSERT INTO \"Child\" VALUES ('c', 'p');\n",
    );
    // The shape `prisma migrate dev` emits when a SQLite column changes.
    writeMigration(
      migrationsDir,
      "20260102000000_redefine",
      "PRAGMA defer_foreign_keys=ON;\nPRAGMA foreign_keys=OFF;\n" +
        'CREATE TABLE "new_Parent" ("id" TEXT NOT NULL PRIMARY KEY, "label" TEXT NOT NULL DEFAULT \'\');\n' +
        'INSERT INTO "new_Parent" ("id") SELECT "id" FROM "Parent";\nDROP TABLE "Parent";\n' +
        'ALTER TABLE "new_Parent" RENAME TO "Parent";\nPRAGMA foreign_keys=ON;\nPRAGMA defer_foreign_keys=OFF;\n',
    );

    applyMigrations({ databasePath, migrationsDir });

    expect(query(databasePath, 'SELECT "id", "parentId" FROM "Child"')).toEqual([{ id: "c", parentId: "p" }]);
  });

  it("refuses a migration that leaves a foreign key dangling", () => {
    const { migrationsDir, databasePath } = sandbox();
    writeMigration(
      migrationsDir,
      "20260101000000_init",
      'CREATE TABLE "Parent" ("id" TEXT NOT NULL PRIMARY KEY);\n' +
        'CREATE TABLE "Child" ("id" TEXT NOT NULL PRIMARY KEY, "parentId" TEXT NOT NULL REFERENCES "Parent" ("id"));\n',
    );
    const dangling = "20260102000000_dangling";
    writeMigration(migrationsDir, dangling, "INSERT INTO \"Child\" VALUES ('c', 'nobody');\n");

    expect(() => applyMigrations({ databasePath, migrationsDir })).toThrow(new RegExp(`${dangling}.*foreign key`));
    expect(query(databasePath, 'SELECT * FROM "Child"')).toEqual([]);
    expect(recorded(databasePath).map((r) => r.migration_name)).toEqual(["20260101000000_init"]);
  });

  it("leaves the database in WAL journal mode", () => {
    const { migrationsDir, databasePath } = sandbox();
    writeMigration(migrationsDir, FIRST.name, FIRST.sql);
    applyMigrations({ databasePath, migrationsDir });
    expect(readJournalMode(databasePath)).toBe("wal");
  });
});

describe("prisma/migrations against prisma/schema.prisma", () => {
  it("has a lockfile for the native Prisma CLI and only timestamped migration folders", () => {
    const entries = readdirSync(realMigrationsDir, { withFileTypes: true });
    expect(entries.some((e) => e.isFile() && e.name === "migration_lock.toml")).toBe(true);
    const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.length).toBeGreaterThan(0);
    for (const name of folders) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });

  it("match the schema exactly, according to Prisma's own schema engine", async () => {
    expect(await diffSchemaAgainstMigrations(schemaPath, realMigrationsDir)).toBe("");
  }, 30_000);

  it("report what is missing when the migrations fall behind the schema", async () => {
    const { migrationsDir } = sandbox();
    // The real history minus its last index, as if someone forgot a migration.
    const init = readFileSync(join(realMigrationsDir, "20261123000000_init", "migration.sql"), "utf8");
    writeMigration(migrationsDir, "20261123000000_init", init.replace(/-- CreateIndex\nCREATE UNIQUE INDEX [^\n]*\n?/, ""));
    const missing = await diffSchemaAgainstMigrations(schemaPath, migrationsDir);
    expect(missing).toContain('CREATE UNIQUE INDEX "ToolInventoryItem_assessmentId_position_key"');
  }, 30_000);

  it("produce a database the generated client can create, read, update and delete in every model", async () => {
    const { databasePath } = sandbox();
    const { applied } = applyMigrations({ databasePath, migrationsDir: realMigrationsDir });
    expect(applied.length).toBeGreaterThan(0);
    // Index names are part of the contract with the native CLI's future diffs.
    const indexes = query<{ name: string }>(
      databasePath,
      "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    ).map((r) => r.name);
    expect(indexes).toEqual([
      "AssessmentPartScore_part_value_idx",
      "AssessmentRound_organizationId_instrument_createdAt_idx",
      "Assessment_browserKey_idx",
      "Assessment_instrument_status_benchmarkOptIn_idx",
      "Assessment_organizationId_idx",
      "Assessment_roundId_idx",
      "AuditEvent_action_createdAt_idx",
      "AuditEvent_organizationId_createdAt_idx",
      "ConsultantNote_roundId_practiceId_idx",
      "Invite_organizationId_idx",
      "Invite_roundId_idx",
      "Invite_tokenHash_key",
      "Membership_organizationId_idx",
      "Organization_consultantPracticeId_name_idx",
      "OutboxMessage_to_idx",
      "PasswordResetToken_tokenHash_key",
      "PasswordResetToken_userId_idx",
      "ToolInventoryItem_assessmentId_position_key",
      "User_email_key",
    ]);

    const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: databasePath }) });
    try {
      // The client fills in static defaults itself, so check the database's own
      // defaults (used by raw SQL) with an insert that leaves them out.
      await prisma.$executeRaw`INSERT INTO "Assessment" ("id", "instrument", "updatedAt") VALUES ('raw', 'genai', ${new Date()})`;
      await prisma.$executeRaw`INSERT INTO "ToolInventoryItem" ("assessmentId", "position", "name", "tag") VALUES ('raw', 0, 'X', 'core')`;
      expect(await prisma.assessment.findUnique({ where: { id: "raw" } })).toMatchObject({ status: "in_progress", createdAt: expect.any(Date) });
      expect(await prisma.toolInventoryItem.findFirst({ where: { assessmentId: "raw" } })).toMatchObject({ purpose: "" });
      await prisma.assessment.delete({ where: { id: "raw" } });

      // Assessment: defaults (status, createdAt) and @updatedAt come from the migration's columns.
      const created = await prisma.assessment.create({ data: { id: "a".repeat(32), instrument: "convergence", browserKey: "k1" } });
      expect(created.status).toBe("in_progress");
      expect(created.createdAt).toBeInstanceOf(Date);
      const completedAt = new Date("2026-11-23T10:00:00.000Z");
      await prisma.assessment.update({ where: { id: created.id }, data: { status: "completed", completedAt } });
      expect(await prisma.assessment.findMany({ where: { browserKey: "k1" } })).toMatchObject([
        { id: created.id, status: "completed", completedAt },
      ]);

      // Answer: composite primary key; writing again replaces.
      const key = { assessmentId_questionId: { assessmentId: created.id, questionId: "q1" } };
      await prisma.answer.create({ data: { assessmentId: created.id, questionId: "q1", choice: "3" } });
      await prisma.answer.upsert({ where: key, create: { assessmentId: created.id, questionId: "q1", choice: "4" }, update: { choice: "4" } });
      expect(await prisma.answer.findUnique({ where: key })).toMatchObject({ choice: "4" });
      await expect(prisma.answer.create({ data: { assessmentId: created.id, questionId: "q1", choice: "1" } })).rejects.toThrow();
      await prisma.answer.delete({ where: key });
      expect(await prisma.answer.count()).toBe(0);

      // ToolInventoryItem: autoincrement id, default purpose, unique (assessmentId, position).
      const tool = await prisma.toolInventoryItem.create({ data: { assessmentId: created.id, position: 0, name: "CRM", tag: "core" } });
      expect(tool.id).toBeGreaterThan(0);
      expect(tool.purpose).toBe("");
      await prisma.toolInventoryItem.update({ where: { id: tool.id }, data: { purpose: "Contacts", tag: "retire" } });
      expect(await prisma.toolInventoryItem.findUnique({ where: { assessmentId_position: { assessmentId: created.id, position: 0 } } })).toMatchObject({
        purpose: "Contacts",
        tag: "retire",
      });
      await expect(prisma.toolInventoryItem.create({ data: { assessmentId: created.id, position: 0, name: "Dup", tag: "core" } })).rejects.toThrow();
      await expect(prisma.toolInventoryItem.create({ data: { assessmentId: "missing", position: 0, name: "Orphan", tag: "core" } })).rejects.toThrow();
      await prisma.toolInventoryItem.delete({ where: { id: tool.id } });
      expect(await prisma.toolInventoryItem.count()).toBe(0);

      // Deleting an assessment cascades to its answers and tools.
      await prisma.answer.create({ data: { assessmentId: created.id, questionId: "q2", choice: "dont_know" } });
      await prisma.toolInventoryItem.create({ data: { assessmentId: created.id, position: 1, name: "CMS", tag: "candidate" } });
      await prisma.assessment.delete({ where: { id: created.id } });
      expect([await prisma.assessment.count(), await prisma.answer.count(), await prisma.toolInventoryItem.count()]).toEqual([0, 0, 0]);

      // Accounts: unique email, default sessionVersion, memberships and reset tokens cascade with
      // the user, and an organisation's deletion leaves its assessments anonymous (SET NULL).
      await prisma.user.create({ data: { id: "u1", email: "a@example.com", passwordHash: "scrypt$x" } });
      expect(await prisma.user.findUnique({ where: { email: "a@example.com" } })).toMatchObject({ sessionVersion: 0 });
      await expect(prisma.user.create({ data: { id: "u2", email: "a@example.com", passwordHash: "x" } })).rejects.toThrow();
      await prisma.organization.create({ data: { id: "o1", name: "Org", industry: "retail", sizeBand: "1-49" } });
      await prisma.membership.create({ data: { userId: "u1", organizationId: "o1", role: "owner" } });
      await prisma.passwordResetToken.create({ data: { userId: "u1", tokenHash: "h", expiresAt: new Date() } });
      await prisma.assessment.create({ data: { id: "claimed", instrument: "convergence", organizationId: "o1" } });
      await prisma.rateLimitBucket.create({ data: { key: "k", windowStart: new Date(), count: 1 } });
      await prisma.outboxMessage.create({ data: { to: "a@example.com", subject: "S", text: "T" } });
      await prisma.user.delete({ where: { id: "u1" } });
      expect([await prisma.membership.count(), await prisma.passwordResetToken.count()]).toEqual([0, 0]);
      await prisma.organization.delete({ where: { id: "o1" } });
      expect(await prisma.assessment.findUnique({ where: { id: "claimed" } })).toMatchObject({ organizationId: null });
      expect([await prisma.rateLimitBucket.count(), await prisma.outboxMessage.count()]).toEqual([1, 1]);

      // Consultants and teams: a client points at its practice (SET NULL when the practice goes);
      // rounds, their invites and notes go with the client; an assessment outlives its round.
      await prisma.organization.create({ data: { id: "p1", kind: "practice", name: "Practice", industry: "other", sizeBand: "1-49" } });
      await prisma.organization.create({ data: { id: "c1", name: "Client", industry: "retail", sizeBand: "1-49", consultantPracticeId: "p1" } });
      expect(await prisma.organization.findUnique({ where: { id: "c1" } })).toMatchObject({ kind: "company" });
      await prisma.assessmentRound.create({ data: { id: "r1", organizationId: "c1", instrument: "convergence", kind: "team" } });
      await prisma.assessment.create({ data: { id: "respondent", instrument: "convergence", organizationId: "c1", roundId: "r1", respondentFunction: "it" } });
      await prisma.invite.create({ data: { id: "i1", tokenHash: "t", organizationId: "c1", kind: "respondent", roundId: "r1", createdById: "x", expiresAt: new Date() } });
      await prisma.consultantNote.create({ data: { id: "n1", roundId: "r1", practiceId: "p1", authorId: "x", kind: "note", body: "B" } });
      await prisma.organization.delete({ where: { id: "p1" } });
      expect(await prisma.organization.findUnique({ where: { id: "c1" } })).toMatchObject({ consultantPracticeId: null });
      await prisma.assessmentRound.delete({ where: { id: "r1" } });
      expect([await prisma.invite.count(), await prisma.consultantNote.count()]).toEqual([0, 0]);
      expect(await prisma.assessment.findUnique({ where: { id: "respondent" } })).toMatchObject({ roundId: null, benchmarkOptIn: false });

      // Benchmarks: part scores go with their assessment; snapshots stand alone.
      await prisma.assessmentPartScore.create({ data: { assessmentId: "respondent", part: "data", value: 50 } });
      await prisma.benchmarkSnapshot.create({ data: { key: "convergence|*|*", payload: "{}" } });
      await prisma.assessment.delete({ where: { id: "respondent" } });
      expect([await prisma.assessmentPartScore.count(), await prisma.benchmarkSnapshot.count()]).toEqual([0, 1]);
    } finally {
      await prisma.$disconnect();
    }
  });
});
