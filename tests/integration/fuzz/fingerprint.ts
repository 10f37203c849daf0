// Watches the test database from a connection of its own, beside the app's: a fingerprint of every
// table's content, so a refused request can be shown to have changed nothing. Works on the SQLite
// file and on a PostgreSQL database (TEST_DATABASE_URL; tests/support/test-database.ts).
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";

/*
 * Left out of the comparison: the security bookkeeping. A refused request is itself recorded there
 * (a failed sign-in or a refused invite token counts against its rate limit, a denial is an audit
 * event), so those rows change on purpose when everything else must not.
 */
export const BOOKKEEPING_TABLES = new Set(["RateLimitBucket", "AuditEvent"]);

/*
 * Caches that reads fill: benchmark figures are computed in the database on first use and kept per
 * cell (lib/data/benchmarks.ts), so a GET may write them. They are still compared after a refusal.
 */
export const READ_CACHE_TABLES = new Set(["BenchmarkSnapshot"]);

/** The migration tool's record: not the app's data. */
const MIGRATIONS_TABLE = "_prisma_migrations";

export type Fingerprint = Map<string, string>;

/** Every row of the app's tables at one moment, to put back with `restore` (opaque: each database keeps its own form). */
export interface Snapshot {
  readonly kind: "sqlite" | "postgresql";
  readonly tables: ReadonlyMap<string, unknown>;
}

export abstract class DatabaseWatch {
  abstract readonly kind: "sqlite" | "postgresql";
  private cached: { version: string; fingerprint: Fingerprint } | null = null;

  protected constructor(protected readonly tables: readonly string[]) {}

  /**
   * A watch on the database at `location`: a SQLite file's path (or `file:` URL), or a
   * `postgresql://` URL (what useFreshTestDatabase returns as `path`).
   */
  static async open(location: string): Promise<DatabaseWatch> {
    if (location.startsWith("postgresql://") || location.startsWith("postgres://")) return PostgresqlWatch.connect(location);
    return new SqliteWatch(location.startsWith("file:") ? location.slice("file:".length) : location);
  }

  /** The tables whose content differs between two fingerprints (but for `ignored` ones). */
  static differences(before: Fingerprint, after: Fingerprint, ignored: ReadonlySet<string> = new Set()): string[] {
    return [...before.keys()].filter((table) => !ignored.has(table) && before.get(table) !== after.get(table));
  }

  /** Every table of the app (the migration tool's record aside). */
  protected get appTables(): string[] {
    return this.tables.filter((name) => name !== MIGRATIONS_TABLE);
  }

  /** The tables compared after a refusal (every table but the bookkeeping). */
  get comparedTables(): string[] {
    return this.tables.filter((name) => !BOOKKEEPING_TABLES.has(name));
  }

  /**
   * Changes whenever anything may have been written since the last call: a cheap "anything
   * written?" before comparing fingerprints. It may change without a write (never the reverse).
   */
  abstract version(): Promise<string>;

  /** Row count and a hash of every row, per compared table (tables are small in these tests). */
  async fingerprint(): Promise<Fingerprint> {
    const version = await this.version();
    if (this.cached?.version === version) return this.cached.fingerprint;
    const fingerprint = await this.computeFingerprint();
    this.cached = { version, fingerprint };
    return fingerprint;
  }

  protected abstract computeFingerprint(): Promise<Fingerprint>;

  /** Empties the rate-limit counters, so every run reaches the handler's own checks. */
  abstract resetRateLimits(): Promise<void>;

  /** Every row of the app's tables (the migrations record aside), to put back with `restore`. */
  abstract snapshot(): Promise<Snapshot>;

  /** Replaces the content of every app table with a snapshot's rows. */
  async restore(snapshot: Snapshot): Promise<void> {
    if (snapshot.kind !== this.kind) throw new Error(`A ${snapshot.kind} snapshot cannot be restored into ${this.kind}`);
    await this.restoreRows(snapshot.tables);
    // Writes of this watch's own connection may not move its version: forget the cached fingerprint.
    this.cached = null;
  }

  protected abstract restoreRows(tables: ReadonlyMap<string, unknown>): Promise<void>;

  /** A user's current session version (what a fresh sign-in would carry), read without the app's client. */
  abstract sessionVersionOf(userId: string): Promise<number>;

  abstract close(): Promise<void>;
}

class SqliteWatch extends DatabaseWatch {
  readonly kind = "sqlite";
  private readonly connection: Database.Database;
  private readonly dataVersion: Database.Statement;
  private readonly selects: Map<string, Database.Statement>;

  constructor(path: string) {
    const connection = new Database(path);
    super(
      (connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
        (row) => row.name,
      ),
    );
    this.connection = connection;
    this.connection.pragma("busy_timeout = 5000");
    // A throwaway test file: its writes (rate-limit resets, restores) need not wait for the disk.
    this.connection.pragma("synchronous = OFF");
    // One row per table: its row count and every value of every row, quoted, in one string.
    this.selects = new Map(
      this.comparedTables.map((table) => {
        const columns = (this.connection.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => `quote("${c.name}")`);
        const text = columns.join(" || char(31) || ");
        return [table, this.connection.prepare(`SELECT count(*), group_concat(${text}, char(30)) FROM (SELECT * FROM "${table}" ORDER BY rowid)`).raw()];
      }),
    );
    // Changes whenever another connection (the app's) commits a write; this connection's own writes leave it.
    this.dataVersion = this.connection.prepare("PRAGMA data_version").pluck();
  }

  async version(): Promise<string> {
    return String(this.dataVersion.get());
  }

  protected async computeFingerprint(): Promise<Fingerprint> {
    const fingerprint: Fingerprint = new Map();
    for (const [table, select] of this.selects) {
      const [count, content] = select.get() as [number, string | null];
      fingerprint.set(table, `${count}:${createHash("sha1").update(content ?? "").digest("hex")}`);
    }
    return fingerprint;
  }

  async resetRateLimits(): Promise<void> {
    this.connection.prepare('DELETE FROM "RateLimitBucket"').run();
  }

  async snapshot(): Promise<Snapshot> {
    const tables = new Map(this.appTables.map((table) => [table, this.connection.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]]));
    return { kind: this.kind, tables };
  }

  protected async restoreRows(tables: ReadonlyMap<string, unknown>): Promise<void> {
    this.connection.pragma("foreign_keys = OFF");
    this.connection.transaction(() => {
      for (const table of this.appTables) this.connection.prepare(`DELETE FROM "${table}"`).run();
      for (const [table, value] of tables) {
        const rows = value as unknown[][];
        const first = rows[0];
        if (!first) continue;
        const insert = this.connection.prepare(`INSERT INTO "${table}" VALUES (${first.map(() => "?").join(", ")})`);
        for (const row of rows) insert.run(...row);
      }
    })();
    this.connection.pragma("foreign_keys = ON");
  }

  async sessionVersionOf(userId: string): Promise<number> {
    return (this.connection.prepare('SELECT "sessionVersion" FROM "User" WHERE "id" = ?').pluck().get(userId) as number | undefined) ?? 0;
  }

  async close(): Promise<void> {
    this.connection.close();
  }
}

/** Tables in an order that lets each be filled after the tables it references (a table's references to itself aside). */
function referencesFirst(tables: readonly string[], references: readonly { child: string; parent: string }[]): string[] {
  const ordered: string[] = [];
  const placed = new Set<string>();
  const place = (table: string, path: readonly string[]) => {
    if (placed.has(table)) return;
    if (path.includes(table)) throw new Error(`Foreign keys form a cycle: ${[...path, table].join(" → ")}`);
    for (const { child, parent } of references) if (child === table && parent !== table && tables.includes(parent)) place(parent, [...path, table]);
    placed.add(table);
    ordered.push(table);
  };
  for (const table of tables) place(table, []);
  return ordered;
}

const quoted = (table: string) => `"${table.replaceAll('"', '""')}"`;

/** The watch's own objects in a PostgreSQL test database: what moves its version, and the setting that marks its own connection. */
const VERSION_SEQUENCE = '"_watch_version"';
const BUMP_FUNCTION = '"_watch_bump"';
const WATCH_SETTING = "convergence.database_watch";

class PostgresqlWatch extends DatabaseWatch {
  readonly kind = "postgresql";

  private constructor(
    private readonly client: pg.Client,
    tables: readonly string[],
    /** The app's tables, each after the tables it references: the order to fill them in. */
    private readonly fillOrder: readonly string[],
    /** One statement: every compared table's row count and a hash of its rows. */
    private readonly fingerprintSql: string,
  ) {
    super(tables);
  }

  static async connect(url: string): Promise<PostgresqlWatch> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // A throwaway database: this connection's writes (rate-limit resets, restores) need not wait for the disk.
    await client.query("SET synchronous_commit = off");
    // This connection's own writes leave the version as they are (as SQLite's data_version does).
    await client.query(`SET ${WATCH_SETTING} = 'on'`);
    const tables = (
      await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename COLLATE "C"`)
    ).rows.map((row) => row.name);
    // The version: a sequence that every statement writing to an app table moves, from any connection
    // but this one. A sequence moves at once and outside transactions, so the version read after a
    // request has returned covers everything that request wrote.
    await client.query(`CREATE SEQUENCE IF NOT EXISTS ${VERSION_SEQUENCE}`);
    await client.query(`CREATE OR REPLACE FUNCTION ${BUMP_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('${WATCH_SETTING}', true) IS DISTINCT FROM 'on' THEN PERFORM nextval('${VERSION_SEQUENCE}'); END IF;
        RETURN NULL;
      END $$`);
    for (const table of tables.filter((name) => name !== MIGRATIONS_TABLE)) {
      await client.query(`CREATE OR REPLACE TRIGGER ${BUMP_FUNCTION} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${quoted(table)} FOR EACH STATEMENT EXECUTE FUNCTION ${BUMP_FUNCTION}()`);
    }
    const references = (
      await client.query<{ child: string; parent: string }>(
        `SELECT child.relname AS child, parent.relname AS parent FROM pg_constraint c
           JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
          WHERE c.contype = 'f' AND child.relnamespace = current_schema()::regnamespace`,
      )
    ).rows;
    const appTables = tables.filter((name) => name !== MIGRATIONS_TABLE);
    const compared = tables.filter((name) => !BOOKKEEPING_TABLES.has(name));
    // Each row as PostgreSQL's text form of the whole record, sorted by it: equal contents give
    // equal hashes whatever order the rows are stored in.
    const fingerprintSql = compared
      .map(
        (table) =>
          `SELECT ${`'${table.replaceAll("'", "''")}'`} AS "table", count(*)::text AS "count", md5(coalesce(string_agg(t::text, chr(30) ORDER BY t::text), '')) AS "hash" FROM ${quoted(table)} t`,
      )
      .join(" UNION ALL ");
    return new PostgresqlWatch(client, tables, referencesFirst(appTables, references), fingerprintSql);
  }

  async version(): Promise<string> {
    const { rows } = await this.client.query<{ version: string }>(`SELECT last_value::text || (CASE WHEN is_called THEN '+' ELSE '' END) AS version FROM ${VERSION_SEQUENCE}`);
    return rows[0]?.version ?? "";
  }

  protected async computeFingerprint(): Promise<Fingerprint> {
    const { rows } = await this.client.query<{ table: string; count: string; hash: string }>(this.fingerprintSql);
    return new Map(rows.map((row) => [row.table, `${row.count}:${row.hash}`]));
  }

  async resetRateLimits(): Promise<void> {
    await this.client.query('DELETE FROM "RateLimitBucket"');
  }

  async snapshot(): Promise<Snapshot> {
    const tables = new Map<string, string>();
    for (const table of this.appTables) {
      // As JSON text, which json_populate_recordset turns back into the table's own types.
      const { rows } = await this.client.query<{ rows: string }>(`SELECT coalesce(json_agg(t), '[]')::text AS rows FROM ${quoted(table)} t`);
      tables.set(table, rows[0]?.rows ?? "[]");
    }
    return { kind: this.kind, tables };
  }

  protected async restoreRows(tables: ReadonlyMap<string, unknown>): Promise<void> {
    await this.client.query("BEGIN");
    try {
      await this.client.query(`TRUNCATE ${this.appTables.map(quoted).join(", ")}`);
      // One statement per table, in reference order: foreign keys are checked at each statement's
      // end, so a table's rows that reference each other (a practice and its clients) go in together.
      for (const table of this.fillOrder) {
        const rows = tables.get(table);
        if (rows === undefined || rows === "[]") continue;
        await this.client.query(`INSERT INTO ${quoted(table)} SELECT * FROM json_populate_recordset(NULL::${quoted(table)}, $1::json)`, [rows]);
      }
      await this.client.query("COMMIT");
    } catch (error) {
      await this.client.query("ROLLBACK");
      throw error;
    }
  }

  async sessionVersionOf(userId: string): Promise<number> {
    const { rows } = await this.client.query<{ sessionVersion: number }>('SELECT "sessionVersion" FROM "User" WHERE "id" = $1', [userId]);
    return rows[0]?.sessionVersion ?? 0;
  }

  /** Takes the version's triggers, function and sequence out of the database again. */
  async close(): Promise<void> {
    await this.client.query(`DROP FUNCTION IF EXISTS ${BUMP_FUNCTION}() CASCADE`);
    await this.client.query(`DROP SEQUENCE IF EXISTS ${VERSION_SEQUENCE}`);
    await this.client.end();
  }
}
