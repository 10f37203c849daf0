// `npm run seed:demo`: fills the database named by DATABASE_URL with a deterministic, realistic
// spread of demo organisations (industries, sizes, maturity) and their completed assessments of both
// instruments, so benchmarks, the consultant dashboard and demos have peers to show.
//
//   npm run seed:demo                        # 300 organisations, answers and ratings included
//   npm run seed:demo -- --organizations 1000 --seed 7
//   npm run seed:demo -- --reset             # only removes the demo rows
//
// Everything it writes is recognisable and removed first on every run (idempotent): organisations
// whose id starts with "demo-organisation-" (with their assessments, rounds and memberships), the
// demo practice and the two demo users. Scores are computed from generated answers with the app's
// own scoring functions (lib/scoring), so every stored figure follows the scoring rules. Most
// results are shared with benchmarks; some organisations never share, and some withdrew by not
// sharing their newest result. The cached benchmark figures are cleared at the end.
//
// The bench (tests/bench/benchmark-bench.ts) calls seedDemo() with `assessments: 100_000` and
// `withAnswers: false`: the part scores are still computed from generated answers, only the
// answer rows themselves are not written. Rows go in through better-sqlite3 prepared statements
// in one transaction (SQLite is the app's database, lib/env.ts): Prisma's createMany writes a few
// thousand rows a second here, which would make 100,000 assessments (a million part scores) take
// a quarter of an hour. Dates are written the way Prisma writes them (ISO 8601, "+00:00").
import Database from "better-sqlite3";
// Relative imports: tsx runs this outside Next, and the pure scoring is shared with the app.
import { getEnv } from "../lib/env";
import { resolveSqlitePath, SQLITE_BUSY_TIMEOUT_MS } from "../lib/db/sqlite-path";
import { hashPassword } from "../lib/auth/password-hash";
import { QUESTIONS, type PillarId } from "../lib/instruments/convergence";
import { DIMENSION_IDS, NOT_APPLICABLE, type DimensionId, type GtmMotion } from "../lib/instruments/genai";
import { DONT_KNOW, type Choice, type MaturityLevel } from "../lib/instruments/types";
import { scoreConvergence } from "../lib/scoring/convergence";
import { scoreGenAi, type DimensionRating } from "../lib/scoring/genai";

export const DEMO_ORGANIZATION_PREFIX = "demo-organisation-";
const DEMO_PRACTICE_ID = "demo-practice-meridian-advisory";
const DEMO_USER_PREFIX = "demo-user-";
export const DEMO_CMO_EMAIL = "demo-cmo@example.com";
export const DEMO_CONSULTANT_EMAIL = "demo-consultant@example.com";
const DEFAULT_PASSWORD = "convergence demo passphrase";
/** How many demo organisations the demo practice manages. */
const PRACTICE_CLIENTS = 40;
const DAY_MS = 86_400_000;

export interface SeedDemoOptions {
  /** Organisations to create (default 300). Ignored when `assessments` is given. */
  organizations?: number;
  /** Stop after exactly this many completed assessments (organisations are added until it is reached). */
  assessments?: number;
  /** The PRNG seed: the same seed gives the same data. */
  seed?: number;
  /** Write every answer and rating row (default true); the bench leaves them out for speed. */
  withAnswers?: boolean;
  /** Create the demo practice and the two demo users (default true). */
  withAccounts?: boolean;
  password?: string;
  /** The day the history ends (default: today, at midnight UTC). */
  now?: Date;
  log?: (line: string) => void;
}

export interface SeedDemoSummary {
  organizations: number;
  assessments: { convergence: number; genai: number };
  optedIn: number;
  partScores: number;
}

// ── Randomness ───────────────────────────────────────────────────────────────────────────────

/** mulberry32: small, fast and deterministic. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  };
  /** Roughly normal (sum of three uniforms), mean 0, standard deviation about `sd`. */
  const normal = (sd: number) => (next() + next() + next() - 1.5) * 2 * sd;
  const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const id = (length = 24) => Array.from({ length }, () => ALPHABET[Math.floor(next() * 64)]).join("");
  return { next, int, pick, weighted, normal, id };
}
type Random = ReturnType<typeof randomSource>;

// ── The population ───────────────────────────────────────────────────────────────────────────

/** Industry mix and how mature each tends to be (a shift of the latent level). */
const INDUSTRY_MIX = [
  ["b2b_software", 30, 0.35],
  ["retail", 18, 0],
  ["financial_services", 16, 0.2],
  ["healthcare", 14, -0.25],
  ["higher_education", 10, -0.4],
  ["other", 12, -0.1],
] as const;
const SIZE_MIX = [
  ["1-49", 15, -0.35],
  ["50-249", 25, -0.15],
  ["250-999", 27, 0],
  ["1000-4999", 20, 0.2],
  ["5000+", 13, 0.35],
] as const;
const NAME_FIRST = ["Northwind", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Acme", "Soylent", "Hooli", "Vandelay", "Wonka", "Tyrell", "Cyberdyne", "Aperture", "Oscorp", "Massive", "Pied Piper", "Gekko", "Sterling", "Dunder"];
const NAME_SECOND: Record<string, readonly string[]> = {
  b2b_software: ["Software", "Cloud", "Analytics", "Systems", "Labs"],
  retail: ["Retail", "Stores", "Outfitters", "Market", "Home"],
  financial_services: ["Bank", "Insurance", "Capital", "Finance", "Mutual"],
  healthcare: ["Health", "Clinics", "Care", "Medical", "Pharma"],
  higher_education: ["University", "College", "Institute", "Academy", "School"],
  other: ["Logistics", "Energy", "Media", "Foods", "Travel"],
};
/** Pillars lag or lead the organisation's level: Data and KPIs usually lag, People leads a little. */
const PILLAR_SHIFT: Record<PillarId, number> = { data: -0.35, platforms: 0, process: -0.15, kpis: -0.25, people: 0.2 };
const MOTIONS: readonly GtmMotion[] = ["inbound", "outbound", "hybrid"];

const clampLevel = (value: number): MaturityLevel => Math.min(5, Math.max(1, Math.round(value))) as MaturityLevel;

function convergenceAnswers(random: Random, level: number): Record<string, Choice> {
  const answers: Record<string, Choice> = {};
  for (const question of QUESTIONS) {
    answers[question.id] = random.next() < 0.04 ? DONT_KNOW : clampLevel(level + PILLAR_SHIFT[question.pillar] + random.normal(0.55));
  }
  return answers;
}

function genaiRatings(random: Random, level: number): Partial<Record<DimensionId, DimensionRating>> {
  const ratings: Partial<Record<DimensionId, DimensionRating>> = {};
  for (const dimension of DIMENSION_IDS) {
    if (random.next() < 0.07) {
      ratings[dimension] = { current: NOT_APPLICABLE, target: null, evidence: "" };
      continue;
    }
    const current = clampLevel(level + random.normal(0.6));
    ratings[dimension] = { current, target: clampLevel(current + random.int(0, 2)), evidence: "" };
  }
  return ratings;
}

// ── Writing ──────────────────────────────────────────────────────────────────────────────────

type Sqlite = Database.Database;

/** A date as Prisma stores it in SQLite. */
const stamp = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** Removes every row the demo seed owns (and the cached benchmark figures). */
export function removeDemoData(sqlite: Sqlite): void {
  sqlite.transaction(() => {
    // Assessments outlive their organisation (SET NULL), so they go first and explicitly; their
    // answers, ratings and part scores follow by cascade.
    sqlite.prepare(`DELETE FROM "Assessment" WHERE "organizationId" LIKE ? ESCAPE '\\'`).run(`${likePrefix(DEMO_ORGANIZATION_PREFIX)}%`);
    sqlite.prepare(`DELETE FROM "Organization" WHERE "id" LIKE ? ESCAPE '\\' OR "id" = ?`).run(`${likePrefix(DEMO_ORGANIZATION_PREFIX)}%`, DEMO_PRACTICE_ID);
    sqlite.prepare(`DELETE FROM "User" WHERE "id" LIKE ? ESCAPE '\\'`).run(`${likePrefix(DEMO_USER_PREFIX)}%`);
    sqlite.prepare(`DELETE FROM "BenchmarkSnapshot"`).run();
  })();
}

const likePrefix = (prefix: string) => prefix.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Seeds the demo population (after removing the previous one) and returns what it wrote. */
export async function seedDemo(sqlite: Sqlite, options: SeedDemoOptions = {}): Promise<SeedDemoSummary> {
  const random = randomSource(options.seed ?? 2026);
  const withAnswers = options.withAnswers ?? true;
  const withAccounts = options.withAccounts ?? true;
  const today = options.now ?? new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);
  const log = options.log ?? (() => {});
  const target = options.assessments;
  const organizationCount = target === undefined ? (options.organizations ?? 300) : Number.POSITIVE_INFINITY;
  sqlite.pragma("foreign_keys = ON");

  removeDemoData(sqlite);

  const insertOrganization = sqlite.prepare(
    `INSERT INTO "Organization" ("id", "kind", "name", "industry", "sizeBand", "createdAt", "consultantPracticeId", "lastActivityAt") VALUES (?, 'company', ?, ?, ?, ?, ?, ?)`,
  );
  const touchOrganization = sqlite.prepare(`UPDATE "Organization" SET "lastActivityAt" = ? WHERE "id" = ?`);
  const insertRound = sqlite.prepare(
    `INSERT INTO "AssessmentRound" ("id", "organizationId", "instrument", "kind", "title", "createdAt", "completedCount", "overallScore", "overallLevel", "lastActivityAt") VALUES (?, ?, ?, 'solo', '', ?, 1, ?, ?, ?)`,
  );
  const insertAssessment = sqlite.prepare(
    `INSERT INTO "Assessment" ("id", "instrument", "status", "createdAt", "updatedAt", "completedAt", "motion", "organizationId", "claimedAt", "roundId", "overallScore", "overallLevel", "benchmarkOptIn", "benchmarkOptInAt") VALUES (?, ?, 'completed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPart = sqlite.prepare(`INSERT INTO "AssessmentPartScore" ("assessmentId", "part", "value") VALUES (?, ?, ?)`);
  const insertAnswer = sqlite.prepare(`INSERT INTO "Answer" ("assessmentId", "questionId", "choice", "updatedAt") VALUES (?, ?, ?, ?)`);
  const insertRating = sqlite.prepare(
    `INSERT INTO "DimensionRating" ("assessmentId", "dimensionId", "current", "target", "evidence", "updatedAt") VALUES (?, ?, ?, ?, '', ?)`,
  );

  const summary: SeedDemoSummary = { organizations: 0, assessments: { convergence: 0, genai: 0 }, optedIn: 0, partScores: 0 };
  const total = () => summary.assessments.convergence + summary.assessments.genai;
  let firstOrganizationId: string | undefined;

  sqlite.transaction(() => {
    // The demo practice first: the first organisations are its clients.
    if (withAccounts) {
      sqlite
        .prepare(`INSERT INTO "Organization" ("id", "kind", "name", "industry", "sizeBand", "createdAt", "consultantPracticeId", "lastActivityAt") VALUES (?, 'practice', ?, 'other', '50-249', ?, NULL, ?)`)
        .run(DEMO_PRACTICE_ID, "Meridian Advisory (demo)", stamp(today), stamp(today));
    }
    for (let n = 0; n < organizationCount && (target === undefined || total() < target); n += 1) {
      const [industry, , industryShift] = random.weighted(INDUSTRY_MIX.map((m) => [m, m[1]] as const));
      const [sizeBand, , sizeShift] = random.weighted(SIZE_MIX.map((m) => [m, m[1]] as const));
      const organizationId = `${DEMO_ORGANIZATION_PREFIX}${String(n + 1).padStart(6, "0")}`;
      firstOrganizationId ??= organizationId;
      const createdAt = new Date(today.getTime() - random.int(420, 720) * DAY_MS);
      // Latent maturity: most organisations sit at level 1 or 2, as the seed articles say; a few lead.
      const base = 2.1 + industryShift + sizeShift + random.normal(0.7);
      // 15% never share; the others share nine sittings in ten.
      const sharing = random.next() < 0.15 ? 0 : 0.9;
      const name = `${random.pick(NAME_FIRST)} ${random.pick(NAME_SECOND[industry] ?? NAME_SECOND.other!)} ${String(n + 1).padStart(4, "0")}`;
      insertOrganization.run(organizationId, name, industry, sizeBand, stamp(createdAt), withAccounts && n < PRACTICE_CLIENTS ? DEMO_PRACTICE_ID : null, stamp(createdAt));
      summary.organizations += 1;
      let lastActivity = createdAt;

      for (const instrument of ["convergence", "genai"] as const) {
        const sittings =
          instrument === "convergence"
            ? random.weighted([[1, 40], [2, 35], [3, 25]] as const)
            : random.weighted([[0, 15], [1, 50], [2, 35]] as const);
        // Sittings about every 90 days, the latest within the last four months.
        let completedAt = today.getTime() - random.int(5, 120) * DAY_MS - (sittings - 1) * 90 * DAY_MS;
        let level = base + (instrument === "genai" ? -0.2 : 0);
        for (let s = 0; s < sittings && (target === undefined || total() < target); s += 1) {
          const assessmentId = `dm${random.id(22)}`;
          const roundId = `demo-round-${random.id(20)}`;
          const when = new Date(completedAt + random.int(0, DAY_MS - 1));
          const isOptedIn = random.next() < sharing;
          const parts: [string, number | null][] = [];
          // Written after the assessment row they belong to (foreign keys are on).
          const answerRows: [string, string][] = [];
          const ratingRows: [string, string, number | null][] = [];
          let score: number | null = null;
          let overallLevel: number | null;
          if (instrument === "convergence") {
            const given = convergenceAnswers(random, level);
            const result = scoreConvergence(given);
            score = result.overallScore;
            overallLevel = result.overallLevel;
            parts.push(["overall", result.overallScore], ...result.pillars.map((p): [string, number | null] => [p.pillar, p.score]));
            if (withAnswers) for (const [questionId, choice] of Object.entries(given)) answerRows.push([questionId, String(choice)]);
          } else {
            const given = genaiRatings(random, level);
            const result = scoreGenAi(given);
            overallLevel = result.overallLevel;
            parts.push(["overall", result.overallLevel], ...result.dimensions.map((d): [string, number | null] => [d.dimension, d.current]));
            if (withAnswers) for (const [dimensionId, r] of Object.entries(given)) ratingRows.push([dimensionId, String(r.current), r.target]);
          }
          insertRound.run(roundId, organizationId, instrument, stamp(when), score, overallLevel, stamp(when));
          insertAssessment.run(
            assessmentId,
            instrument,
            stamp(new Date(when.getTime() - random.int(4, 20) * 60_000)),
            stamp(when),
            stamp(when),
            instrument === "genai" ? random.pick(MOTIONS) : null,
            organizationId,
            stamp(when),
            roundId,
            score,
            overallLevel,
            isOptedIn ? 1 : 0,
            isOptedIn ? stamp(when) : null,
          );
          for (const [questionId, choice] of answerRows) insertAnswer.run(assessmentId, questionId, choice, stamp(when));
          for (const [dimensionId, current, target] of ratingRows) insertRating.run(assessmentId, dimensionId, current, target, stamp(when));
          for (const [part, value] of parts) {
            if (value === null) continue;
            insertPart.run(assessmentId, part, value);
            summary.partScores += 1;
          }
          summary.assessments[instrument] += 1;
          if (isOptedIn) summary.optedIn += 1;
          if (when > lastActivity) lastActivity = when;
          completedAt += random.int(80, 100) * DAY_MS;
          level += random.normal(0.15) + 0.1;
        }
      }
      touchOrganization.run(stamp(lastActivity), organizationId);
      if (n > 0 && n % 5_000 === 0) log(`  ${n} organisations, ${total()} assessments…`);
    }
  })();

  if (withAccounts) await seedAccounts(sqlite, options.password ?? DEFAULT_PASSWORD, firstOrganizationId, today);
  // Anything cached describes the population before the seed.
  sqlite.prepare(`DELETE FROM "BenchmarkSnapshot"`).run();
  return summary;
}

/** A demo consultant (owner of the demo practice, which manages the first organisations) and a demo CMO (owner of the first). */
async function seedAccounts(sqlite: Sqlite, password: string, firstOrganizationId: string | undefined, today: Date): Promise<void> {
  const passwordHash = await hashPassword(password);
  const now = stamp(today);
  sqlite.transaction(() => {
    const people = [
      { id: `${DEMO_USER_PREFIX}consultant`, email: DEMO_CONSULTANT_EMAIL, organizationId: DEMO_PRACTICE_ID },
      ...(firstOrganizationId ? [{ id: `${DEMO_USER_PREFIX}cmo`, email: DEMO_CMO_EMAIL, organizationId: firstOrganizationId }] : []),
    ];
    const taken = sqlite.prepare(`SELECT 1 FROM "User" WHERE "email" = ?`);
    for (const person of people) {
      // A demo address someone signed up with for real is left alone.
      if (taken.get(person.email)) continue;
      sqlite
        .prepare(`INSERT INTO "User" ("id", "email", "passwordHash", "sessionVersion", "createdAt", "updatedAt") VALUES (?, ?, ?, 0, ?, ?)`)
        .run(person.id, person.email, passwordHash, now, now);
      sqlite.prepare(`INSERT INTO "Membership" ("userId", "organizationId", "role", "createdAt") VALUES (?, ?, 'owner', ?)`).run(person.id, person.organizationId, now);
    }
  })();
}

// ── Command line ─────────────────────────────────────────────────────────────────────────────

function parseArguments(argv: readonly string[]): SeedDemoOptions & { isResetOnly: boolean } {
  const options: SeedDemoOptions & { isResetOnly: boolean } = { isResetOnly: false };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = () => {
      const v = argv[(i += 1)];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const positive = (v: string) => {
      const n = Number(v);
      if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${flag} must be a positive whole number`);
      return n;
    };
    if (flag === "--organizations" || flag === "--organisations") options.organizations = positive(value());
    else if (flag === "--assessments") options.assessments = positive(value());
    else if (flag === "--seed") options.seed = positive(value());
    else if (flag === "--password") options.password = value();
    else if (flag === "--scores-only") options.withAnswers = false;
    else if (flag === "--no-accounts") options.withAccounts = false;
    else if (flag === "--reset") options.isResetOnly = true;
    else throw new Error(`Unknown option ${flag} (see the top of prisma/seed-demo.ts)`);
  }
  return options;
}

/** Opens the SQLite file of a DATABASE_URL the way the app does (busy timeout; WAL is set by the migration tool). */
export function openSqlite(databaseUrl: string): Sqlite {
  const sqlite = new Database(resolveSqlitePath(databaseUrl), { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return sqlite;
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const sqlite = openSqlite(getEnv().DATABASE_URL);
  try {
    if (options.isResetOnly) {
      removeDemoData(sqlite);
      console.log("Removed the demo organisations, their assessments and the demo accounts.");
      return;
    }
    const started = performance.now();
    const summary = await seedDemo(sqlite, { ...options, log: (line) => console.log(line) });
    console.log(
      `Seeded ${summary.organizations} organisations with ${summary.assessments.convergence} Convergence and ` +
        `${summary.assessments.genai} GenAI assessments (${summary.optedIn} shared with benchmarks) in ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
    if (options.withAccounts !== false) {
      console.log(
        `Demo sign-ins (password "${options.password ?? DEFAULT_PASSWORD}"): ${DEMO_CMO_EMAIL} (a CMO), ` +
          `${DEMO_CONSULTANT_EMAIL} (a consultant with ${PRACTICE_CLIENTS} clients).`,
      );
    }
  } finally {
    sqlite.close();
  }
}

// Run as a script (not when imported by the bench or a test).
if (process.argv[1]?.endsWith("seed-demo.ts")) {
  main().catch((error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
