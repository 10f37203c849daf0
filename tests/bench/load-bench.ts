// `npm run bench:load`: how the answer endpoint holds up under load. It builds the production app
// (BENCH_SKIP_BUILD=1 reuses the existing build), serves it with `npm run serve` on a fresh migrated
// SQLite database, starts LOAD_ASSESSMENTS Convergence assessments through the public API (up to
// its per-address limit on new assessments; the rest go straight into the database), then drives
// PUT /api/assessments/[id]/answers with autocannon: LOAD_CONNECTIONS connections for LOAD_SECONDS
// seconds after a short warm-up, each request answering a random question of a random assessment
// with a random valid choice. It prints requests and answers per second, p50/p95/p99 latency, the
// status codes (429s apart from errors), errors and timeouts, the server's CPU time per request
// and the load average, and checks the database: every acknowledged answer stored, each
// (assessment, question) holding its last acknowledged choice (tests/bench/load-answers.ts).
//
// BENCH_DATABASE_URL=postgresql://… runs the same against that PostgreSQL database instead.
//
// PASS/FAIL is printed against the targets; the exit code is 0 either way. Only a failure to
// build, serve or drive the app exits 1.
import { availableParallelism, loadavg } from "node:os";
import autocannon from "autocannon";
import { QUESTIONS } from "../../lib/instruments/convergence";
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
  type TempDatabase,
} from "../support/app-server";
import { AnswerLedger, requestChoice, type LedgerCheck, type PlannedAnswer } from "./load-answers";
import { openLoadDatabase, type LoadTarget } from "./load-database";
import { cpuMillisecondsOf, pidListeningOn } from "./load-process";

const HOST = "127.0.0.1";
const SERVER_READY_TIMEOUT_MS = 60_000;

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

const CONNECTIONS = numberFromEnv("LOAD_CONNECTIONS", 50);
const SECONDS = numberFromEnv("LOAD_SECONDS", 30);
/**
 * Enough assessments to stay well under the per-assessment answer limit: at ~1,000 answers/s
 * spread over 1,500 assessments, each gets ~0.7/s (40 a minute).
 */
const ASSESSMENTS = numberFromEnv("LOAD_ASSESSMENTS", 1_500);
const WARM_UP_SECONDS = 3;
const REQUEST_TIMEOUT_S = 10;

const TARGETS = { answersPerSecond: 1_000, p95Ms: 25, errors: 0 } as const;

interface RunFigures {
  durationS: number;
  requests: number;
  latencies: number[];
  statusCounts: Map<number, number>;
  errors: number;
  timeouts: number;
  loadBefore: number[];
  loadAfter: number[];
  /** CPU milliseconds the server process used during the run, when /proc can tell. */
  serverCpuMs: number | null;
}

// ── Setting up ───────────────────────────────────────────────────────────────────────────────

function targetFromEnv(temp: () => TempDatabase): LoadTarget {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    const database = temp();
    return { kind: "sqlite", url: database.url, path: database.path };
  }
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error("BENCH_DATABASE_URL must be a postgresql:// URL");
  return { kind: "postgresql", url };
}

const describeTarget = (target: LoadTarget) =>
  target.kind === "sqlite" ? `SQLite (${target.path})` : `PostgreSQL (${new URL(target.url).host})`;

/** Starts the assessments through POST /api/assessments, a few at a time; stops at the first 429. */
async function startAssessmentsViaApi(baseUrl: string, count: number): Promise<{ ids: string[]; refusedAt: number | null }> {
  const ids: string[] = [];
  let refusedAt: number | null = null;
  let next = 0;
  const worker = async () => {
    while (refusedAt === null && next < count) {
      next += 1;
      const response = await fetch(`${baseUrl}/api/assessments`, {
        method: "POST",
        headers: { Accept: "application/json", "Content-Type": "application/json", Origin: baseUrl },
        body: JSON.stringify({ instrument: "convergence" }),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      if (response.status === 429) {
        refusedAt ??= ids.length;
        return;
      }
      if (response.status !== 201) throw new Error(`POST /api/assessments answered ${response.status}: ${text.slice(0, 300)}`);
      ids.push((JSON.parse(text) as { id: string }).id);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { ids, refusedAt };
}

// ── Driving ──────────────────────────────────────────────────────────────────────────────────

/** Per-connection context autocannon hands to setupRequest and then to onResponse of the same request. */
interface RequestContext {
  planned?: PlannedAnswer;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN);

async function drive(baseUrl: string, ledger: AnswerLedger, seconds: number, serverPid: number | null): Promise<RunFigures> {
  const latencies: number[] = [];
  const cpuBefore = serverPid === null ? null : cpuMillisecondsOf(serverPid);
  const statusCounts = new Map<number, number>();
  const loadBefore = loadavg();
  const started = performance.now();
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon({
    url: baseUrl,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: REQUEST_TIMEOUT_S,
    pipelining: 1, // one request per connection at a time: the context below belongs to it
    requests: [
      {
        method: "PUT",
        setupRequest: (request, context) => {
          const planned = ledger.next();
          (context as RequestContext).planned = planned;
          return {
            ...request,
            method: "PUT",
            path: `/api/assessments/${planned.assessmentId}/answers`,
            headers: { "Content-Type": "application/json", Accept: "application/json", Origin: baseUrl },
            body: JSON.stringify({ questionId: planned.questionId, choice: requestChoice(planned.choice) }),
          };
        },
        onResponse: (status, _body, context) => {
          const { planned } = context as RequestContext;
          if (planned) ledger.settle(planned, status);
        },
      },
    ],
  }, (error: unknown, result: autocannon.Result) => (error ? fail(error) : finish(result)));
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statusCounts.set(statusCode, (statusCounts.get(statusCode) ?? 0) + 1);
  });
  const result = await finished;
  const durationS = (performance.now() - started) / 1000;
  const cpuAfter = serverPid === null ? null : cpuMillisecondsOf(serverPid);
  return {
    durationS,
    requests: latencies.length,
    latencies,
    statusCounts,
    errors: result.errors,
    timeouts: result.timeouts,
    loadBefore,
    loadAfter: loadavg(),
    serverCpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
  };
}

// ── Printing ─────────────────────────────────────────────────────────────────────────────────

const verdict = (isPass: boolean) => (isPass ? "PASS" : "FAIL");
const count = (n: number) => n.toLocaleString("en-GB");
const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(" / ");

function printFigures(target: LoadTarget, assessments: string, run: RunFigures, ledger: AnswerLedger, check: LedgerCheck, abandoned: number) {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p)) as [number, number, number];
  const ok = [...run.statusCounts].filter(([status]) => status >= 200 && status < 300).reduce((sum, [, n]) => sum + n, 0);
  const rateLimited = run.statusCounts.get(429) ?? 0;
  const non2xx = run.requests - ok;
  const otherNon2xx = non2xx - rateLimited;
  const errors = run.errors + otherNon2xx;
  const answersPerSecond = ledger.counts.acknowledged / run.durationS;
  const codes = [...run.statusCounts].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${count(n)}`).join(", ");

  const cpu =
    run.serverCpuMs === null
      ? "not known"
      : `${(run.serverCpuMs / Math.max(1, run.requests)).toFixed(2)} ms (${(run.serverCpuMs / 1000 / run.durationS).toFixed(2)} of ${availableParallelism()} cores busy)`;

  console.log(`\nLoad: PUT /api/assessments/[id]/answers on ${describeTarget(target)}`);
  console.log(`  ${CONNECTIONS} connections for ${SECONDS} s (measured ${run.durationS.toFixed(1)} s), ${assessments}`);
  console.log(`  load average (1/5/15 min) before: ${load(run.loadBefore)}, after: ${load(run.loadAfter)}\n`);
  const rows: [string, string, string?, boolean?][] = [
    ["requests", `${count(run.requests)} (${(run.requests / run.durationS).toFixed(0)}/s)`],
    ["answers saved (2xx)", `${count(ledger.counts.acknowledged)} (${answersPerSecond.toFixed(0)}/s)`, `≥ ${count(TARGETS.answersPerSecond)}/s`, answersPerSecond >= TARGETS.answersPerSecond],
    ["latency p50", `${p50.toFixed(1)} ms`],
    ["latency p95", `${p95.toFixed(1)} ms`, `≤ ${TARGETS.p95Ms} ms`, p95 <= TARGETS.p95Ms],
    ["latency p99", `${p99.toFixed(1)} ms`],
    ["non-2xx", `${count(non2xx)} (429: ${count(rateLimited)}, other: ${count(otherNon2xx)})`],
    ["errors, timeouts", `${count(run.errors)}, ${count(run.timeouts)}`],
    ["errors in all", count(errors), `${TARGETS.errors} (errors + non-2xx but 429)`, errors === TARGETS.errors],
    ["server CPU / request", cpu],
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => String(row[i] ?? "").length)));
  for (const [label, value, target = "", isPass] of rows) {
    const cells = [label.padEnd(widths[0] ?? 0), value.padEnd(widths[1] ?? 0), target.padEnd(widths[2] ?? 0), isPass === undefined ? "" : verdict(isPass)];
    console.log(`  ${cells.join("  ")}`.trimEnd());
  }
  console.log(`  status codes: ${codes || "none"}`);
  console.log(
    `\n  Database: ${count(check.storedRows)} answer rows; ${count(check.acknowledgedKeys)} (assessment, question) pairs acknowledged` +
      (check.uncertainKeys > 0 ? `, ${count(check.uncertainKeys)} more sent without an answer (${count(abandoned)} cut off by the end of a run)` : "") +
      `\n  missing ${check.missing}, wrong value ${check.wrongValue}, never sent ${check.unexpected}: every acknowledged answer stored, the last one wins  ${verdict(check.isPass)}`,
  );
  for (const example of check.examples) console.log(`    ${example}`);
  // With a fixed number of connections each waiting for its answer, latency ≈ connections ÷ throughput.
  console.log(`  (${CONNECTIONS} connections at ${(run.requests / run.durationS).toFixed(0)}/s: a mean latency of ${((CONNECTIONS / Math.max(1, run.requests / run.durationS)) * 1000).toFixed(1)} ms by Little's law)`);
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<number> {
  const isBuildSkipped = process.env.BENCH_SKIP_BUILD === "1";
  let temp: TempDatabase | undefined;
  const target = targetFromEnv(() => (temp = createTempDatabase("load")));
  onTerminationSignal(async () => {
    await stopAllChildren();
    temp?.remove();
  });
  if (target.kind === "sqlite") {
    console.log("PostgreSQL: not measured in this run (set BENCH_DATABASE_URL=postgresql://… to measure it)");
  }

  let app: RunningApp | undefined;
  try {
    try {
      await migrateDatabase(target.url);
      if (isBuildSkipped) console.log("BENCH_SKIP_BUILD=1: measuring the existing build");
      else await buildApp(target.url);
    } catch (error) {
      if (target.kind === "postgresql") {
        console.log(`\nPostgreSQL was not measured: the app could not be prepared on it (${error instanceof Error ? error.message : String(error)}).`);
        return 0;
      }
      throw error;
    }

    const port = await findFreePort(HOST);
    app = startApp({ port, host: HOST, databaseUrl: target.url, output: "buffer" });
    try {
      await waitUntilServing(app, SERVER_READY_TIMEOUT_MS);
    } catch (error) {
      if (target.kind === "postgresql") {
        console.log(`\nPostgreSQL was not measured: the server did not serve on it (${error instanceof Error ? error.message : String(error)}).`);
        console.log(app.recentOutput());
        return 0;
      }
      throw error;
    }

    const database = await openLoadDatabase(target);
    try {
      const viaApi = await startAssessmentsViaApi(app.baseUrl, ASSESSMENTS);
      const inserted = viaApi.ids.length < ASSESSMENTS ? await database.insertAssessments(ASSESSMENTS - viaApi.ids.length) : [];
      const ids = [...viaApi.ids, ...inserted];
      const assessments =
        inserted.length === 0
          ? `${count(ids.length)} assessments started through the API`
          : `${count(ids.length)} assessments (${count(viaApi.ids.length)} through the API, which then answered 429; ${count(inserted.length)} inserted in the database)`;

      const ledger = new AnswerLedger(ids, QUESTIONS.map((q) => q.id));
      const serverPid = pidListeningOn(port);
      await drive(app.baseUrl, ledger, WARM_UP_SECONDS, serverPid); // warms the JIT and the connections; its answers are checked too
      const warmUp = { ...ledger.counts };
      const run = await drive(app.baseUrl, ledger, SECONDS, serverPid);
      // The counts printed are the measured run's alone.
      for (const key of Object.keys(warmUp) as (keyof typeof warmUp)[]) ledger.counts[key] -= warmUp[key];
      // Requests cut off by the end of the run may still be finishing on the server.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const abandoned = ledger.abandonInFlight();
      const check = ledger.check(await database.answersOf(ids));
      printFigures(target, assessments, run, ledger, check, abandoned);
    } finally {
      await database.close();
    }
    return 0;
  } catch (error) {
    console.error(`\nThe load bench failed: ${error instanceof Error ? error.message : String(error)}`);
    const output = app?.recentOutput();
    if (output) console.error(`\nLast lines of the server:\n${output}`);
    return 1;
  } finally {
    await stopAllChildren();
    temp?.remove();
  }
}

void main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
