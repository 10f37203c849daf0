// `npm run bench`: prints the figures the product is held to (ENGINEERING.md rule 9, the
// questionnaire's length, the executive PDF's render time). It builds and serves the production
// app on a throw-away database, measures first-load JavaScript over HTTP, counts what a
// respondent reads, times the PDF route against Chromium printing (tests/bench/pdf-bench.ts), and times
// the consultant dashboard with 1,000 clients, counting its SQL queries (tests/bench/dashboard-bench.ts).
// It prints PASS/FAIL next to each target but exits 0 either way; only a failure to build,
// serve or drive the app exits 1. BENCH_SKIP_BUILD=1 reuses the existing .next build.
import { gzipSync } from "node:zlib";
import { PILLARS, QUESTIONS } from "../../lib/instruments/convergence";
import { DONT_KNOW_LABEL } from "../../lib/instruments/labels";
import type { Choice } from "../../lib/instruments/types";
import {
  buildApp,
  createTempDatabase,
  findFreePort,
  migrateDatabase,
  onTerminationSignal,
  startApp,
  stopAllChildren,
  waitUntilServing,
  type RunningApp,
} from "../support/app-server";
import { measurePdf, printPdfFigures, type PdfFigures } from "./pdf-bench";
import { measureDashboard, printDashboardFigures, type DashboardFigures } from "./dashboard-bench";
import { runBenchmarkBench } from "./benchmark-bench";
import { countRespondentWords, type RespondentWords } from "./respondent-words";
import { BenchClient } from "./bench-client";

const HOST = "127.0.0.1";
const SERVER_READY_TIMEOUT_MS = 60_000;
const REQUEST_TIMEOUT_MS = 30_000;

const MAX_QUESTIONS = 20;
const MAX_WORDS = 700;
/** The question page may ship at most this much more JS than the bare 404 page. */
const MAX_QUESTION_PAGE_EXTRA = 0.15;
const CHART_MARKERS = ["recharts", "RadarChart", "PolarAngleAxis"] as const;

// --- HTTP ------------------------------------------------------------------------------


// --- First-load JavaScript ---------------------------------------------------------------

const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;

interface ScriptFile {
  url: string;
  bytes: number;
  gzip: number;
  chartMarkers: string[];
}

interface PageMeasure {
  name: string;
  path: string;
  scripts: ScriptFile[];
  /** Inline executable <script> bodies (not the RSC payload). */
  inlineJsBytes: number;
  inlineJsGzip: number;
  /** Inline data: the RSC payload (self.__next_f.push) and JSON script tags. */
  inlineDataBytes: number;
  inlineDataGzip: number;
}

const decodeAttribute = (value: string) =>
  value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attributes);
  return match ? decodeAttribute(match[1] ?? match[2] ?? match[3] ?? "") : null;
}

/** Splits a page's <script> tags into external sources (deduplicated), inline JS and inline data. */
function scriptsOf(html: string, pageUrl: string) {
  const sources = new Set<string>();
  const inlineJs: string[] = [];
  const inlineData: string[] = [];
  for (const [, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attribute(attributes, "src");
    if (src) {
      sources.add(new URL(src, pageUrl).href);
      continue;
    }
    if (body.trim() === "") continue;
    const type = (attribute(attributes, "type") ?? "").toLowerCase();
    const isJs = type === "" || type === "module" || type.includes("javascript");
    if (isJs && !body.includes("self.__next_f")) inlineJs.push(body);
    else inlineData.push(body);
  }
  return { sources: [...sources], inlineJs, inlineData };
}

async function measurePage(
  client: BenchClient,
  fetchScript: (url: string) => Promise<ScriptFile>,
  name: string,
  path: string,
  expectedStatus: number,
): Promise<PageMeasure> {
  const html = await client.page(path, expectedStatus);
  const { sources, inlineJs, inlineData } = scriptsOf(html, new URL(path, client.baseUrl).href);
  const scripts = await Promise.all(sources.map(fetchScript));
  const inlineJsText = inlineJs.join("\n");
  const inlineDataText = inlineData.join("\n");
  return {
    name,
    path,
    scripts,
    inlineJsBytes: Buffer.byteLength(inlineJsText),
    inlineJsGzip: inlineJs.length ? gzipSize(inlineJsText) : 0,
    inlineDataBytes: Buffer.byteLength(inlineDataText),
    inlineDataGzip: inlineData.length ? gzipSize(inlineDataText) : 0,
  };
}

/**
 * Drives one diagnostic through the API and measures the question, result and 404 pages, then
 * starts a GenAI assessment and measures its question page (held to the same budget).
 */
async function measurePages(baseUrl: string): Promise<PageMeasure[]> {
  const client = new BenchClient(baseUrl, REQUEST_TIMEOUT_MS);
  const scriptCache = new Map<string, Promise<ScriptFile>>();
  const fetchScript = (url: string) => {
    let cached = scriptCache.get(url);
    if (!cached) {
      cached = (async () => {
        const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
        if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
        const bytes = Buffer.from(await response.arrayBuffer());
        const text = bytes.toString("utf8");
        return {
          url,
          bytes: bytes.length,
          gzip: gzipSize(bytes),
          chartMarkers: CHART_MARKERS.filter((marker) => text.includes(marker)),
        };
      })();
      scriptCache.set(url, cached);
    }
    return cached;
  };

  const { id } = await client.json<{ id: string }>("POST", "/api/assessments", { instrument: "convergence" }, 201);
  const encodedId = encodeURIComponent(id);
  const questionPage = await measurePage(client, fetchScript, "question page", `/diagnostic/${encodedId}`, 200);

  const levels: Choice[] = [1, 2, 3, 4, 5];
  for (const [index, question] of QUESTIONS.entries()) {
    const choice = levels[index % levels.length];
    await client.json("PUT", `/api/assessments/${encodedId}/answers`, { questionId: question.id, choice }, 200);
  }
  const { resultUrl } = await client.json<{ resultUrl: string }>(
    "POST",
    `/api/assessments/${encodedId}/complete`,
    undefined,
    200,
  );
  const resultPage = await measurePage(client, fetchScript, "result page", resultUrl, 200);
  const notFoundPage = await measurePage(client, fetchScript, "404 page", "/this-page-does-not-exist", 404);

  const genai = await client.json<{ id: string }>("POST", "/api/assessments", { instrument: "genai" }, 201);
  const genaiQuestionPage = await measurePage(
    client,
    fetchScript,
    "GenAI question page",
    `/genai/${encodeURIComponent(genai.id)}`,
    200,
  );
  return [questionPage, resultPage, notFoundPage, genaiQuestionPage];
}

// --- Printing ----------------------------------------------------------------------------

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const verdict = (isPass: boolean) => (isPass ? "PASS" : "FAIL");
const total = (scripts: ScriptFile[], key: "bytes" | "gzip") => scripts.reduce((sum, s) => sum + s[key], 0);

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    "  " + cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  console.log(line(header));
  console.log("  " + widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(line(row));
}

function printJavaScript(pages: PageMeasure[]): void {
  console.log("\nFirst-load JavaScript (kB = 1000 bytes; gzip = node:zlib level 9, each file on its own)");
  console.log("JS = every <script src> in the page's HTML, deduplicated; inline scripts are listed apart,");
  console.log("and the inline RSC payload (self.__next_f) is data, not code.\n");
  printTable(
    ["page", "scripts", "JS raw", "JS gzip", "inline JS gzip", "inline data raw", "inline data gzip"],
    pages.map((page) => [
      `${page.name} (${page.path.replace(/\/(diagnostic|genai)\/[^/]+/, "/$1/<id>")})`,
      String(page.scripts.length),
      kB(total(page.scripts, "bytes")),
      kB(total(page.scripts, "gzip")),
      kB(page.inlineJsGzip),
      kB(page.inlineDataBytes),
      kB(page.inlineDataGzip),
    ]),
  );

  const [question, , notFound, genaiQuestion] = pages;
  if (!notFound) return;
  for (const page of [question, genaiQuestion]) {
    if (page) printQuestionPageBudget(page, notFound);
  }
}

/** The question-page budget: at most MAX_QUESTION_PAGE_EXTRA more JS than the 404 page, and no chart code. */
function printQuestionPageBudget(question: PageMeasure, notFound: PageMeasure): void {
  const largest = [...question.scripts].sort((a, b) => b.gzip - a.gzip).slice(0, 5);
  console.log(`\nLargest ${question.name} scripts (gzip kB):`);
  for (const script of largest) console.log(`  ${kB(script.gzip).padStart(7)}  ${new URL(script.url).pathname}`);

  const withCharts = question.scripts.filter((script) => script.chartMarkers.length > 0);
  console.log("");
  if (withCharts.length === 0) console.log(`chart code on ${question.name}: none`);
  for (const script of withCharts) {
    console.log(`chart code on ${question.name}: ${new URL(script.url).pathname} (${script.chartMarkers.join(", ")})`);
  }

  const questionJs = total(question.scripts, "gzip");
  const notFoundJs = total(notFound.scripts, "gzip");
  if (notFoundJs === 0) {
    console.log(`${question.name} JS vs 404 page: n/a (the 404 page loads no script)`);
    return;
  }
  const extra = (questionJs - notFoundJs) / notFoundJs;
  const isPass = extra <= MAX_QUESTION_PAGE_EXTRA && withCharts.length === 0;
  console.log(
    `${question.name} JS vs 404 page: ${kB(questionJs)} vs ${kB(notFoundJs)} kB gzip = ` +
      `${extra >= 0 ? "+" : ""}${(extra * 100).toFixed(1)}% ` +
      `(target: ≤ ${MAX_QUESTION_PAGE_EXTRA * 100}% more, no chart code)  ${verdict(isPass)}`,
  );
}

function printReading(words: RespondentWords): void {
  console.log("\nWhat a respondent reads (lib/instruments/convergence)\n");
  printTable(
    ["measure", "value", "target", "verdict"],
    [
      ["questions", String(QUESTIONS.length), `≤ ${MAX_QUESTIONS}`, verdict(QUESTIONS.length <= MAX_QUESTIONS)],
      ["words", String(words.total), `≤ ${MAX_WORDS}`, verdict(words.total <= MAX_WORDS)],
      ["  pillar intros", String(words.pillarIntros), "", ""],
      ["  question prompts", String(words.prompts), "", ""],
      ["  option labels", String(words.optionLabels), "", ""],
      [`  "${DONT_KNOW_LABEL}" × ${QUESTIONS.length}`, String(words.dontKnow), "", ""],
    ],
  );
}

// --- Main ---------------------------------------------------------------------------------

async function main(): Promise<number> {
  const words = countRespondentWords({ pillars: PILLARS, questions: QUESTIONS, dontKnowLabel: DONT_KNOW_LABEL });
  const isBuildSkipped = process.env.BENCH_SKIP_BUILD === "1";
  const database = createTempDatabase("bench");
  onTerminationSignal(async () => {
    await stopAllChildren();
    database.remove();
  });

  let app: RunningApp | undefined;
  let pages: PageMeasure[] | undefined;
  let pdf: PdfFigures[] | undefined;
  let dashboard: DashboardFigures | undefined;
  let failure: string | undefined;
  /** Stops the running server, if any, and serves the same build and database from a fresh process. */
  const restart = async (): Promise<RunningApp> => {
    await app?.stop();
    app = startApp({ port: await findFreePort(HOST), host: HOST, databaseUrl: database.url, output: "buffer" });
    await waitUntilServing(app, SERVER_READY_TIMEOUT_MS);
    return app;
  };
  try {
    await migrateDatabase(database.url);
    if (isBuildSkipped) console.log("BENCH_SKIP_BUILD=1: measuring the existing .next build");
    else await buildApp(database.url);
    const server = await restart();
    pages = await measurePages(server.baseUrl);
    pdf = await measurePdf(server, restart);
    dashboard = await measureDashboard(database.url, restart);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  } finally {
    await stopAllChildren();
    database.remove();
  }

  console.log(`\nConvergence bench (${isBuildSkipped ? "existing build" : "fresh production build"}, npm run serve)`);
  if (pages) printJavaScript(pages);
  printReading(words);
  if (pdf) printPdfFigures(pdf, printTable);
  if (dashboard) printDashboardFigures(dashboard);
  await runBenchmarkBench();
  if (failure) {
    console.error(`\nThe HTTP measurements failed: ${failure}`);
    const output = app?.recentOutput();
    if (output) console.error(`\nLast lines of the server:\n${output}`);
    return 1;
  }
  return 0;
}

void main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
