import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

// Browsers cannot be downloaded on our machines: tests run in Debian's Chromium
// (`apt-get install chromium`); CHROMIUM_PATH points elsewhere on other machines.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// E2E_PORT lets two runs share a machine (the default is what CI uses).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// The e2e server's SQLite file. Decided here, in the runner, and inherited by the workers, so
// tests can read what the app wrote (the email outbox) without a test-only route. serve.ts deletes
// the file afterwards; the empty temp folder stays.
process.env.E2E_DATABASE_PATH ??= join(mkdtempSync(join(tmpdir(), "convergence-e2e-")), "e2e.db");

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
    // Fresh temp database, migrations, `next build` (E2E_SKIP_BUILD=1 skips it), `next start`.
    command: "npx tsx tests/e2e/serve.ts",
    url: BASE_URL,
    env: { E2E_PORT: String(PORT), E2E_DATABASE_PATH: process.env.E2E_DATABASE_PATH, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets serve.ts stop next and delete its database; SIGKILL follows after 10 s.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
