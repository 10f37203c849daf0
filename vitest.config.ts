import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // The tsconfig path alias: "@/lib/db" → <root>/lib/db (a regex, so "@prisma/*" is untouched).
      { find: /^@\//, replacement: `${root}/` },
      // "server-only" throws outside a React Server Components bundle; the package ships the
      // empty module Next uses there, so data-layer modules can be imported by integration tests.
      { find: /^server-only$/, replacement: `${root}/node_modules/server-only/empty.js` },
    ],
  },
  test: {
    environment: "node",
    include: [
      "lib/**/*.test.ts",
      "prisma/**/*.test.ts",
      "tests/lint/**/*.test.ts",
      "tests/integration/**/*.test.ts",
    ],
    // Playwright owns tests/e2e; its files must never be collected by vitest.
    exclude: ["node_modules/**", ".next/**", "lib/generated/**", "tests/e2e/**"],
    // Separate processes: native better-sqlite3 and per-file DATABASE_URLs stay isolated.
    pool: "forks",
  },
});
