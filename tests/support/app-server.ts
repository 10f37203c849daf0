// Runs the production app against a fresh, migrated, throw-away database (SQLite, or PostgreSQL
// through createTempPostgresqlDatabase).
// Shared by the Playwright web server (tests/e2e/serve.ts) and the bench (tests/bench/run.ts).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { postgresqlDatabaseUrl, runPostgresqlAdminSync } from "./postgresql-admin";

// Every runner (npm scripts, Playwright, vitest, tsx) starts in the project's root. No
// import.meta here: Playwright loads this file from specs as CommonJS.
export const PROJECT_ROOT = process.cwd();
if (!existsSync(join(PROJECT_ROOT, "package.json")) || !existsSync(join(PROJECT_ROOT, "app"))) {
  throw new Error(`Run this from the project's root (the current directory is ${PROJECT_ROOT})`);
}

const MIGRATE_TIMEOUT_MS = 2 * 60_000;
const BUILD_TIMEOUT_MS = 15 * 60_000;
const STOP_TIMEOUT_MS = 10_000;

/** Every child started here with the promise of its exit, so a signal or an error can stop them all. */
const liveChildren = new Map<ChildProcess, Promise<string>>();

export interface TempDatabase {
  /** The URL to hand to the app and the migration tool as DATABASE_URL (`file:` or `postgresql:`). */
  url: string;
  /** SQLite: the file. PostgreSQL: the database's name. */
  path: string;
  /** Deletes the database (SQLite: with its folder, WAL and journal files included). */
  remove(): void;
}

/** Creates an empty folder under the OS temp dir for a SQLite database named `<label>.db`. */
export function createTempDatabase(label: string): TempDatabase {
  const dir = mkdtempSync(join(tmpdir(), `convergence-${label}-${process.pid}-`));
  const path = join(dir, `${label}.db`);
  return {
    url: `file:${path}`,
    path,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Creates an empty database named `convergence_<label>_...` on the PostgreSQL server of
 * `serverUrl` (TEST_DATABASE_URL); migrateDatabase then migrates it like a SQLite one. `remove`
 * drops it, ending any connection the app still holds.
 */
export function createTempPostgresqlDatabase(label: string, serverUrl: string): TempDatabase {
  const name = `convergence_${label}_${process.pid}_${randomBytes(4).toString("hex")}`;
  runPostgresqlAdminSync(serverUrl, "create", name);
  let isRemoved = false;
  return {
    url: postgresqlDatabaseUrl(serverUrl, name),
    path: name,
    remove: () => {
      if (isRemoved) return;
      isRemoved = true;
      runPostgresqlAdminSync(serverUrl, "drop", name);
    },
  };
}

/**
 * The environment of every child: telemetry off, and NODE_ENV "production" (what next build and
 * next start use), whatever the caller runs under (vitest, for one, sets "test").
 */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", ...extra };
}

/** A project binary (what `npx <name>` would run, without npm's start-up cost and warnings). */
function bin(name: string): string {
  return join(PROJECT_ROOT, "node_modules", ".bin", name);
}

/** Registers a child; `exited` resolves with how it ended ("exit code 0", "SIGTERM", ...). */
function track(child: ChildProcess): { child: ChildProcess; exited: Promise<string> } {
  const exited = new Promise<string>((resolve) => {
    child.once("error", (error) => resolve(`could not start: ${error.message}`));
    child.once("exit", (code, signal) => resolve(signal ?? `exit code ${code}`));
  });
  liveChildren.set(child, exited);
  void exited.then(() => liveChildren.delete(child));
  return { child, exited };
}

/** Runs a command to completion with inherited output; rejects on a non-zero exit or timeout. */
function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number) {
  return new Promise<void>((resolve, reject) => {
    const { child, exited } = track(spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: "inherit" }));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${label} did not finish within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    void exited.then((how) => {
      clearTimeout(timer);
      if (how === "exit code 0") resolve();
      else reject(new Error(`${label} failed (${how})`));
    });
  });
}

/** Migrates the database with the project's migration tool (prisma/migrations or prisma/migrations-postgresql, by URL). */
export function migrateDatabase(databaseUrl: string): Promise<void> {
  return run(
    "Migration (tsx prisma/migrate.ts)",
    bin("tsx"),
    ["prisma/migrate.ts"],
    childEnv({ DATABASE_URL: databaseUrl }),
    MIGRATE_TIMEOUT_MS,
  );
}

/** `npm run build`: Next's build, then the production server's bundle (lib/server/build.ts). */
export async function buildApp(databaseUrl: string): Promise<void> {
  await run("next build", bin("next"), ["build"], childEnv({ DATABASE_URL: databaseUrl }), BUILD_TIMEOUT_MS);
  await run("the server bundle", bin("tsx"), ["lib/server/build.ts"], childEnv({ DATABASE_URL: databaseUrl }), BUILD_TIMEOUT_MS);
}

/** The production server's bundle in the build folder (next.config.ts: NEXT_DIST_DIR or .next). */
export function serverBundlePath(): string {
  return join(PROJECT_ROOT, process.env.NEXT_DIST_DIR || ".next", "convergence-server.mjs");
}

export interface RunningApp {
  baseUrl: string;
  /** Resolves with the exit code (or signal) when the server exits, for whatever reason. */
  exited: Promise<string>;
  /** Output lines kept when started with `output: "buffer"` (the last 200). */
  recentOutput(): string;
  /** SIGTERM, then SIGKILL after 10 s; resolves once the process is gone. */
  stop(): Promise<void>;
  /** SIGKILL at once, as a crash or a pulled plug would: no shutdown code runs. */
  crash(): Promise<void>;
}

/** Starts the production server (`npm run serve`) on host:port against the given database (the app must be built). */
export function startApp(options: {
  port: number;
  host: string;
  databaseUrl: string;
  output: "inherit" | "buffer";
}): RunningApp {
  const { port, host, databaseUrl, output } = options;
  const { child, exited } = track(
    spawn(process.execPath, [serverBundlePath(), "-p", String(port), "-H", host], {
      cwd: PROJECT_ROOT,
      env: childEnv({ DATABASE_URL: databaseUrl, PORT: String(port) }),
      stdio: output === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"],
    }),
  );
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 200));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  return {
    baseUrl: `http://${host}:${port}`,
    exited,
    recentOutput: () => lines.join("\n"),
    stop: () => stopChild(child, exited),
    crash: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}

async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (!liveChildren.has(child)) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** Stops every child still running (a server, a build or a migration). */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...liveChildren].map(([child, exited]) => stopChild(child, exited)));
}

/** Waits until the server answers HTTP at all (any status); fails early if it exits first. */
export async function waitUntilServing(app: RunningApp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const server = { exitedWith: null as string | null };
  void app.exited.then((how) => (server.exitedWith = how));
  while (Date.now() < deadline) {
    if (server.exitedWith !== null) throw new Error(`the server exited before serving (${server.exitedWith})`);
    try {
      await fetch(app.baseUrl, { signal: AbortSignal.timeout(2_000), redirect: "manual" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`the server did not answer at ${app.baseUrl} within ${timeoutMs / 1000} s`);
}

/** A TCP port that was free a moment ago on `host`. */
export function findFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("No port")),
      );
    });
  });
}

/**
 * Calls `cleanup` once on SIGINT, SIGTERM or SIGHUP, then exits with 128 + the signal number,
 * so the app stops and its temp database goes away when the parent (Playwright, Ctrl-C) stops us.
 */
export function onTerminationSignal(cleanup: () => Promise<void> | void): void {
  let isStopping = false;
  const numbers = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
  for (const signal of Object.keys(numbers) as (keyof typeof numbers)[]) {
    process.on(signal, () => {
      if (isStopping) return;
      isStopping = true;
      void Promise.resolve()
        .then(cleanup)
        .catch((error: unknown) => console.error(error))
        .finally(() => process.exit(128 + numbers[signal]));
    });
  }
}
