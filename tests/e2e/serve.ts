// The Playwright web server: a fresh migrated database, a production build
// (skipped with E2E_SKIP_BUILD=1) and the production server (`npm run serve`) on 127.0.0.1:E2E_PORT (default 3100).
// The database is the one playwright.config.ts named in E2E_DATABASE_URL (the specs read and
// seed it too): a SQLite file, or with TEST_DATABASE_URL set a database on that PostgreSQL server,
// which this creates. Playwright signals the whole process group on teardown; we then stop the
// server and delete the database (the SQLite file with its temp folder, or DROP DATABASE).
import { readdirSync, rmdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import {
  buildApp,
  createTempDatabase,
  createTempPostgresqlDatabase,
  migrateDatabase,
  onTerminationSignal,
  startApp,
  stopAllChildren,
  type TempDatabase,
} from "../support/app-server";
import { isPostgresqlUrl } from "../support/e2e-database";
import { postgresqlDatabaseUrl, runPostgresqlAdminSync } from "../support/postgresql-admin";

const HOST = "127.0.0.1";

/** `work` on the first call only (the database is removed on a signal and again on the way out). */
function once(work: () => void): () => void {
  let isDone = false;
  return () => {
    if (isDone) return;
    isDone = true;
    work();
  };
}

/** The database at `url`, created when it is a PostgreSQL one; none without a URL (run by hand). */
function namedDatabase(url: string | undefined): TempDatabase | null {
  if (!url) return null;
  if (isPostgresqlUrl(url)) {
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    // The server's maintenance database: TEST_DATABASE_URL's, or "postgres" on the same server.
    const server = process.env.TEST_DATABASE_URL ?? postgresqlDatabaseUrl(url, "postgres");
    runPostgresqlAdminSync(server, "create", name);
    return { url, path: name, remove: once(() => runPostgresqlAdminSync(server, "drop", name)) };
  }
  if (!url.startsWith("file:")) throw new Error(`E2E_DATABASE_URL must be a file: or postgresql:// URL, not ${url.split(":")[0]}:`);
  const path = url.slice("file:".length);
  return {
    url,
    path,
    remove: once(() => {
      // Only the database's own files, then its folder if nothing else is in it (a folder named by hand may hold more).
      ["", "-wal", "-shm", "-journal"].forEach((suffix) => rmSync(path + suffix, { force: true }));
      if (readdirSync(dirname(path)).length === 0) rmdirSync(dirname(path));
    }),
  };
}

async function main(): Promise<number> {
  const port = Number(process.env.E2E_PORT ?? "3100");
  // Started by hand without E2E_DATABASE_URL: a temp database of its own, on TEST_DATABASE_URL's server if set.
  const postgresqlServer = process.env.TEST_DATABASE_URL;
  const database =
    namedDatabase(process.env.E2E_DATABASE_URL) ??
    (postgresqlServer ? createTempPostgresqlDatabase("e2e", postgresqlServer) : createTempDatabase("e2e"));
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
    if (!isShuttingDown) console.error(`[serve] the server stopped on its own (${how})`);
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
