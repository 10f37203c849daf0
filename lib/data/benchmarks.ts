import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assessmentAccess, can, practiceOf, type Actor, type Viewer } from "@/lib/auth/access";
import { assertAssessmentReachable, requireOrganization } from "@/lib/data/access";
import { DomainError, forbidden, notFound } from "@/lib/data/errors";
import type { Tx } from "@/lib/data/rounds";
import {
  BENCHMARK_THRESHOLD,
  chooseCohort,
  cohortDefinition,
  cohortHistograms,
  cohortLabel,
  compareParts,
  countCohort,
  fallbackNote,
  normalizeHistogram,
  type CellAggregate,
  type CohortCell,
  type CohortChoice,
  type CohortLabels,
  type Histogram,
  type ValueCount,
} from "@/lib/scoring/benchmarks";
import {
  benchmarkPartsOf,
  instrumentNameOf,
  type BenchmarkFigures,
  type BenchmarkInstrument,
  type PortfolioBenchmark,
} from "@/lib/scoring/benchmarks-summary";
import { INDUSTRIES, SIZE_BANDS } from "@/lib/validation/auth";

/*
 * Benchmarks in the database. The rules are in lib/scoring/benchmarks.ts; here they become SQL
 * that SQLite and PostgreSQL both run (double-quoted identifiers, a ROW_NUMBER() window to keep
 * each organisation's latest completed assessment, GROUP BY for the counts), so no request loads
 * assessments: the database returns counts per value.
 *
 * The unit of aggregation and of caching is the cell: one industry × one size band × one of eight
 * buckets of organisations (by the last character of the organisation's id, so a refresh touches
 * an eighth of an industry × size band). Every organisation sits in exactly one cell, so any cohort
 * (industry × size, industry, size, everyone) is the exact sum of its cells' histograms
 * (lib/scoring/benchmarks.ts cohortHistograms). Each cell of each instrument is one
 * BenchmarkSnapshot row ("convergence|cell|retail|1000-4999|3").
 *
 * Refreshing: a change to one organisation's figures (a completion, a claim, an opt-in or a
 * withdrawal) marks only that organisation's cell stale (`invalidateBenchmarksFor`), and the next
 * reader recomputes just that cell with a query over the cell's organisations. A missing cache
 * (a fresh database, after the demo seed) is rebuilt with one query over the whole instrument.
 * Writes are optimistic: a reader stores what it computed only if the row is still the one it
 * read, so a cell invalidated while it was being computed stays stale and is never served old.
 * Snapshots older than the TTL are recomputed too, a safety net for changes that forget to
 * invalidate (an organisation changing industry, say).
 */

/** Cell snapshots older than this (to twice this, per cell) are recomputed even without an invalidation. */
export const BENCHMARK_SNAPSHOT_TTL_MS = 6 * 60 * 60_000;
/**
 * With more stale cells than this, one query over the whole instrument is cheaper than one query
 * per cell (at 100,000 assessments the whole instrument costs about as much as 25 of the largest cells).
 */
const FULL_REBUILD_ABOVE = 24;

type SqlClient = Pick<Tx, "$queryRaw">;
type SnapshotClient = Pick<Tx, "benchmarkSnapshot">;

/** Buckets per industry × size band: a refresh recomputes one, so its cost is about 1/8 of the band's. */
export const BENCHMARK_BUCKETS = 8;
const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** An organisation id's bucket: the position of its last character in the base64url alphabet, modulo 8 (0 for anything else). */
export function bucketOf(organizationId: string): number {
  const index = ID_ALPHABET.indexOf(organizationId.slice(-1));
  return index < 0 ? 0 : index % BENCHMARK_BUCKETS;
}

/** The last characters that put an id in each bucket other than 0 (bucket 0 takes everything else). */
const BUCKET_TAILS: readonly string[][] = Array.from({ length: BENCHMARK_BUCKETS }, (_, bucket) =>
  [...ID_ALPHABET].filter((_c, index) => index % BENCHMARK_BUCKETS === bucket),
);

/** A cell: where an organisation's contribution is aggregated and cached. */
export interface CellId {
  industry: string;
  sizeBand: string;
  bucket: number;
}

type StoredCell = CellAggregate & { bucket: number };

/** Every cell there is: organisations always carry a listed industry and size band (sign-up validates them). */
const ALL_CELLS: readonly CellId[] = INDUSTRIES.flatMap((i) =>
  SIZE_BANDS.flatMap((s) => Array.from({ length: BENCHMARK_BUCKETS }, (_, bucket) => ({ industry: i.value, sizeBand: s.value, bucket }))),
);

const cellPrefix = (instrument: BenchmarkInstrument) => `${instrument}|cell|`;
/** The snapshot key of one cell, e.g. "convergence|cell|retail|1000-4999|3". */
export const cellKey = (instrument: BenchmarkInstrument, cell: CellId) => `${cellPrefix(instrument)}${cell.industry}|${cell.sizeBand}|${cell.bucket}`;

/** The SQL of an organisation id's last character (its bucket is decided from it). */
const ID_TAIL = Prisma.sql`substr(o."id", length(o."id"), 1)`;

function bucketFilter(bucket: number): Prisma.Sql {
  if (bucket !== 0) return Prisma.sql`AND ${ID_TAIL} IN (${Prisma.join(BUCKET_TAILS[bucket] ?? [])})`;
  const others = BUCKET_TAILS.slice(1).flat();
  return Prisma.sql`AND ${ID_TAIL} NOT IN (${Prisma.join(others)})`;
}

const industryLabels = new Map<string, string>(INDUSTRIES.map((i) => [i.value, i.label]));
const sizeLabels = new Map<string, string>(SIZE_BANDS.map((s) => [s.value, s.label]));

/** Industry and size-band names as the sign-up form shows them. */
export const COHORT_LABELS: CohortLabels = {
  industry: (value) => industryLabels.get(value) ?? value,
  sizeBand: (value) => sizeLabels.get(value) ?? value,
};

// ── SQL ───────────────────────────────────────────────────────────────────────────────────────

/**
 * The assessments that count: per organisation, its latest completed assessment of the
 * instrument ("position" 1: latest completedAt, then the larger id), kept only when opted in.
 *
 * `cell` narrows to one industry × size band × bucket before the window (exact, since all of an
 * organisation's rows share its cell). A cell is small, so its organisations drive the query and
 * each one's assessments are found through the organizationId index: CROSS JOIN fixes that order
 * in SQLite (PostgreSQL reads it as a plain join), and `|| ''` keeps SQLite's planner, which has no
 * statistics, from preferring the (instrument, status) index and scanning every assessment once per
 * organisation. The whole instrument reads the assessments first, through that index.
 */
function contributions(instrument: BenchmarkInstrument, cell: CellId | null): Prisma.Sql {
  const window = Prisma.sql`ROW_NUMBER() OVER (PARTITION BY a."organizationId" ORDER BY a."completedAt" DESC, a."id" DESC)`;
  if (cell) {
    return Prisma.sql`
      WITH "ranked" AS (
        SELECT a."id", a."benchmarkOptIn", o."industry", o."sizeBand", ${ID_TAIL} AS "tail", ${window} AS "position"
        FROM "Organization" o
        CROSS JOIN "Assessment" a
        WHERE a."organizationId" = o."id"
          AND o."kind" = 'company'
          AND o."industry" = ${cell.industry}
          AND o."sizeBand" = ${cell.sizeBand}
          ${bucketFilter(cell.bucket)}
          AND a."instrument" || '' = ${instrument}
          AND a."status" || '' = 'completed'
          AND a."completedAt" IS NOT NULL
      ),
      "counted" AS (
        SELECT "id", "industry", "sizeBand", "tail" FROM "ranked" WHERE "position" = 1 AND "benchmarkOptIn" = TRUE
      )`;
  }
  // The whole instrument: number the assessments alone first, then look up only the latest
  // one's organisation (half as many lookups as joining before the window).
  return Prisma.sql`
    WITH "ranked" AS (
      SELECT a."id", a."organizationId", a."benchmarkOptIn", ${window} AS "position"
      FROM "Assessment" a
      WHERE a."instrument" = ${instrument}
        AND a."status" = 'completed'
        AND a."completedAt" IS NOT NULL
        AND a."organizationId" IS NOT NULL
    ),
    "counted" AS (
      SELECT r."id", o."industry", o."sizeBand", ${ID_TAIL} AS "tail"
      FROM "ranked" r
      INNER JOIN "Organization" o ON o."id" = r."organizationId"
      WHERE r."position" = 1 AND r."benchmarkOptIn" = TRUE AND o."kind" = 'company'
    )`;
}

// Drivers differ: SQLite gives numbers, PostgreSQL gives COUNT(*) as bigint.
function toCount(value: unknown): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) throw new Error(`Unexpected count from the database: ${String(value)}`);
  return number;
}

type CellRow = { industry: string; sizeBand: string; tail: string; part: string | null; value: unknown; count: unknown };

/**
 * Cell aggregates computed in the database (uncached): every cell with contributions, or one
 * cell. One statement: the organisations per industry, size band and last id character (rows with
 * a null part), then the counts per part and value; the characters are folded into buckets here.
 */
export async function computeCellAggregates(client: SqlClient, instrument: BenchmarkInstrument, cell: CellId | null = null): Promise<StoredCell[]> {
  const rows = await client.$queryRaw<CellRow[]>`
    ${contributions(instrument, cell)}
    SELECT "industry", "sizeBand", "tail", NULL AS "part", NULL AS "value", COUNT(*) AS "count"
    FROM "counted"
    GROUP BY "industry", "sizeBand", "tail"
    UNION ALL
    SELECT c."industry", c."sizeBand", c."tail", s."part", s."value", COUNT(*) AS "count"
    FROM "counted" c
    INNER JOIN "AssessmentPartScore" s ON s."assessmentId" = c."id"
    GROUP BY c."industry", c."sizeBand", c."tail", s."part", s."value"`;
  const cells = new Map<string, { id: CellId; organizations: number; parts: Map<string, ValueCount[]> }>();
  for (const row of rows) {
    const id: CellId = { industry: row.industry, sizeBand: row.sizeBand, bucket: bucketOf(row.tail) };
    const key = `${id.industry}|${id.sizeBand}|${id.bucket}`;
    let target = cells.get(key);
    if (!target) cells.set(key, (target = { id, organizations: 0, parts: new Map() }));
    if (row.part === null) {
      target.organizations += toCount(row.count);
      continue;
    }
    const list = target.parts.get(row.part) ?? [];
    list.push({ value: Number(row.value), count: toCount(row.count) });
    target.parts.set(row.part, list);
  }
  return [...cells.values()].map((c) => ({
    ...c.id,
    organizations: c.organizations,
    histograms: Object.fromEntries([...c.parts].map(([part, list]) => [part, normalizeHistogram(list)])),
  }));
}

/** An empty cell: nobody in it contributes (yet). */
const emptyCell = (cell: CellId): StoredCell => ({ ...cell, organizations: 0, histograms: {} });

/**
 * The whole uncached computation for one organisation: every cell of the instrument in one
 * statement, the cohort choice and the chosen cohort's histograms. What the cache saves.
 */
export async function computeBenchmarkUncached(
  client: SqlClient,
  instrument: BenchmarkInstrument,
  organization: { industry: string; sizeBand: string },
): Promise<{ choice: CohortChoice; histograms: Record<string, Histogram> }> {
  const cells = await computeCellAggregates(client, instrument);
  const choice = chooseCohort(organization, cells);
  return { choice, histograms: choice.cohort ? cohortHistograms(cells, choice.cohort) : {} };
}

// ── Cache ─────────────────────────────────────────────────────────────────────────────────────

/** A cell snapshot's payload: its figures, or a stale marker (a fresh token, so every invalidation differs). */
type CellPayload = { stale: string } | { organizations: number; histograms: Record<string, [number, number][]> };

const staleMarker = () => JSON.stringify({ stale: randomBytes(12).toString("base64url") } satisfies CellPayload);

function encodeCell(cell: StoredCell): string {
  const histograms = Object.fromEntries(Object.entries(cell.histograms).map(([part, h]) => [part, h.map((r): [number, number] => [r.value, r.count])]));
  return JSON.stringify({ organizations: cell.organizations, histograms } satisfies CellPayload);
}

function decodeCell(cell: CellId, payload: string): StoredCell | null {
  try {
    const parsed = JSON.parse(payload) as Partial<{ organizations: unknown; histograms: unknown }>;
    if (typeof parsed.organizations !== "number" || typeof parsed.histograms !== "object" || parsed.histograms === null) return null;
    // Stored by encodeCell from normalised histograms (ascending, positive counts): no re-sorting on the hot path.
    const histograms: Record<string, Histogram> = {};
    for (const [part, rows] of Object.entries(parsed.histograms as Record<string, unknown>)) {
      if (!Array.isArray(rows)) return null;
      histograms[part] = (rows as [number, number][]).map(([value, count]) => ({ value, count }));
    }
    return { ...cell, organizations: parsed.organizations, histograms };
  } catch {
    return null; // a damaged snapshot is recomputed
  }
}

/** Marks one cell of an instrument stale. */
async function markCellStale(client: SnapshotClient, instrument: BenchmarkInstrument, cell: CellId, now: Date) {
  const payload = staleMarker();
  await client.benchmarkSnapshot.upsert({
    where: { key: cellKey(instrument, cell) },
    create: { key: cellKey(instrument, cell), payload, computedAt: now },
    update: { payload, computedAt: now },
    select: { key: true },
  });
}

/**
 * Marks the cached figures of the organisation behind an assessment out of date (its cell of its
 * instrument). Call it in the transaction of anything that changes who counts or with what: a
 * completion, a claim, an opt-in or a withdrawal. An anonymous assessment counts nowhere: no-op.
 */
export async function invalidateBenchmarksFor(client: Pick<Tx, "assessment" | "benchmarkSnapshot">, assessmentId: string, now: Date = new Date()): Promise<void> {
  const row = await client.assessment.findUnique({
    where: { id: assessmentId },
    select: { instrument: true, organization: { select: { id: true, industry: true, sizeBand: true } } },
  });
  const organization = row?.organization;
  if (!organization || (row.instrument !== "convergence" && row.instrument !== "genai")) return;
  await markCellStale(client, row.instrument, { industry: organization.industry, sizeBand: organization.sizeBand, bucket: bucketOf(organization.id) }, now);
}

/** Marks every cell of an instrument stale (after bulk changes); the next reader rebuilds them in one query. */
export async function invalidateBenchmarks(instrument: BenchmarkInstrument, client: SnapshotClient = db, now: Date = new Date()): Promise<void> {
  for (const cell of ALL_CELLS) await markCellStale(client, instrument, cell, now);
}

/**
 * A cell's time to live: between one and two TTLs, fixed per cell, so that cells written together
 * (by a whole-instrument rebuild) expire one by one and a page refreshes a few at a time.
 */
function ttlOf(cell: CellId): number {
  let hash = 0;
  for (const ch of `${cell.industry}|${cell.sizeBand}|${cell.bucket}`) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return BENCHMARK_SNAPSHOT_TTL_MS * (1 + (hash % 1000) / 1000);
}

/** Stores a recomputed cell unless someone invalidated it since it was read (then it stays stale). */
async function storeCell(instrument: BenchmarkInstrument, cell: StoredCell, readPayload: string | null, now: Date): Promise<void> {
  const key = cellKey(instrument, cell);
  const payload = encodeCell(cell);
  if (readPayload !== null) {
    await db.benchmarkSnapshot.updateMany({ where: { key, payload: readPayload }, data: { payload, computedAt: now } });
    return;
  }
  try {
    await db.benchmarkSnapshot.create({ data: { key, payload, computedAt: now }, select: { key: true } });
  } catch (error) {
    // Another request (or an invalidation) created the row first: theirs stands.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
}

/**
 * Every cell of an instrument, from the cache where current (one query for all of them), with
 * stale or missing cells recomputed in the database and stored.
 */
export async function loadCells(instrument: BenchmarkInstrument, now: Date = new Date()): Promise<{ cells: StoredCell[]; computedAt: Date; recomputed: number }> {
  const rows = await db.benchmarkSnapshot.findMany({
    where: { key: { startsWith: cellPrefix(instrument) } },
    select: { key: true, payload: true, computedAt: true },
  });
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const fresh = new Map<string, StoredCell>();
  const stale: { cell: CellId; readPayload: string | null }[] = [];
  let computedAt = new Date(0);
  for (const cell of ALL_CELLS) {
    const row = byKey.get(cellKey(instrument, cell));
    const decoded = row && now.getTime() - row.computedAt.getTime() < ttlOf(cell) ? decodeCell(cell, row.payload) : null;
    if (decoded && row) {
      fresh.set(cellKey(instrument, cell), decoded);
      if (row.computedAt > computedAt) computedAt = row.computedAt;
    } else {
      stale.push({ cell, readPayload: row?.payload ?? null });
    }
  }
  if (stale.length > 0) {
    const computed =
      stale.length > FULL_REBUILD_ABOVE
        ? await computeCellAggregates(db, instrument)
        : (await Promise.all(stale.map(({ cell }) => computeCellAggregates(db, instrument, cell)))).flat();
    const byCell = new Map(computed.map((c) => [cellKey(instrument, c), c]));
    for (const { cell, readPayload } of stale) {
      const aggregate = byCell.get(cellKey(instrument, cell)) ?? emptyCell(cell);
      await storeCell(instrument, aggregate, readPayload, now);
      fresh.set(cellKey(instrument, cell), aggregate);
    }
    computedAt = now;
  }
  return { cells: [...fresh.values()], computedAt, recomputed: stale.length };
}

// ── The organisation's choice ─────────────────────────────────────────────────────────────────

export interface BenchmarkChoice {
  /** Whether the assessment is saved to an organisation (only then can it be shared). */
  isSaved: boolean;
  optIn: boolean;
  optInAt: Date | null;
  /** Whether this caller may change the choice (whoever may write the assessment). */
  canChange: boolean;
  /**
   * Whether this is the organisation's latest completed assessment of its instrument: only that
   * one can count, so sharing an older one changes no figure.
   */
  isLatest: boolean;
}

/**
 * Sets whether a saved, completed assessment contributes to benchmarks. Allowed to whoever may
 * write the assessment; an anonymous one must be saved to an organisation first (conflict).
 * Setting the same value again changes nothing.
 */
export async function setBenchmarkOptIn(
  actor: Actor,
  assessmentId: string,
  optIn: boolean,
  now: Date = new Date(),
): Promise<{ instrument: BenchmarkInstrument; optIn: boolean; optInAt: Date | null }> {
  return db.$transaction(async (tx) => {
    const { relation } = await assertAssessmentReachable(actor, assessmentId, tx, "write");
    const row = await tx.assessment.findUnique({
      where: { id: assessmentId },
      select: { instrument: true, status: true, organizationId: true, benchmarkOptIn: true, benchmarkOptInAt: true },
    });
    // The organisation chooses: its owner or its consultant, not one team respondent's browser.
    if (row?.organizationId && !can(relation, "run_assessments")) {
      throw forbidden("Only the organisation's owner or its consultant can choose whether this result joins the benchmarks");
    }
    if (!row || (row.instrument !== "convergence" && row.instrument !== "genai")) throw notFound();
    if (row.organizationId === null) {
      throw new DomainError(
        "conflict",
        "Save it to your organisation first: only a saved result can be shared with benchmarks",
        undefined,
        { reason: "not_saved" },
      );
    }
    if (row.status !== "completed") {
      throw new DomainError("conflict", "Finish the assessment before sharing it with benchmarks", undefined, { reason: "not_finished" });
    }
    if (row.benchmarkOptIn === optIn) return { instrument: row.instrument, optIn, optInAt: row.benchmarkOptInAt };
    const optInAt = optIn ? now : null;
    await tx.assessment.update({
      where: { id: assessmentId },
      data: { benchmarkOptIn: optIn, benchmarkOptInAt: optInAt },
      select: { id: true },
    });
    await invalidateBenchmarksFor(tx, assessmentId, now);
    return { instrument: row.instrument, optIn, optInAt };
  });
}

/**
 * The id of an organisation's latest completed assessment of each instrument, in the order the
 * aggregate uses (latest completedAt, then the larger id): the result that counts for it. The
 * organisation drives the query through the organizationId index; `|| ''` keeps SQLite's planner,
 * which has no statistics, from preferring the (instrument, status) index and reading every
 * completed assessment of the instrument (about 90 ms at 100,000 assessments, against well under
 * a millisecond this way).
 */
export async function latestCompletedIds(client: SqlClient, organizationId: string): Promise<Partial<Record<BenchmarkInstrument, string>>> {
  const rows = await client.$queryRaw<{ id: string; instrument: string }[]>`
    SELECT "id", "instrument" FROM (
      SELECT a."id", a."instrument",
        ROW_NUMBER() OVER (PARTITION BY a."instrument" ORDER BY a."completedAt" DESC, a."id" DESC) AS "position"
      FROM "Assessment" a
      WHERE a."organizationId" = ${organizationId}
        AND (a."instrument" || '') IN ('convergence', 'genai')
        AND (a."status" || '') = 'completed'
        AND a."completedAt" IS NOT NULL
    ) AS "ranked"
    WHERE "position" = 1`;
  const latest: Partial<Record<BenchmarkInstrument, string>> = {};
  for (const row of rows) if (row.instrument === "convergence" || row.instrument === "genai") latest[row.instrument] = row.id;
  return latest;
}

// ── What a result page shows ──────────────────────────────────────────────────────────────────

export interface AssessmentBenchmark extends BenchmarkFigures {
  choice: BenchmarkChoice;
}

function cohortSizes(cells: readonly CellAggregate[]): CohortCell[] {
  return cells.map((c) => ({ industry: c.industry, sizeBand: c.sizeBand, organizations: c.organizations }));
}

/**
 * A completed assessment against its peers (and, for the organisation's consultant, against the
 * consultant's portfolio), with the organisation's choice. Anyone who may read the assessment
 * may see it; an anonymous assessment gets no peer group.
 */
export async function getAssessmentBenchmark(actor: Actor, assessmentId: string, now: Date = new Date()): Promise<AssessmentBenchmark> {
  const { relation } = await assertAssessmentReachable(actor, assessmentId);
  const row = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      instrument: true,
      status: true,
      completedAt: true,
      browserKey: true,
      organizationId: true,
      benchmarkOptIn: true,
      benchmarkOptInAt: true,
      organization: { select: { industry: true, sizeBand: true } },
      partScores: { select: { part: true, value: true } },
    },
  });
  if (!row || (row.instrument !== "convergence" && row.instrument !== "genai")) throw notFound();
  const instrument: BenchmarkInstrument = row.instrument;
  const isSaved = row.organizationId !== null && row.organization !== null;
  const latestId = row.organizationId && row.completedAt ? (await latestCompletedIds(db, row.organizationId))[instrument] : assessmentId;
  const choice: BenchmarkChoice = {
    isSaved,
    optIn: row.benchmarkOptIn,
    optInAt: row.benchmarkOptInAt,
    canChange: isSaved && row.status === "completed" && assessmentAccess(actor, row, relation, "write") === "allowed",
    isLatest: latestId === assessmentId,
  };
  if (!row.organization || row.status !== "completed") return { instrument, peers: null, portfolio: null, choice };

  const values = Object.fromEntries(row.partScores.map((p) => [p.part, p.value]));
  const partIds = benchmarkPartsOf(instrument).map((p) => p.id);
  const { cells, computedAt } = await loadCells(instrument, now);
  const cohortChoice = chooseCohort(row.organization, cohortSizes(cells));
  const peers: BenchmarkFigures["peers"] = cohortChoice.cohort
    ? {
        status: "shown",
        cohort: cohortChoice.cohort,
        label: cohortLabel(cohortChoice.cohort, COHORT_LABELS),
        definition: cohortDefinition(cohortChoice.cohort, cohortChoice.organizations, instrumentNameOf(instrument), COHORT_LABELS),
        organizations: cohortChoice.organizations,
        fallbackNote: fallbackNote(cohortChoice, COHORT_LABELS),
        parts: compareParts(partIds, cohortHistograms(cells, cohortChoice.cohort), values, BENCHMARK_THRESHOLD),
        computedAt: computedAt.toISOString(),
      }
    : { status: "too_few", organizations: countCohort(cohortSizes(cells), { scope: "everyone", industry: null, sizeBand: null }) };

  let portfolio: PortfolioBenchmark | null = null;
  if (relation === "consultant" && actor.viewer) {
    const own = await portfolioBenchmark(actor.viewer, instrument);
    // A portfolio is the consultant's own data: any size is shown, so nothing is suppressed.
    portfolio = { clients: own.clients, parts: compareParts(partIds, own.histograms, values, 1) };
  }
  return { instrument, peers, portfolio, choice };
}

type PartRows = { part: string; value: unknown; count: unknown }[];

/**
 * A consultant's own clients (the companies the practice manages now): each client's latest
 * completed assessment of the instrument, whatever its benchmark choice, since it is the
 * consultant's own data. Any number of clients; not cached (a portfolio is small). not_found for
 * a viewer who is not a consultant.
 */
export async function portfolioBenchmark(
  viewer: Viewer | null,
  instrument: BenchmarkInstrument,
): Promise<{ practiceId: string; clients: number; histograms: Record<string, Histogram> }> {
  const practiceId = practiceOf(viewer);
  if (!practiceId) throw notFound("Practice");
  await requireOrganization(viewer, practiceId, "view");
  // The practice's clients drive the query (see `contributions` for CROSS JOIN and `|| ''`).
  const latest = Prisma.sql`
    WITH "ranked" AS (
      SELECT a."id",
        ROW_NUMBER() OVER (
          PARTITION BY a."organizationId"
          ORDER BY a."completedAt" DESC, a."id" DESC
        ) AS "position"
      FROM "Organization" o
      CROSS JOIN "Assessment" a
      WHERE a."organizationId" = o."id"
        AND o."consultantPracticeId" = ${practiceId}
        AND o."kind" = 'company'
        AND a."instrument" || '' = ${instrument}
        AND a."status" || '' = 'completed'
        AND a."completedAt" IS NOT NULL
    )`;
  const rows = await db.$queryRaw<(PartRows[number] & { part: string | null })[]>`
    ${latest}
    SELECT NULL AS "part", NULL AS "value", COUNT(*) AS "count" FROM "ranked" WHERE "position" = 1
    UNION ALL
    SELECT s."part", s."value", COUNT(*) AS "count"
    FROM "ranked" r
    INNER JOIN "AssessmentPartScore" s ON s."assessmentId" = r."id"
    WHERE r."position" = 1
    GROUP BY s."part", s."value"`;
  const byPart = new Map<string, ValueCount[]>();
  let clients = 0;
  for (const row of rows) {
    if (row.part === null) {
      clients = toCount(row.count);
      continue;
    }
    byPart.set(row.part, [...(byPart.get(row.part) ?? []), { value: Number(row.value), count: toCount(row.count) }]);
  }
  return { practiceId, clients, histograms: Object.fromEntries([...byPart].map(([part, list]) => [part, normalizeHistogram(list)])) };
}
