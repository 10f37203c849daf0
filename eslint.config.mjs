// @ts-check
// ESLint 9 flat config: Next's recommended rules plus the architecture of
// /work/shared/ENGINEERING.md (rules 1, 2 and the components/ui boundary) as import rules.
// tests/lint/architecture.test.ts proves every boundary below fires, and that allowed imports pass.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const SOURCE_FILES = "*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}";

// Relative imports are matched as text (no-restricted-imports does not resolve them), so
// "../db" means lib/db only when written from lib/scoring/x.ts. We therefore emit one block
// per folder depth, each with the exact relative spellings for that depth. Files nested
// deeper than this share the deepest block (correct for aliases and packages, best effort
// for long relative paths).
const MAX_EXACT_NESTING = 4;

// One path segment matching any folder name except "ui" (and never "." or "..").
const NOT_UI = { re: "(?!(?:ui|\\.\\.?)(?:/|$))[^/]+" };

/** @typedef {string | { re: string }} Segment  a literal folder name, or a regex for one segment */

/** Escapes the characters that are special in a `u`-flag regex (and only those). */
const escapeRegex = (/** @type {string} */ text) => text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");

const segmentRegex = (/** @type {Segment} */ segment) =>
  typeof segment === "string" ? escapeRegex(segment) : segment.re;

/** Whether a folder literally named `name` is matched by `segment`. */
const segmentMatches = (/** @type {Segment} */ segment, /** @type {string} */ name) =>
  new RegExp(`^(?:${segmentRegex(segment)})$`, "u").test(name);

/**
 * Regexes for every way to import `target` (segments from the project root) from a file whose
 * folder is `fromDir` ("*" = any folder name): the "@/" alias, and each relative path that
 * climbs k folders and then walks down into the target.
 * @param {Segment[]} target
 * @param {string[]} fromDir
 */
function importRegexesFor(target, fromDir) {
  const tail = "(?:/|$)";
  const regexes = [`^@/${target.map(segmentRegex).join("/")}${tail}`];
  for (let up = 0; up <= fromDir.length; up++) {
    const landing = fromDir.slice(0, fromDir.length - up);
    // Only climbing to a known folder that is a strict ancestor of the target can reach it.
    if (landing.includes("*") || landing.length >= target.length) continue;
    const segment = (/** @type {number} */ i) => /** @type {Segment} */ (target[i]);
    if (!landing.every((name, i) => segmentMatches(segment(i), name))) continue;
    const climb = up === 0 ? "\\./" : `(?:\\.\\./){${up}}`;
    const rest = target.slice(landing.length).map(segmentRegex).join("/");
    regexes.push(`^${climb}${rest}${tail}`);
  }
  return regexes;
}

/**
 * @typedef {object} Restriction
 * @property {string} message
 * @property {Segment[]} [target]  a project folder, reached through "@/..." or a relative path
 * @property {string} [regex]      a bare specifier (package) pattern
 */

/** @param {Restriction[]} restrictions @param {string[]} fromDir */
function patternsFor(restrictions, fromDir) {
  return restrictions.map(({ message, target, regex }) => ({
    regex: target
      ? importRegexesFor(target, fromDir)
          .map((r) => `(?:${r})`)
          .join("|")
      : /** @type {string} */ (regex),
    message,
    caseSensitive: true,
  }));
}

/**
 * Config blocks applying `restrictions` to every source file under `root` (e.g. "lib" or
 * "lib/{instruments,scoring,plan}"), one block per nesting depth.
 * @param {string} name @param {string} root @param {Restriction[]} restrictions
 */
function boundary(name, root, restrictions) {
  const rootDir = root.split("/").map((segment) => (segment.includes("{") ? "*" : segment));
  return Array.from({ length: MAX_EXACT_NESTING + 1 }, (_, depth) => {
    const isDeepest = depth === MAX_EXACT_NESTING;
    const nesting = "*/".repeat(depth) + (isDeepest ? "**/" : "");
    return {
      name: `architecture/${name}/depth-${depth}${isDeepest ? "+" : ""}`,
      files: [`${root}/${nesting}${SOURCE_FILES}`],
      rules: {
        "no-restricted-imports": [
          "error",
          { patterns: patternsFor(restrictions, [...rootDir, ...Array(depth).fill("*")]) },
        ],
      },
    };
  });
}

// --- The rules (ENGINEERING.md "Rules of thumb") ------------------------------------------

const PURE = "lib/instruments, lib/scoring, lib/plan and lib/report are pure TypeScript (ENGINEERING.md rule 1)";
const ONE_WAY = "Imports flow one way, lib → components → app (ENGINEERING.md rule 2)";

/** @type {Restriction[]} */
const libMayNotImportUpwards = [
  { target: ["app"], message: `${ONE_WAY}: nothing in lib/ may import from app/.` },
  { target: ["components"], message: `${ONE_WAY}: nothing in lib/ may import from components/.` },
];

/** @type {Restriction[]} */
const pureLayers = [
  {
    regex: "^(?:next|react|react-dom)(?:/|$)",
    message: `${PURE}: no next, react or react-dom. The same code scores in the browser, on the server, in the PDF and in tests; framework code belongs in components/ or app/.`,
  },
  {
    regex: "^(?:@prisma/|prisma(?:/|$))",
    message: `${PURE}: no Prisma. Take plain data as arguments; database access belongs in lib/data.`,
  },
  {
    regex: "^server-only$",
    message: `${PURE}: no "server-only". These modules must also run in the browser.`,
  },
  {
    target: ["lib", "db"],
    message: `${PURE}: no lib/db. Take plain data as arguments; database access belongs in lib/data.`,
  },
  {
    target: ["lib", "generated"],
    message: `${PURE}: no generated Prisma client (lib/generated). Define plain types in the pure layer instead.`,
  },
  ...libMayNotImportUpwards,
];

/** @type {Restriction[]} */
const componentsMayNotImportApp = [
  { target: ["app"], message: `${ONE_WAY}: components/ may not import from app/.` },
];

/** @type {Restriction[]} */
const designSystem = [
  {
    target: ["lib"],
    message:
      "components/ui holds design-system primitives with no domain imports: do not import from lib/. Take what you need as props.",
  },
  {
    target: ["components", NOT_UI],
    message:
      "components/ui holds design-system primitives: it may import only from components/ui, not from other components folders.",
  },
  ...componentsMayNotImportApp,
];

const config = [
  {
    name: "convergence/ignores",
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "coverage/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    name: "convergence/typescript",
    rules: {
      // `const { [key]: _omitted, ...rest } = obj` and `_unused` parameters are deliberate.
      "@typescript-eslint/no-unused-vars": [
        "warn",
        {
          ignoreRestSiblings: true,
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
        },
      ],
    },
  },
  {
    // tests/ holds no React components, but Playwright fixtures call `use()` and test helpers
    // may be named `useSomething`, which react-hooks would take for React hooks.
    name: "convergence/tests",
    files: ["tests/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  // Later blocks override earlier ones for the same rule, so the stricter, narrower folders
  // come last and repeat the broader folder's restrictions.
  ...boundary("lib", "lib", libMayNotImportUpwards),
  ...boundary("pure", "lib/{instruments,scoring,plan,report}", pureLayers),
  ...boundary("components", "components", componentsMayNotImportApp),
  ...boundary("ui", "components/ui", designSystem),
];

export default config;
