// `npx tsx tests/pdf/render-timing.ts [runs] [sample...]`: times the executive PDF the way the
// route makes it (document described on this thread, drawn on a render worker), without a server
// or a database, for each sample report (tests/pdf/samples.ts): the first render, then the median
// and spread of `runs` warm renders (default 30) in the same worker, split into describing the
// document (this thread) and drawing it (the worker, including the message round trip).
// Run it under `node --cpu-prof` (NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof") to get a
// profile of the main thread and of the worker.
import { importEsmBundle } from "../support/load-esm-bundle";

// As under `next start`: React and react-pdf in their production builds (the worker inherits this).
(process.env as Record<string, string>).NODE_ENV = "production";

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

async function main(): Promise<void> {
  const { buildDocumentTree, createWorkerPool, SAMPLES } = await importEsmBundle<typeof import("./timing-entry")>("tests/pdf/timing-entry.ts");
  const args = process.argv.slice(2);
  const runs = /^\d+$/.test(args[0] ?? "") ? Number(args.shift()) : 30;
  const names = Object.keys(SAMPLES).filter((name) => args.length === 0 || args.includes(name));
  const pool = createWorkerPool({ size: 1, timeoutMs: 60_000 });
  try {
    for (const name of names) {
      const build = SAMPLES[name];
      if (!build) continue;
      const report = build();
      const describe: number[] = [];
      const draw: number[] = [];
      let first = NaN;
      let bytes = 0;
      for (let i = 0; i <= runs; i++) {
        const started = performance.now();
        const tree = await buildDocumentTree(report);
        const described = performance.now();
        const pdf = await pool.renderTree(tree);
        const drawn = performance.now();
        bytes = pdf.length;
        if (i === 0) {
          first = drawn - started;
          continue;
        }
        describe.push(described - started);
        draw.push(drawn - described);
      }
      const total = describe.map((d, i) => d + (draw[i] ?? NaN));
      console.log(
        `${name.padEnd(20)} ${(bytes / 1000).toFixed(0).padStart(4)} kB  first ${first.toFixed(0).padStart(5)} ms  ` +
          `warm median ${median(total).toFixed(0).padStart(4)} ms (describe ${median(describe).toFixed(1)} + draw ${median(draw).toFixed(1)}; ` +
          `min ${Math.min(...total).toFixed(0)}, max ${Math.max(...total).toFixed(0)}) over ${runs}`,
      );
    }
  } finally {
    await pool.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
