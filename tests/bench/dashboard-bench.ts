// The consultant dashboard's figures for `npm run bench` (called from tests/bench/run.ts; also runs
// alone: `npx tsx tests/bench/dashboard-bench.ts`, with BENCH_SKIP_BUILD=1 to reuse .next).
//
// It seeds one practice with 100, then 1,000 clients × 4 completed rounds (both instruments, levels
// that drift between rounds) straight into the server's SQLite file with Prisma createMany, signs in
// as the consultant through next-auth's real credentials flow, and requests /clients like a browser:
// the median of 20 requests after 3 warm-ups, on the production server, for the default view (by
// name) and for a sort on the figures (by change), which has to read every client's rounds.
//
// Queries are counted by the server itself: started with CONVERGENCE_COUNT_QUERIES=1, lib/db.ts prints
// a numbered line for every SQL statement it sends ("[db] query 812"); requests run one at a time, so
// the difference between the numbers before and after a request is what that request sent. The count
// is taken at 100 and at 1,000 clients, for the page (25 rows) and for the CSV export (every row):
// a query per row would show as a count that grows tenfold.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { resolveSqlitePath } from "../../lib/db/sqlite-path";
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
import { BenchClient, signUpAndSignIn } from "./bench-client";

const WARM_UP = 3;
const RUNS = 20;
const SMALL = 100;
const LARGE = 1_000;
const ROUNDS_PER_CLIENT = 4;
const REQUEST_TIMEOUT_MS = 60_000;
/** Target of the issue: the dashboard's median within 150 ms with 1,000 clients. */
export const DASHBOARD_TARGET_MS = 150;

/** The views timed: the default (sorted by name: the page is chosen before rounds are read) and a sort on the figures. */
const VIEWS = [
  { label: "by name (default)", path: "/clients" },
  { label: "by change", path: "/clients?sort=change&dir=desc" },
] as const;

export interface PageTiming {
  label: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** The server's CPU time per timed request (mean), which a busy machine does not inflate as it does wall time. */
  cpuMs: number;
  /** The distinct statement counts seen over the timed requests (one value when every request sent the same). */
  queries: number[];
}

export interface DashboardSample {
  clients: number;
  rounds: number;
  pages: PageTiming[];
  export: { ms: number; queries: number; rows: number };
}

export interface DashboardFigures {
  samples: DashboardSample[];
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

// ── Seeding ──────────────────────────────────────────────────────────────────────────────────

/** A small deterministic PRNG (mulberry32), so every run seeds the same spread. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T };
}

const INDUSTRIES = ["retail", "financial_services", "healthcare", "higher_education", "b2b_software", "other"] as const;
const SIZES = ["1-49", "50-249", "250-999", "1000-4999", "5000+"] as const;
const NAME_PARTS = [
  ["Northwind", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Acme", "Soylent", "Hooli", "Vandelay", "Wonka", "Tyrell", "Cyberdyne", "Gringotts", "Aperture"],
  ["Retail", "Bank", "Health", "University", "Software", "Logistics", "Insurance", "Foods", "Energy", "Media"],
] as const;
/** Instrument mixes of a client's four rounds. */
const MIXES = [
  ["convergence", "genai", "convergence", "genai"],
  ["convergence", "convergence", "convergence", "genai"],
  ["genai", "genai", "convergence", "convergence"],
  ["convergence", "convergence", "convergence", "convergence"],
  ["genai", "genai", "genai", "genai"],
] as const;

const id = () => randomBytes(18).toString("base64url");
const DAY_MS = 86_400_000;

/** Adds `count` clients of the practice, each with four completed rounds (createMany: a few statements). */
async function seedClients(prisma: PrismaClient, practiceId: string, from: number, count: number): Promise<void> {
  const random = randomSource(from + 1);
  const now = Date.now();
  const organizations = [];
  const rounds = [];
  for (let n = from; n < from + count; n += 1) {
    const organizationId = id();
    const createdAt = new Date(now - random.int(200, 720) * DAY_MS);
    organizations.push({
      id: organizationId,
      kind: "company",
      name: `${random.pick(NAME_PARTS[0])} ${random.pick(NAME_PARTS[1])} ${String(n + 1).padStart(4, "0")}`,
      industry: random.pick(INDUSTRIES),
      sizeBand: random.pick(SIZES),
      createdAt,
      consultantPracticeId: practiceId,
      lastActivityAt: new Date(now - random.int(0, 180) * DAY_MS - random.int(0, DAY_MS)),
    });
    const level = { convergence: random.int(1, 4), genai: random.int(1, 4) };
    const mix = random.pick(MIXES);
    for (let r = 0; r < ROUNDS_PER_CLIENT; r += 1) {
      const instrument = mix[r] ?? "convergence";
      // Levels drift by at most one between rounds of the same instrument.
      level[instrument] = Math.min(5, Math.max(1, level[instrument] + random.int(-1, 1)));
      const roundAt = new Date(createdAt.getTime() + (r + 1) * random.int(60, 100) * DAY_MS);
      rounds.push({
        id: id(),
        organizationId,
        instrument,
        kind: random.next() < 0.6 ? "team" : "solo",
        title: "",
        createdAt: roundAt,
        completedCount: random.int(1, 9),
        overallLevel: level[instrument],
        overallScore: instrument === "convergence" ? (level[instrument] - 1) * 20 + random.int(0, 19) : null,
        lastActivityAt: roundAt,
      });
    }
  }
  await prisma.$transaction([prisma.organization.createMany({ data: organizations }), prisma.assessmentRound.createMany({ data: rounds })]);
}

// ── Signing in ───────────────────────────────────────────────────────────────────────────────

/** Creates a consultant (a practice) through the API and signs in. */
async function signUpConsultant(client: BenchClient): Promise<string> {
  return signUpAndSignIn(client, { organizationName: "Meridian Advisory", industry: "other", sizeBand: "50-249", accountType: "practice" });
}

// ── Counting and timing ──────────────────────────────────────────────────────────────────────

/** The last statement number lib/db.ts printed, once the server's output has settled. */
async function queriesSoFar(app: RunningApp): Promise<number> {
  const read = () => {
    const numbers = [...app.recentOutput().matchAll(/\[db\] query (\d+)/g)].map((m) => Number(m[1]));
    return numbers.length > 0 ? Math.max(...numbers) : 0;
  };
  let last = read();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 40));
    const now = read();
    if (now === last) return now;
    last = now;
  }
}

/** Times one GET and counts the statements it sent; fails unless it answers `status`. */
async function measureRequest(app: RunningApp, client: BenchClient, path: string): Promise<{ ms: number; queries: number; body: string }> {
  const before = await queriesSoFar(app);
  const started = performance.now();
  const response = await client.request("GET", path);
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${body.slice(0, 200)}`);
  return { ms, queries: (await queriesSoFar(app)) - before, body };
}

/**
 * CPU time (ms) used so far by the server's processes: every process whose environment names this
 * server's port and database (Linux /proc; NaN elsewhere). On a busy shared machine wall time
 * swings with the load; the CPU a request costs does not, so both are printed.
 */
function serverCpuMs(app: RunningApp, databaseUrl: string): number {
  try {
    const port = new URL(app.baseUrl).port;
    let ticks = 0;
    let found = 0;
    for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      let environ: string;
      try {
        environ = readFileSync(`/proc/${pid}/environ`, "latin1");
      } catch {
        continue;
      }
      const vars = environ.split("\0");
      if (!vars.includes(`PORT=${port}`) || !vars.includes(`DATABASE_URL=${databaseUrl}`)) continue;
      // Fields after the command name: utime and stime are the 14th and 15th of /proc/<pid>/stat.
      const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
      found += 1;
    }
    // Linux reports these in clock ticks of 1/100 s (USER_HZ).
    return found > 0 ? ticks * 10 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

async function timePage(
  app: RunningApp,
  client: BenchClient,
  view: (typeof VIEWS)[number],
  clients: number,
  databaseUrl: string,
): Promise<PageTiming> {
  for (let i = 0; i < WARM_UP; i += 1) await measureRequest(app, client, view.path);
  const runs = [];
  const cpuBefore = serverCpuMs(app, databaseUrl);
  for (let i = 0; i < RUNS; i += 1) runs.push(await measureRequest(app, client, view.path));
  const cpuMs = (serverCpuMs(app, databaseUrl) - cpuBefore) / RUNS;
  // The page must really be the dashboard with a full page of rows, not a 404 or an empty state.
  const rows = ((runs.at(-1)?.body ?? "").match(/<th scope="row"/g) ?? []).length;
  if (rows !== Math.min(25, clients)) throw new Error(`${view.path} showed ${rows} rows with ${clients} clients`);
  const times = runs.map((r) => r.ms);
  return {
    label: view.label,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    cpuMs,
    queries: [...new Set(runs.map((r) => r.queries))].sort((a, b) => a - b),
  };
}

async function sample(app: RunningApp, client: BenchClient, clients: number, databaseUrl: string): Promise<DashboardSample> {
  const pages = [];
  for (const view of VIEWS) pages.push(await timePage(app, client, view, clients, databaseUrl));
  const exported = await measureRequest(app, client, "/api/clients/export");
  const exportedRows = exported.body.split("\r\n").filter(Boolean).length - 1;
  if (exportedRows !== clients) throw new Error(`The CSV export had ${exportedRows} rows for ${clients} clients`);
  return { clients, rounds: clients * ROUNDS_PER_CLIENT, pages, export: { ms: exported.ms, queries: exported.queries, rows: exportedRows } };
}

/**
 * Restarts the server with query counting on, seeds a practice with 100 then 1,000 clients and
 * measures /clients and the CSV export at both sizes. The server keeps counting until the caller stops it.
 */
export async function measureDashboard(databaseUrl: string, restart: () => Promise<RunningApp>): Promise<DashboardFigures> {
  const previous = process.env.CONVERGENCE_COUNT_QUERIES;
  process.env.CONVERGENCE_COUNT_QUERIES = "1";
  let app: RunningApp;
  try {
    app = await restart();
  } finally {
    if (previous === undefined) delete process.env.CONVERGENCE_COUNT_QUERIES;
    else process.env.CONVERGENCE_COUNT_QUERIES = previous;
  }
  const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: resolveSqlitePath(databaseUrl), timeout: 10_000 }) });
  try {
    const client = new BenchClient(app.baseUrl, REQUEST_TIMEOUT_MS);
    const email = await signUpConsultant(client);
    const owner = await prisma.user.findUniqueOrThrow({ where: { email }, select: { memberships: { select: { organizationId: true } } } });
    const practiceId = owner.memberships[0]?.organizationId;
    if (!practiceId) throw new Error("The bench consultant has no practice");

    await seedClients(prisma, practiceId, 0, SMALL);
    const small = await sample(app, client, SMALL, databaseUrl);
    await seedClients(prisma, practiceId, SMALL, LARGE - SMALL);
    const large = await sample(app, client, LARGE, databaseUrl);
    return { samples: [small, large] };
  } finally {
    await prisma.$disconnect();
  }
}

// ── Printing ─────────────────────────────────────────────────────────────────────────────────

const verdict = (isPass: boolean) => (isPass ? "PASS" : "FAIL");
const loadAverage = () => loadavg().map((value) => value.toFixed(2)).join(", ");
const ms = (value: number) => value.toFixed(1);

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => "  " + cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  console.log(line(header));
  console.log("  " + widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(line(row));
}

/** Prints the figures with PASS/FAIL against the targets (median ≤ 150 ms at 1,000 clients; query counts that do not grow). */
export function printDashboardFigures(figures: DashboardFigures): void {
  const [small, large] = figures.samples;
  if (!small || !large) return;
  console.log(`\nConsultant dashboard: GET /clients (25 rows a page), median of ${RUNS} requests after ${WARM_UP} warm-ups,`);
  console.log(`wall time on the loopback; SQL statements counted by the server (CONVERGENCE_COUNT_QUERIES=1);`);
  console.log(`server CPU from /proc (10 ms ticks, averaged over the ${RUNS} requests). Machine load now: ${loadAverage()}.\n`);
  const counts = (values: number[]) => values.join(" / ");
  const cpu = (value: number) => (Number.isNaN(value) ? "n/a" : ms(value));
  const isConstant = (a: number[], b: number[]) => a.length === 1 && b.length === 1 && a[0] === b[0];
  const pageRows = small.pages.flatMap((smallPage, i) => {
    const largePage = large.pages[i];
    if (!largePage) return [];
    return [
      [`page ${smallPage.label}: median (ms)`, ms(smallPage.medianMs), ms(largePage.medianMs), `≤ ${DASHBOARD_TARGET_MS}`, verdict(largePage.medianMs <= DASHBOARD_TARGET_MS)],
      [`  fastest / slowest (ms)`, `${ms(smallPage.minMs)} / ${ms(smallPage.maxMs)}`, `${ms(largePage.minMs)} / ${ms(largePage.maxMs)}`, "", ""],
      [`  server CPU per request (ms)`, cpu(smallPage.cpuMs), cpu(largePage.cpuMs), "", ""],
      [`  SQL statements per request`, counts(smallPage.queries), counts(largePage.queries), "same at both sizes", verdict(isConstant(smallPage.queries, largePage.queries))],
    ];
  });
  printTable(
    ["measure", `${small.clients} clients`, `${large.clients.toLocaleString("en-GB")} clients`, "target", "verdict"],
    [
      ["rounds seeded", String(small.rounds), String(large.rounds), "", ""],
      ...pageRows,
      ["CSV export: rows", String(small.export.rows), String(large.export.rows), "", ""],
      ["  time (ms)", ms(small.export.ms), ms(large.export.ms), "", ""],
      ["  SQL statements", String(small.export.queries), String(large.export.queries), "same at both sizes", verdict(small.export.queries === large.export.queries)],
    ],
  );
}

// ── Alone ────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<number> {
  const database = createTempDatabase("dashboard-bench");
  onTerminationSignal(async () => {
    await stopAllChildren();
    database.remove();
  });
  let app: RunningApp | undefined;
  const restart = async () => {
    await app?.stop();
    app = startApp({ port: await findFreePort("127.0.0.1"), host: "127.0.0.1", databaseUrl: database.url, output: "buffer" });
    await waitUntilServing(app, 60_000);
    return app;
  };
  try {
    await migrateDatabase(database.url);
    if (process.env.BENCH_SKIP_BUILD === "1") console.log("BENCH_SKIP_BUILD=1: measuring the existing .next build");
    else await buildApp(database.url);
    printDashboardFigures(await measureDashboard(database.url, restart));
    return 0;
  } catch (error) {
    console.error(error);
    const output = app?.recentOutput();
    if (output) console.error(`\nLast lines of the server:\n${output.split("\n").filter((l) => !l.startsWith("[db] query")).slice(-40).join("\n")}`);
    return 1;
  } finally {
    await stopAllChildren();
    database.remove();
  }
}

if (process.argv[1]?.endsWith("dashboard-bench.ts")) {
  void main().then((code) => process.exit(code));
}
