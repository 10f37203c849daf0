import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations } from "../../prisma/migrator";
import { postgresqlDatabaseUrl, runPostgresqlAdminSync } from "./postgresql-admin";

/**
 * A fresh, migrated database for one test file. Call before the first import
 * of lib/db: it points DATABASE_URL at the new database, which lib/env reads once.
 *
 * SQLite by default (a file in a temp folder). With TEST_DATABASE_URL set to a PostgreSQL
 * server (postgresql://user@host:port/postgres), a new database on that server instead,
 * migrated with prisma/migrations-postgresql and dropped by cleanup. `path` is then its URL.
 */
export function useFreshTestDatabase(): { path: string; cleanup: () => void } {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `convergence_test_${process.pid}_${randomBytes(4).toString("hex")}`;
    runPostgresqlAdminSync(serverUrl, "create-migrated", name);
    const url = postgresqlDatabaseUrl(serverUrl, name);
    process.env.DATABASE_URL = url;
    return { path: url, cleanup: () => runPostgresqlAdminSync(serverUrl, "drop", name) };
  }
  const dir = mkdtempSync(join(tmpdir(), "convergence-test-"));
  const path = join(dir, "test.db");
  applyMigrations({ databasePath: path, migrationsDir: join(__dirname, "../../prisma/migrations") });
  process.env.DATABASE_URL = `file:${path}`;
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
