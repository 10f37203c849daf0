// `npm run db:backup [file]`: an online, consistent backup of the database named by DATABASE_URL
// (default file: backups/convergence-<UTC timestamp>.db). Safe while the app is serving.
import { join } from "node:path";
import { getEnv } from "../lib/env";
import { resolveSqlitePath } from "../lib/db/sqlite-path";
import { backupDatabase } from "./backup-database";

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = process.argv[2] ?? join("backups", `convergence-${stamp}.db`);

try {
  const result = await backupDatabase(resolveSqlitePath(getEnv().DATABASE_URL), target);
  console.log(`Backed up ${result.pages} pages (${(result.bytes / 1024).toFixed(0)} KiB) to ${result.path}; integrity check ok.`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
