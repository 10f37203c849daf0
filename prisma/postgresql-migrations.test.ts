// The PostgreSQL migrations folder stays in step with the schema and the SQLite folder, and every
// kind of drift is reported (`npx tsx prisma/diff.ts --check` fails on any of them). Offline: the
// replay on a real server is `--check-on-server`, which CI runs against its PostgreSQL.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { catchUpPostgresql, createMigration, findMigrationDrift, type MigrationFolders } from "./diff";
import { checkPostgresqlMigrations, diffPostgresqlSchemas, readPostgresqlSnapshot } from "./postgresql-migrations";
import { derivePostgresqlSchema } from "./postgresql-schema.mjs";

const prismaDir = dirname(fileURLToPath(import.meta.url));
const REPOSITORY: MigrationFolders = {
  schemaPath: join(prismaDir, "schema.prisma"),
  sqliteDir: join(prismaDir, "migrations"),
  postgresqlDir: join(prismaDir, "migrations-postgresql"),
};
const tempDirs: string[] = [];

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the schema and both migrations folders to break on purpose. */
function copyOfRepository(): MigrationFolders {
  const root = mkdtempSync(join(tmpdir(), "cv-pg-migrations-"));
  tempDirs.push(root);
  const folders = {
    schemaPath: join(root, "schema.prisma"),
    sqliteDir: join(root, "migrations"),
    postgresqlDir: join(root, "migrations-postgresql"),
  };
  cpSync(REPOSITORY.schemaPath, folders.schemaPath);
  cpSync(REPOSITORY.sqliteDir, folders.sqliteDir, { recursive: true });
  cpSync(REPOSITORY.postgresqlDir, folders.postgresqlDir, { recursive: true });
  return folders;
}

const folderNames = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const newestOf = (dir: string) => folderNames(dir).at(-1) ?? "";

/** A model change: a new nullable column on Organization. */
function addColumn(schemaPath: string): void {
  const schema = readFileSync(schemaPath, "utf8");
  const changed = schema.replace(/^model Organization \{\n/m, "model Organization {\n  driftCheck String?\n");
  expect(changed).not.toBe(schema);
  writeFileSync(schemaPath, changed);
}

describe("the derived PostgreSQL schema", () => {
  it("differs from prisma/schema.prisma only in the provider and the client's output", () => {
    const sqlite = readFileSync(REPOSITORY.schemaPath, "utf8").split("\n");
    const postgresql = derivePostgresqlSchema(sqlite.join("\n"), "../prisma-pg").split("\n");
    expect(postgresql).toHaveLength(sqlite.length);
    const changed = postgresql.flatMap((line, index) => (line === sqlite[index] ? [] : [line.trim()]));
    expect(changed).toEqual(['output       = "../prisma-pg"', 'provider = "postgresql"']);
  });

  it("refuses a schema it cannot derive safely", () => {
    expect(() => derivePostgresqlSchema('datasource db {\n  provider = "postgresql"\n}\n', "x")).toThrow(/provider = "sqlite"/);
  });
});

describe("prisma/migrations-postgresql", () => {
  it("has the same migration folders as prisma/migrations, a PostgreSQL lockfile and a snapshot", () => {
    expect(folderNames(REPOSITORY.postgresqlDir)).toEqual(folderNames(REPOSITORY.sqliteDir));
    expect(readFileSync(join(REPOSITORY.postgresqlDir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
    expect([...(readPostgresqlSnapshot(REPOSITORY.postgresqlDir)?.checksums.keys() ?? [])]).toEqual(folderNames(REPOSITORY.sqliteDir));
  });

  it("and prisma/migrations both match the schema: no drift at all", async () => {
    expect(await findMigrationDrift(REPOSITORY)).toEqual([]);
  }, 60_000);

  it("is written as PostgreSQL: the engine's own types, not SQLite's", () => {
    const first = readFileSync(join(REPOSITORY.postgresqlDir, folderNames(REPOSITORY.postgresqlDir)[0] ?? "", "migration.sql"), "utf8");
    expect(first).toContain("TIMESTAMP(3)");
    expect(first).toContain('CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")');
    expect(first).not.toMatch(/\bDATETIME\b|AUTOINCREMENT/);
  });
});

describe("drift between the schema and the two folders is reported", () => {
  it("a model change with no migration in either folder", async () => {
    const folders = copyOfRepository();
    addColumn(folders.schemaPath);
    const problems = (await findMigrationDrift(folders)).join("\n");
    expect(problems).toContain("prisma/schema.prisma and prisma/migrations differ");
    expect(problems).toContain("prisma/schema.prisma and prisma/migrations-postgresql differ");
    expect(problems).toContain('ALTER TABLE "Organization" ADD COLUMN     "driftCheck" TEXT;');
  }, 60_000);

  it("a SQLite migration without its PostgreSQL twin", async () => {
    const folders = copyOfRepository();
    const newest = newestOf(folders.sqliteDir);
    rmSync(join(folders.postgresqlDir, newest), { recursive: true });
    // Folder names and the snapshot's list both point at the missing folder.
    const problems = await checkPostgresqlMigrations(folders, { ignoreSchema: true });
    expect(problems.join("\n")).toContain(`prisma/migrations-postgresql lacks ${newest}`);
    expect(problems.join("\n")).toContain(`${newest} is gone`);
  }, 60_000);

  it("a PostgreSQL migration edited after it was written, or one added by hand", async () => {
    const folders = copyOfRepository();
    const first = folderNames(folders.postgresqlDir)[0] ?? "";
    writeFileSync(join(folders.postgresqlDir, first, "migration.sql"), "-- edited\n", { flag: "a" });
    cpSync(join(folders.postgresqlDir, first), join(folders.postgresqlDir, "29990101000000_by_hand"), { recursive: true });
    const problems = (await checkPostgresqlMigrations(folders)).join("\n");
    expect(problems).toContain(`${first}/migration.sql was edited after it was written`);
    expect(problems).toContain("29990101000000_by_hand was not written by prisma/diff.ts");
    expect(problems).toContain("prisma/migrations lacks 29990101000000_by_hand");
  }, 60_000);
});

describe("creating a migration", () => {
  it("writes both folders under one name, the PostgreSQL one in PostgreSQL, and leaves no drift", async () => {
    const folders = copyOfRepository();
    addColumn(folders.schemaPath);
    const name = await createMigration("drift_check", folders, new Date("2999-01-02T03:04:05Z"));
    expect(name).toBe("29990102030405_drift_check");
    expect(readFileSync(join(folders.sqliteDir, name, "migration.sql"), "utf8")).toContain('"driftCheck" TEXT');
    expect(readFileSync(join(folders.postgresqlDir, name, "migration.sql"), "utf8")).toBe(
      '-- AlterTable\nALTER TABLE "Organization" ADD COLUMN     "driftCheck" TEXT;\n',
    );
    expect(await findMigrationDrift(folders)).toEqual([]);
    // Nothing more to write.
    expect(await createMigration("again", folders)).toBe("");
  }, 90_000);

  it("catches up the PostgreSQL twin of a SQLite migration made without it", async () => {
    const folders = copyOfRepository();
    addColumn(folders.schemaPath);
    const name = await createMigration("drift_check", folders, new Date("2999-01-02T03:04:05Z"));
    const twin = readFileSync(join(folders.postgresqlDir, name, "migration.sql"), "utf8");
    // Undo the PostgreSQL half, snapshot included, as if an older tool had written only SQLite's.
    rmSync(join(folders.postgresqlDir, name), { recursive: true });
    cpSync(join(REPOSITORY.postgresqlDir, "schema-snapshot.prisma"), join(folders.postgresqlDir, "schema-snapshot.prisma"));
    expect((await findMigrationDrift(folders)).join("\n")).toContain(`lacks ${name}`);

    expect(await catchUpPostgresql(folders)).toBe(name);
    expect(readFileSync(join(folders.postgresqlDir, name, "migration.sql"), "utf8")).toBe(twin);
    expect(await findMigrationDrift(folders)).toEqual([]);
  }, 90_000);

  it("diffs PostgreSQL schemas offline: from nothing, the whole schema", async () => {
    const script = await diffPostgresqlSchemas(null, derivePostgresqlSchema(readFileSync(REPOSITORY.schemaPath, "utf8"), "x"));
    expect(script).toContain('CREATE TABLE "Organization"');
    expect(script).toContain('"id" SERIAL NOT NULL');
  }, 30_000);
});
