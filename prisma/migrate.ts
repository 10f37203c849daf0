// `npm run db:migrate`: brings the database named by DATABASE_URL up to date. A `file:` URL is
// SQLite and gets prisma/migrations; a `postgresql://` URL gets prisma/migrations-postgresql
// (docs/decisions/008-postgresql.md). Safe to run on every start: applied migrations are skipped.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// Relative imports: tsx does not know the "@/" alias, and this runs outside Next.
import { getEnv } from "../lib/env";
import { databaseKindOf } from "../lib/db/database-url";
import { resolveSqlitePath } from "../lib/db/sqlite-path";
import { applyMigrations } from "./migrator";
import { applyPostgresqlMigrations, describePostgresqlUrl } from "./migrator-postgresql";

const prismaDir = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const databaseUrl = getEnv().DATABASE_URL;
  const log = (line: string) => console.log(line);
  let target: string; // what the messages call the database
  let applied: string[];
  if (databaseKindOf(databaseUrl) === "postgresql") {
    target = `PostgreSQL database ${describePostgresqlUrl(databaseUrl)}`;
    ({ applied } = await applyPostgresqlMigrations({
      connectionString: databaseUrl,
      migrationsDir: join(prismaDir, "migrations-postgresql"),
      log,
    }));
  } else {
    const databasePath = resolveSqlitePath(databaseUrl);
    target = databasePath;
    ({ applied } = applyMigrations({ databasePath, migrationsDir: join(prismaDir, "migrations"), log }));
  }
  const upToDate = target.startsWith("PostgreSQL") ? `${target} is up to date.` : `Database ${target} is up to date.`;
  console.log(applied.length === 0 ? upToDate : `Applied ${applied.length} migration(s) to ${target}.`);
}

main().catch((error: unknown) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
