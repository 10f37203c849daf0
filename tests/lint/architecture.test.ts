// Proves the import boundaries in eslint.config.mjs fire where they should and only there,
// by linting small snippets as if they lived at realistic paths in the project.
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: projectRoot });

/** The messages of no-restricted-imports for `import { thing } from "<specifier>"` at `filePath`. */
async function restrictedImportMessages(filePath: string, specifier: string): Promise<string[]> {
  const code = `import { thing } from "${specifier}";\nexport { thing };\n`;
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  const ignored = result.messages.find((m) => m.ruleId === null && /ignored/i.test(m.message));
  if (ignored) throw new Error(`${filePath} is ignored by the ESLint config`);
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${filePath}: ${fatal.message}`);
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

type Case = [filePath: string, specifier: string, expectedMessage: RegExp];

const PURE = /pure TypeScript/;
const ONE_WAY = /lib → components → app/;
const DESIGN_SYSTEM = /components\/ui holds design-system primitives/;

const violations: Record<string, Case[]> = {
  "(a) lib/instruments, lib/scoring and lib/plan stay free of frameworks and the database": [
    ["lib/scoring/x.ts", "react", PURE],
    ["lib/scoring/x.ts", "react-dom/client", PURE],
    ["lib/scoring/x.ts", "next", PURE],
    ["lib/plan/x.ts", "next/navigation", PURE],
    ["lib/instruments/x.ts", "@prisma/client", PURE],
    ["lib/plan/x.ts", "@prisma/adapter-better-sqlite3", PURE],
    ["lib/scoring/x.ts", "server-only", PURE],
    ["lib/scoring/x.ts", "@/lib/db", PURE],
    ["lib/scoring/x.ts", "../db", PURE],
    ["lib/scoring/x.ts", "../db/sqlite-path", PURE],
    ["lib/scoring/x.ts", "../../lib/db", PURE],
    ["lib/scoring/nested/x.ts", "../../db", PURE],
    ["lib/instruments/x.ts", "@/lib/generated/prisma/client", PURE],
    ["lib/instruments/x.ts", "../generated/prisma/client", PURE],
    ["lib/plan/x.ts", "@/app/(public)/page", ONE_WAY],
    ["lib/plan/x.ts", "../../components/ui/button", ONE_WAY],
    ["lib/scoring/x.tsx", "react", PURE],
  ],
  "(b) nothing in lib/ imports from app/ or components/": [
    ["lib/data/assessments.ts", "@/app/api/assessments/route", ONE_WAY],
    ["lib/data/assessments.ts", "@/components/results/summary", ONE_WAY],
    ["lib/data/assessments.ts", "../../app/layout", ONE_WAY],
    ["lib/data/assessments.ts", "../../components/ui/button", ONE_WAY],
    ["lib/env.ts", "../app/layout", ONE_WAY],
    ["lib/pdf/document/x.tsx", "../../../components/charts/radar", ONE_WAY],
  ],
  "(c) components/ui has no domain imports": [
    ["components/ui/button.tsx", "@/lib/scoring/convergence", DESIGN_SYSTEM],
    ["components/ui/button.tsx", "../../lib/instruments/convergence", DESIGN_SYSTEM],
    ["components/ui/button.tsx", "@/components/charts/radar", DESIGN_SYSTEM],
    ["components/ui/button.tsx", "../charts/radar", DESIGN_SYSTEM],
    ["components/ui/forms/field.tsx", "../../questionnaire/question", DESIGN_SYSTEM],
  ],
  "(d) components/ never imports from app/": [
    ["components/results/summary.tsx", "@/app/(public)/diagnostic/[id]/page", ONE_WAY],
    ["components/results/summary.tsx", "../../app/layout", ONE_WAY],
    ["components/ui/button.tsx", "@/app/layout", ONE_WAY],
  ],
};

const allowed: Array<[filePath: string, specifier: string]> = [
  ["lib/scoring/x.ts", "../instruments/convergence"],
  ["lib/scoring/x.ts", "@/lib/instruments/types"],
  ["lib/scoring/x.ts", "./helpers"],
  ["lib/plan/x.ts", "zod"],
  // From a nested folder "../db" is lib/scoring/db, not lib/db.
  ["lib/scoring/nested/x.ts", "../db"],
  ["lib/data/assessments.ts", "@/lib/db"],
  ["lib/data/assessments.ts", "server-only"],
  ["lib/data/assessments.ts", "../generated/prisma/client"],
  ["lib/pdf/report.tsx", "react"],
  ["components/results/summary.tsx", "@/lib/scoring/convergence"],
  ["components/results/summary.tsx", "@/components/ui/button"],
  ["components/results/summary.tsx", "../ui/button"],
  ["components/ui/button.tsx", "./card"],
  ["components/ui/button.tsx", "react"],
  ["components/ui/forms/field.tsx", "../button"],
  ["app/(public)/page.tsx", "@/components/ui/button"],
  ["app/(public)/page.tsx", "@/lib/db"],
];

describe("architecture lint rules", () => {
  // The first lint loads the config and every plugin (seconds on a busy 2-core machine);
  // do it once here, with room, so no single case hits the default 5 s timeout.
  beforeAll(async () => {
    await eslint.lintText("", { filePath: "lib/scoring/warm-up.ts" });
  }, 60_000);

  for (const [rule, cases] of Object.entries(violations)) {
    describe(rule, () => {
      it.each(cases)("%s may not import %s", async (filePath, specifier, expected) => {
        const messages = await restrictedImportMessages(filePath, specifier);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatch(expected);
      });
    });
  }

  it.each(allowed)("%s may import %s", async (filePath, specifier) => {
    expect(await restrictedImportMessages(filePath, specifier)).toEqual([]);
  });

  it("also catches type-only imports and re-exports", async () => {
    const code = [
      'import type { PrismaClient } from "@prisma/client";',
      'export { useState } from "react";',
      'export * from "@/lib/db";',
      "export type Client = PrismaClient;",
    ].join("\n");
    const [result] = await eslint.lintText(code, { filePath: "lib/scoring/x.ts" });
    const rules = result?.messages.map((m) => m.ruleId);
    expect(rules).toEqual(["no-restricted-imports", "no-restricted-imports", "no-restricted-imports"]);
  });
});
