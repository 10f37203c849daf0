// `npm run db:migrate`: brings the database named by DATABASE_URL up to date with
// prisma/migrations. Safe to run on every start: applied migrations are skipped.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// Relative imports: tsx does not know the "@/" alias, and this runs outside Next.
import { getEnv } from "../lib/env";
import { resolveSqlitePath } from "../lib/db/sqlite-path";
import { applyMigrations } from "./migrator";

try {
  const databasePath = resolveSqlitePath(getEnv().DATABASE_URL);
  const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), "migrations");
  const { applied } = applyMigrations({ databasePath, migrationsDir, log: (line) => console.log(line) });
  console.log(
    applied.length === 0
      ? `Database ${databasePath} is up to date.`
      : `Applied ${applied.length} migration(s) to ${databasePath}.`,
  );
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
