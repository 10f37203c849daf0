// The browser tests' own door into the e2e server's database, for specs that read what the app
// wrote (the email outbox, stored answers) or seed what a journey needs (rounds, peers, tenants).
// playwright.config.ts decides the database once and hands its URL to the web server and to every
// worker as E2E_DATABASE_URL: `file:<path>` (SQLite, the default) or `postgresql://...` (with
// TEST_DATABASE_URL set). tests/e2e/serve.ts creates, migrates and removes it.
//
// Specs run under Playwright's CommonJS loader, which cannot load the generated Prisma clients
// (they are ES modules) nor lib/db (server-only), so this speaks plain SQL through the drivers
// under the app's two Prisma adapters: better-sqlite3 and node-postgres. One SQL text serves both:
//
// - identifiers double-quoted, always ("User"."email", AS "userId"): PostgreSQL folds unquoted
//   names to lower case;
// - parameters as `?` (rewritten to $1, $2, ... for PostgreSQL); no `?` inside string literals;
// - booleans and dates as parameters, never literals: a boolean is 1/0 on SQLite, a Date its ISO
//   text (what the app's SQLite adapter stores, and what a PostgreSQL timestamp column parses);
// - upserts as INSERT ... ON CONFLICT (...) DO UPDATE, which both understand.
//
// Rows come back as the driver returns them: a DateTime is ISO text on SQLite and a Date on
// PostgreSQL, a count(*) a number on SQLite and a string on PostgreSQL.
import Database from "better-sqlite3";
import pg from "pg";
// Relative, and free of "server-only": Playwright loads this outside Next.
import { SQLITE_BUSY_TIMEOUT_MS } from "../../lib/db/sqlite-path";

export type SqlValue = string | number | boolean | Date | null;

export interface SqlDatabase {
  readonly kind: "sqlite" | "postgresql";
  /** Every row of a query. */
  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** The first row of a query, if any. */
  get<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row | undefined>;
  /** Runs a statement; resolves with the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs `work` in one transaction on this connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function isPostgresqlUrl(url: string): boolean {
  return url.startsWith("postgresql://") || url.startsWith("postgres://");
}

/** The e2e server's database URL (playwright.config.ts sets it for the web server and the workers). */
export function e2eDatabaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set (playwright.config.ts sets it)");
  return url;
}

/** `?` placeholders to PostgreSQL's $1, $2, ... (string literals and quoted identifiers left alone). */
export function toPostgresqlPlaceholders(sql: string): string {
  let index = 0;
  let quote: string | null = null;
  let out = "";
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === "?") {
      index += 1;
      out += `$${index}`;
      continue;
    }
    out += char;
  }
  return out;
}

function forSqlite(value: SqlValue): string | number | null {
  if (typeof value === "boolean") return value ? 1 : 0;
  // Exactly as Prisma's SQLite adapter writes a DateTime, so the app's equality checks match it.
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  return value;
}

function forPostgresql(value: SqlValue): string | number | boolean | null {
  return value instanceof Date ? value.toISOString() : value;
}

function openSqlite(url: string): SqlDatabase {
  const path = url.slice("file:".length).split("?")[0] ?? "";
  const db = new Database(path, { fileMustExist: true });
  db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  const bind = (params: readonly SqlValue[]) => params.map(forSqlite);
  return {
    kind: "sqlite",
    all: async <Row>(sql: string, params: readonly SqlValue[] = []) => db.prepare(sql).all(...bind(params)) as Row[],
    get: async <Row>(sql: string, params: readonly SqlValue[] = []) => db.prepare(sql).get(...bind(params)) as Row | undefined,
    run: async (sql: string, params: readonly SqlValue[] = []) => db.prepare(sql).run(...bind(params)).changes,
    transaction: async <T>(work: () => Promise<T>) => {
      // IMMEDIATE: take the write lock now (waiting up to the busy timeout), not on the first write.
      db.exec("BEGIN IMMEDIATE");
      try {
        const result = await work();
        db.exec("COMMIT");
        return result;
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    },
    close: async () => {
      db.close();
    },
  };
}

async function openPostgresql(url: string): Promise<SqlDatabase> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const query = (sql: string, params: readonly SqlValue[]) => client.query(toPostgresqlPlaceholders(sql), params.map(forPostgresql));
  return {
    kind: "postgresql",
    all: async <Row>(sql: string, params: readonly SqlValue[] = []) => (await query(sql, params)).rows as Row[],
    get: async <Row>(sql: string, params: readonly SqlValue[] = []) => (await query(sql, params)).rows[0] as Row | undefined,
    run: async (sql: string, params: readonly SqlValue[] = []) => (await query(sql, params)).rowCount ?? 0,
    transaction: async <T>(work: () => Promise<T>) => {
      await client.query("BEGIN");
      try {
        const result = await work();
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    close: () => client.end(),
  };
}

/** One connection to the database at `url` (`file:` or `postgresql://`). Close it when done. */
export function openDatabase(url: string): Promise<SqlDatabase> {
  if (isPostgresqlUrl(url)) return openPostgresql(url);
  if (url.startsWith("file:")) return Promise.resolve(openSqlite(url));
  throw new Error(`Not a database URL this knows: ${url.split(":")[0]}:`);
}

/** Opens the e2e server's database (or the one at `url`), runs `work` with it, and closes it. */
export async function withE2eDatabase<T>(work: (db: SqlDatabase) => Promise<T>, url: string = e2eDatabaseUrl()): Promise<T> {
  const db = await openDatabase(url);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
