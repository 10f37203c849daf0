// Loads TypeScript that imports ESM-only packages (here @react-pdf/renderer) from a tsx script.
// tsx runs this project's .ts files as CommonJS and rewrites every ESM package it require()s
// into CommonJS too, which breaks packages whose "exports" have only an "import" condition
// (@react-pdf/hyphenate). So the entry is bundled to one ESM file with esbuild, the "@/"
// paths resolved from tsconfig.json and every package left external, and that file is
// import()ed: Node then loads react-pdf natively, as Next does in the app.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { PROJECT_ROOT } from "./app-server";

/** Bundles `entry` (a path from the project root) to node_modules/.cache and imports it. */
export async function importEsmBundle<T>(entry: string): Promise<T> {
  const outDir = join(PROJECT_ROOT, "node_modules", ".cache", "convergence-esm");
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${entry.replace(/[^a-z0-9]+/gi, "-")}-${process.pid}.mjs`);
  await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    jsx: "automatic",
    logLevel: "warning",
  });
  try {
    return (await import(pathToFileURL(outfile).href)) as T;
  } finally {
    // Once imported the module lives in memory; the file would only pile up, one per run.
    rmSync(outfile, { force: true });
  }
}
