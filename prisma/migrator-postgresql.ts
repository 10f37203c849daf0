// Applies prisma/migrations-postgresql/*/migration.sql to a PostgreSQL database: the
// PostgreSQL half of the project's migration tool (docs/decisions/001 and 008). Same rules as
// the SQLite migrator (prisma/migrator.ts): history in Prisma's own `_prisma_migrations` table and
// format, the whole history checked before anything changes, each migration in its own
// transaction (PostgreSQL's DDL is transactional, so a failing one leaves nothing behind), and
// nothing recorded for a failure.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { checkRecordedHistory, checksumOf, readMigrationScripts } from "./migrator";

export interface ApplyPostgresqlMigrationsOptions {
  connectionString: string;
  migrationsDir: string;
  log?: (line: string) => void;
}

// The exact DDL Prisma's schema engine uses on PostgreSQL.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/**
 * The session-level advisory lock Prisma's engine takes while migrating (the same key), so two
 * processes starting at once, or this tool and `prisma migrate deploy`, take turns.
 */
const MIGRATION_LOCK_KEY = 72707369;

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

/** Applies every migration not yet recorded, in name order; returns the names applied. */
export async function applyPostgresqlMigrations({
  connectionString,
  migrationsDir,
  log = () => {},
}: ApplyPostgresqlMigrationsOptions): Promise<{ applied: string[] }> {
  const scripts = readMigrationScripts(migrationsDir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // Quieter output: CREATE ... IF NOT EXISTS notices are expected on every run.
    await client.query("SET client_min_messages = warning");
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      // Read under the lock: another process may have just applied some.
      const { rows } = await client.query<MigrationRow>(
        'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
      );
      checkRecordedHistory(rows, scripts, migrationsDir);
      const recorded = new Set(rows.map((row) => row.migration_name));

      const applied: string[] = [];
      for (const [name, script] of scripts) {
        if (recorded.has(name)) continue;
        const startedAt = new Date();
        try {
          await client.query("BEGIN");
          // No parameters: node-postgres sends the file as one simple query, every statement in it.
          await client.query(script);
          await client.query(
            'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)',
            [randomUUID(), checksumOf(script), name, startedAt],
          );
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          throw new Error(`Migration ${name} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
          });
        }
        applied.push(name);
        log(`Applied ${name}`);
      }
      return { applied };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
}

/** The database's name and server, for messages, without the password. */
export function describePostgresqlUrl(connectionString: string): string {
  const url = new URL(connectionString);
  return `${url.pathname.slice(1) || "(default database)"} on ${url.hostname}${url.port ? `:${url.port}` : ""}`;
}
