import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations } from "../../prisma/migrator";

/**
 * A fresh, migrated SQLite file for one test file. Call before the first import
 * of lib/db: it points DATABASE_URL at the new file, which lib/env reads once.
 */
export function useFreshTestDatabase(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "convergence-test-"));
  const path = join(dir, "test.db");
  applyMigrations({ databasePath: path, migrationsDir: join(__dirname, "../../prisma/migrations") });
  process.env.DATABASE_URL = `file:${path}`;
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
