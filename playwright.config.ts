import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { postgresqlDatabaseUrl } from "./tests/support/postgresql-admin";

// Browsers cannot be downloaded on our machines: tests run in Debian's Chromium
// (`apt-get install chromium`); CHROMIUM_PATH points elsewhere on other machines.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// E2E_PORT lets two runs share a machine (the default is what CI uses).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// The e2e server's database, decided once here in the runner and inherited by the workers (which
// load this file again; the runner's choice stands), so specs can read what the app wrote (the
// email outbox) and seed what they need without a test-only route (tests/support/e2e-database.ts).
// SQLite: a file in a new temp folder. With TEST_DATABASE_URL: a new database on that PostgreSQL
// server. Only named here: serve.ts creates and migrates it, and removes it when Playwright stops it.
if (!process.env.E2E_DATABASE_URL) {
  const postgresqlServer = process.env.TEST_DATABASE_URL;
  process.env.E2E_DATABASE_URL = postgresqlServer
    ? postgresqlDatabaseUrl(postgresqlServer, `convergence_e2e_${process.pid}_${randomBytes(4).toString("hex")}`)
    : `file:${join(mkdtempSync(join(tmpdir(), "convergence-e2e-")), "e2e.db")}`;
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  reporter: "list",
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // The database above, created and migrated, `npm run build` (E2E_SKIP_BUILD=1 skips it), the production server.
    command: "npx tsx tests/e2e/serve.ts",
    url: BASE_URL,
    env: { E2E_PORT: String(PORT), E2E_DATABASE_URL: process.env.E2E_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets serve.ts stop next and delete its database; SIGKILL follows after 10 s.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
