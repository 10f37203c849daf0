// The Playwright web server: a fresh migrated database, a production build
// (skipped with E2E_SKIP_BUILD=1) and `next start` on 127.0.0.1:E2E_PORT (default 3100).
// The database is SQLite, or with TEST_DATABASE_URL set a new database on that PostgreSQL
// server. Playwright signals the whole process group on teardown; we then stop the server and
// delete the database.
import { rmSync } from "node:fs";
import {
  buildApp,
  createTempDatabase,
  createTempPostgresqlDatabase,
  migrateDatabase,
  onTerminationSignal,
  startApp,
  stopAllChildren,
} from "../support/app-server";

const HOST = "127.0.0.1";

async function main(): Promise<number> {
  const port = Number(process.env.E2E_PORT ?? "3100");
  // PostgreSQL: a fresh database on that server. The specs that read or write the database
  // themselves do so through E2E_DATABASE_PATH (SQLite) and are not run against it (.ci/run).
  const postgresqlServer = process.env.TEST_DATABASE_URL;
  // playwright.config.ts names the file so tests can read it (the email outbox); else a temp one.
  const fixedPath = process.env.E2E_DATABASE_PATH;
  const database = postgresqlServer
    ? createTempPostgresqlDatabase("e2e", postgresqlServer)
    : fixedPath
    ? {
        path: fixedPath,
        url: `file:${fixedPath}`,
        // Only the database's own files: the folder may hold other things when set by hand.
        remove: () => ["", "-wal", "-shm", "-journal"].forEach((suffix) => rmSync(fixedPath + suffix, { force: true })),
      }
    : createTempDatabase("e2e");
  let isShuttingDown = false;
  onTerminationSignal(async () => {
    isShuttingDown = true;
    await stopAllChildren();
    database.remove();
  });

  try {
    console.log(`[serve] database ${database.path}`);
    await migrateDatabase(database.url);
    if (process.env.E2E_SKIP_BUILD === "1") console.log("[serve] E2E_SKIP_BUILD=1: using the existing .next build");
    else await buildApp(database.url);
    const app = startApp({ port, host: HOST, databaseUrl: database.url, output: "inherit" });
    const how = await app.exited;
    if (!isShuttingDown) console.error(`[serve] next start stopped on its own (${how})`);
    return 1;
  } catch (error) {
    if (!isShuttingDown) console.error(`[serve] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await stopAllChildren();
    database.remove();
  }
}

void main().then((code) => process.exit(code));
