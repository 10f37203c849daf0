// The load bench's direct access to the server's database (tests/bench/load-bench.ts): reading the
// answers back after the run, and adding assessments when the public API refuses to start more
// (its per-address limit on anonymous assessments). SQLite through better-sqlite3 (reads) and the
// app's Prisma client (writes, so dates are stored as the app stores them); PostgreSQL through `pg`.
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { resolveSqlitePath } from "../../lib/db/sqlite-path";
import type { StoredAnswer } from "./load-answers";

export type LoadTarget = { kind: "sqlite"; url: string; path: string } | { kind: "postgresql"; url: string };

export interface LoadDatabase {
  /** Inserts `count` in-progress anonymous Convergence assessments and returns their ids. */
  insertAssessments(count: number): Promise<string[]>;
  /** Every answer row of these assessments. */
  answersOf(assessmentIds: readonly string[]): Promise<StoredAnswer[]>;
  close(): Promise<void>;
}

/** The same shape of id the app gives an assessment (lib/data/ids.ts): 18 random bytes, base64url. */
const newAssessmentId = () => randomBytes(18).toString("base64url");

const CHUNK = 500;
function chunksOf<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) chunks.push(items.slice(i, i + CHUNK));
  return chunks;
}

function openSqlite(target: Extract<LoadTarget, { kind: "sqlite" }>): LoadDatabase {
  return {
    async insertAssessments(count) {
      // A connection of its own, closed at once: the server's is then the only one during the run.
      const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: resolveSqlitePath(target.url), timeout: 10_000 }) });
      try {
        const ids = Array.from({ length: count }, newAssessmentId);
        for (const chunk of chunksOf(ids)) {
          await prisma.assessment.createMany({ data: chunk.map((id) => ({ id, instrument: "convergence" })) });
        }
        return ids;
      } finally {
        await prisma.$disconnect();
      }
    },
    async answersOf(assessmentIds) {
      const db = new Database(target.path, { readonly: true, fileMustExist: true });
      try {
        const wanted = new Set(assessmentIds);
        const rows = db.prepare('SELECT assessmentId, questionId, choice FROM "Answer"').all() as StoredAnswer[];
        return rows.filter((row) => wanted.has(row.assessmentId));
      } finally {
        db.close();
      }
    },
    async close() {},
  };
}

/** The parts of `pg` used here (loaded only when measuring PostgreSQL). */
interface PgClient {
  connect(): Promise<void>;
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  end(): Promise<void>;
}

async function openPostgres(url: string): Promise<LoadDatabase> {
  const moduleName = "pg";
  let pg: { Client: new (options: { connectionString: string }) => PgClient };
  try {
    const loaded = (await import(moduleName)) as { default?: typeof pg } & typeof pg;
    pg = loaded.default ?? loaded;
  } catch {
    throw new Error("the `pg` package could not be loaded, so the bench cannot read the PostgreSQL database");
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async insertAssessments(count) {
      const ids = Array.from({ length: count }, newAssessmentId);
      for (const chunk of chunksOf(ids)) {
        await client.query(
          `INSERT INTO "Assessment" ("id", "instrument", "status", "createdAt", "updatedAt")
           SELECT unnest($1::text[]), 'convergence', 'in_progress', now(), now()`,
          [chunk],
        );
      }
      return ids;
    },
    async answersOf(assessmentIds) {
      const rows: StoredAnswer[] = [];
      for (const chunk of chunksOf(assessmentIds)) {
        const result = await client.query(
          `SELECT "assessmentId", "questionId", "choice" FROM "Answer" WHERE "assessmentId" = ANY($1::text[])`,
          [chunk],
        );
        rows.push(...(result.rows as StoredAnswer[]));
      }
      return rows;
    },
    close: () => client.end(),
  };
}

export async function openLoadDatabase(target: LoadTarget): Promise<LoadDatabase> {
  return target.kind === "sqlite" ? openSqlite(target) : openPostgres(target.url);
}
