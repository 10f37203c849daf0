// `npm run pdf:preview`: renders the sample reports (tests/pdf/samples.ts) of both instruments
// to PDF, then every page to PNG with pdftoppm (poppler-utils), into a folder under the OS temp
// dir, and prints the paths: the way to look at the layout without a browser or a database.
// PDF_PREVIEW_DIR overrides the folder; pass sample names to render only those. It renders the way
// the app does (lib/pdf/report-renderer.ts, on a worker), so the first sample's time includes the
// worker's start.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importEsmBundle } from "../support/load-esm-bundle";

const PNG_DPI = 80;

function pageCount(pdfPath: string): number {
  const info = execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

async function main(): Promise<void> {
  const { createReportRenderer, SAMPLES } = await importEsmBundle<typeof import("./render-entry")>("tests/pdf/render-entry.ts");
  const renderer = createReportRenderer({ workers: 1, maxQueued: 0, retryAfterSeconds: 1, timeoutMs: 60_000 });
  const outDir = process.env.PDF_PREVIEW_DIR ?? join(tmpdir(), "convergence-pdf-preview");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const wanted = process.argv.slice(2);
  const names = Object.keys(SAMPLES).filter((name) => wanted.length === 0 || wanted.includes(name));

  for (const name of names) {
    const build = SAMPLES[name];
    if (!build) continue;
    const report = build();
    const started = performance.now();
    const pdf = await renderer.render(report);
    const took = performance.now() - started;
    const pdfPath = join(outDir, `${name}.pdf`);
    writeFileSync(pdfPath, pdf);
    execFileSync("pdftoppm", ["-png", "-r", String(PNG_DPI), pdfPath, join(outDir, name)]);
    const pngs = readdirSync(outDir)
      .filter((file) => file.startsWith(`${name}-`) && file.endsWith(".png"))
      .sort()
      .map((file) => join(outDir, file));
    console.log(`\n${name}: ${pageCount(pdfPath)} pages, ${(pdf.length / 1024).toFixed(0)} KiB, rendered in ${took.toFixed(0)} ms`);
    console.log(`  ${pdfPath}  (download name: ${report.fileName})`);
    for (const png of pngs) console.log(`  ${png}`);
  }
  await renderer.close();
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
