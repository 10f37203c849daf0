// Bundles the production server (lib/server/main.ts) into <build dir>/convergence-server.mjs, after
// `next build`. Packages stay external (Node loads them as Next does); the "@/" paths come from
// tsconfig.json; "server-only", which throws outside Next's server bundles, becomes its empty module.
import { join } from "node:path";
import { build } from "esbuild";

/** npm runs scripts from the project root. */
const root = process.cwd();
/** next.config.ts's distDir: NEXT_DIST_DIR or ".next". */
const distDir = process.env.NEXT_DIST_DIR || ".next";

build({
  absWorkingDir: root,
  entryPoints: ["lib/server/main.ts"],
  outfile: join(root, distDir, "convergence-server.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  alias: { "server-only": "./node_modules/server-only/empty.js" },
  logLevel: "warning",
}).catch(() => {
  process.exit(1); // esbuild has printed why
});
