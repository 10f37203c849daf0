// The tests that need a PostgreSQL server (TEST_DATABASE_URL), run by .ci/run's PostgreSQL part:
//   TEST_DATABASE_URL=postgresql://... npx vitest run --config prisma/vitest.postgresql.config.ts
// They are not collected by the default configuration (npm test runs without a server).
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import base from "../vitest.config";

export default defineConfig({
  ...base,
  root: dirname(dirname(fileURLToPath(import.meta.url))),
  test: { ...base.test, include: ["prisma/**/*.server-test.ts"] },
});
