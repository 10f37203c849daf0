// `npx tsx tests/pdf/render-timing.ts [runs] [--compare] [--fresh-text] [sample...]`: times the
// executive PDF the way the route makes it (document described on this thread, drawn on a render
// worker: lib/pdf/report-renderer.ts), without a server or a database, for each sample report
// (tests/pdf/samples.ts): the first render, then the median and spread of `runs` warm renders
// (default 30) in the same worker, split into describing the document (this thread) and drawing
// it (the worker, message round trips included).
//
// --compare     also draws each sample the way it was drawn before the fixed-page renderer (every
//               page wrapping, counters filled in at the end), alternating run by run with the
//               current way, so both see the same load on a shared machine.
// --fresh-text  makes every string of the report new on every run (a run number is appended), so
//               the worker's shaping memo (lib/pdf/render-worker.mjs) never has the text: the cost
//               of a report the worker has never seen.
//
// "cpu" is the CPU time of the whole process (both threads and the garbage collector's helpers)
// per render. Run it under `node --cpu-prof --cpu-prof-dir=DIR --import tsx` for a profile of the
// main thread and of the worker.
import { importEsmBundle } from "../support/load-esm-bundle";

// As under `next start`: React and react-pdf in their production builds (the worker inherits this).
(process.env as Record<string, string>).NODE_ENV = "production";

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

interface Series {
  describe: number[];
  draw: number[];
  cpu: number[];
  first: number;
  bytes: number;
  pages: number;
  overflowing: number[];
}

const emptySeries = (): Series => ({ describe: [], draw: [], cpu: [], first: NaN, bytes: 0, pages: 0, overflowing: [] });

function summary(label: string, s: Series, runs: number): string {
  const total = s.describe.map((d, i) => d + (s.draw[i] ?? NaN));
  return (
    `${label.padEnd(30)} ${String(s.pages).padStart(2)} pages ${(s.bytes / 1000).toFixed(0).padStart(4)} kB  first ${s.first.toFixed(0).padStart(5)} ms  ` +
    `warm median ${median(total).toFixed(0).padStart(4)} ms (describe ${median(s.describe).toFixed(1)} + draw ${median(s.draw).toFixed(1)}; ` +
    `min ${Math.min(...total).toFixed(0)}, max ${Math.max(...total).toFixed(0)}), cpu median ${median(s.cpu).toFixed(0)} ms, ${runs} runs` +
    (s.overflowing.length ? `; page ${s.overflowing.map((i) => i + 1).join(", ")} did not fit: drawn twice` : "")
  );
}

async function main(): Promise<void> {
  const { buildDocumentTree, createWorkerPool, drawDocument, mapStrings, pageHeights, SAMPLES } =
    await importEsmBundle<typeof import("./timing-entry")>("tests/pdf/timing-entry.ts");
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const at = args.indexOf(name);
    if (at !== -1) args.splice(at, 1);
    return at !== -1;
  };
  const compare = flag("--compare");
  const freshText = flag("--fresh-text");
  const runs = /^\d+$/.test(args[0] ?? "") ? Number(args.shift()) : 30;
  const names = Object.keys(SAMPLES).filter((name) => args.length === 0 || args.includes(name));
  const pool = createWorkerPool({ size: 1, timeoutMs: 60_000 });
  try {
    for (const name of names) {
      const build = SAMPLES[name];
      if (!build) continue;
      const sample = build();
      const ways = compare ? (["flowing", "fixed"] as const) : (["fixed"] as const);
      const series = { fixed: emptySeries(), flowing: emptySeries() };
      for (let i = 0; i <= runs; i++) {
        for (const way of ways) {
          const report = freshText ? mapStrings(sample, (text) => (text ? `${text} ${i}${way}` : text)) : sample;
          const s = series[way];
          const cpuBefore = process.cpuUsage();
          const started = performance.now();
          const tree = await buildDocumentTree(report);
          const described = performance.now();
          const drawing = way === "fixed" ? await drawDocument(pool, tree) : { pdf: await pool.renderTree(tree), overflowing: [] };
          const drawn = performance.now();
          const cpuUsed = process.cpuUsage(cpuBefore);
          s.bytes = drawing.pdf.length;
          s.pages = pageHeights(drawing.pdf).length;
          s.overflowing = drawing.overflowing;
          if (i === 0) {
            s.first = drawn - started;
            continue;
          }
          s.cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
          s.describe.push(described - started);
          s.draw.push(drawn - described);
        }
      }
      const suffix = freshText ? ", fresh text" : "";
      if (compare) console.log(summary(`${name} (flowing${suffix})`, series.flowing, runs));
      console.log(summary(`${name}${compare || freshText ? ` (fixed${suffix})` : ""}`, series.fixed, runs));
    }
  } finally {
    await pool.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
