// Applies prisma/migrations/*/migration.sql to a SQLite database without the Prisma
// CLI (whose native engine cannot be downloaded here; see
// docs/decisions/001-offline-migrations.md). History is kept in Prisma's own
// `_prisma_migrations` table, in Prisma's format, so `prisma migrate deploy` can
// take over wherever the native engine is available.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
// Relative import, no "server-only": this file runs under tsx and vitest, outside Next.
import { SQLITE_BUSY_TIMEOUT_MS } from "../lib/db/sqlite-path";

export interface ApplyMigrationsOptions {
  databasePath: string;
  migrationsDir: string;
  log?: (line: string) => void;
}

// The exact DDL Prisma's schema engine uses on SQLite.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: string | null;
}

/** The sha256 hex digest Prisma stores as a migration's checksum. */
export function checksumOf(script: string): string {
  return createHash("sha256").update(script).digest("hex");
}

/** Reads one migration's SQL, naming the folder when the file is missing. */
function readScript(migrationsDir: string, name: string): string {
  const file = join(migrationsDir, name, "migration.sql");
  if (!existsSync(file)) throw new Error(`Migration folder ${name} has no migration.sql`);
  return readFileSync(file, "utf8");
}

/** Every migration's SQL by folder name, in name order (the order they are applied in). */
export function readMigrationScripts(migrationsDir: string): Map<string, string> {
  const names = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return new Map(names.map((name) => [name, readScript(migrationsDir, name)]));
}

/**
 * Checks the recorded history against the folder before anything changes: a database that has
 * drifted from the repository must not receive further migrations. Rows rolled back are an audit
 * trail only (Prisma's semantics) and must be filtered out by the caller. Shared with the
 * PostgreSQL migrator.
 */
export function checkRecordedHistory(
  recordedRows: readonly { migration_name: string; checksum: string; finished_at: unknown }[],
  scripts: ReadonlyMap<string, string>,
  migrationsDir: string,
): void {
  for (const row of recordedRows) {
    const script = scripts.get(row.migration_name);
    if (script === undefined) {
      throw new Error(`Migration ${row.migration_name} is recorded in the database but its folder is missing from ${migrationsDir}`);
    }
    if (row.finished_at === null) {
      throw new Error(`Migration ${row.migration_name} failed in an earlier run and is not resolved; fix the database by hand`);
    }
    if (checksumOf(script) !== row.checksum) {
      throw new Error(`Migration ${row.migration_name} was modified after it was applied (checksum mismatch); add a new migration instead`);
    }
  }
}

/** Prisma writes timestamps as ISO 8601 with an explicit offset. */
function prismaNow(): string {
  return new Date().toISOString().replace("Z", "+00:00");
}

/** Applies every migration not yet recorded, in name order; returns the names applied. */
export function applyMigrations({ databasePath, migrationsDir, log = () => {} }: ApplyMigrationsOptions): {
  applied: string[];
} {
  mkdirSync(dirname(databasePath), { recursive: true });
  const db = new Database(databasePath, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    // WAL lets the app read while another connection writes; the mode is stored
    // in the file, so setting it here covers every later connection.
    db.pragma("journal_mode = WAL");
    db.exec(CREATE_MIGRATIONS_TABLE);

    const scripts = readMigrationScripts(migrationsDir);

    // Check the whole history before changing anything: a database that has
    // drifted from the repository must not receive further migrations.
    // Rolled-back rows are an audit trail only (Prisma's semantics).
    const recordedRows = db
      .prepare('SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL')
      .all() as MigrationRow[];
    checkRecordedHistory(recordedRows, scripts, migrationsDir);

    const isRecorded = db.prepare('SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND rolled_back_at IS NULL');
    const record = db.prepare(
      'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)',
    );
    const applied: string[] = [];
    for (const [name, script] of scripts) {
      // Foreign keys must be off while Prisma's "redefine table" scripts drop and
      // recreate a parent table, or the DROP would cascade-delete child rows. The
      // pragma is ignored inside a transaction, hence outside; the check below
      // keeps integrity (SQLite's documented procedure for schema changes).
      db.pragma("foreign_keys = OFF");
      try {
        const didApply = db
          .transaction(() => {
            // Re-checked under the write lock: another process may have just applied it.
            if (isRecorded.get(name)) return false;
            const startedAt = prismaNow();
            try {
              db.exec(script);
              const violations = db.pragma("foreign_key_check") as unknown[];
              if (violations.length > 0) throw new Error(`${violations.length} foreign key violation(s)`);
            } catch (error) {
              throw new Error(`Migration ${name} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
            }
            record.run(randomUUID(), checksumOf(script), prismaNow(), name, startedAt);
            return true;
          })
          .immediate();
        if (didApply) {
          applied.push(name);
          log(`Applied ${name}`);
        }
      } finally {
        db.pragma("foreign_keys = ON");
      }
    }
    return { applied };
  } finally {
    db.close();
  }
}

/** Returns the database file's journal mode ("wal" once migrated). */
export function readJournalMode(databasePath: string): string {
  if (!existsSync(databasePath)) throw new Error(`No database at ${databasePath}`);
  const db = new Database(databasePath, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    return String(db.pragma("journal_mode", { simple: true }));
  } finally {
    db.close();
  }
}
