// Watches the test database from a second SQLite connection: a fingerprint of every table's
// content, so a refused request can be shown to have changed nothing.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";

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

export type Fingerprint = Map<string, string>;

export class DatabaseWatch {
  private readonly connection: Database.Database;
  private readonly tables: string[];
  private readonly dataVersion: Database.Statement;
  private readonly selects: Map<string, Database.Statement>;
  private cached: { version: number; fingerprint: Fingerprint } | null = null;

  constructor(path: string) {
    this.connection = new Database(path);
    this.connection.pragma("busy_timeout = 5000");
    // A throwaway test file: its writes (rate-limit resets, restores) need not wait for the disk.
    this.connection.pragma("synchronous = OFF");
    this.tables = (
      this.connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
    ).map((row) => row.name);
    // One row per table: its row count and every value of every row, quoted, in one string.
    this.selects = new Map(
      this.comparedTables.map((table) => {
        const columns = (this.connection.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => `quote("${c.name}")`);
        const text = columns.join(" || char(31) || ");
        return [table, this.connection.prepare(`SELECT count(*), group_concat(${text}, char(30)) FROM (SELECT * FROM "${table}" ORDER BY rowid)`).raw()];
      }),
    );
    // Changes whenever another connection (the app's) commits a write: a cheap "anything written?".
    this.dataVersion = this.connection.prepare("PRAGMA data_version").pluck();
  }

  /** Every table of the app (the migration tool's record aside). */
  private get appTables(): string[] {
    return this.tables.filter((name) => name !== "_prisma_migrations");
  }

  /** The tables compared after a refusal (every table but the bookkeeping). */
  get comparedTables(): string[] {
    return this.tables.filter((name) => !BOOKKEEPING_TABLES.has(name));
  }

  version(): number {
    return this.dataVersion.get() as number;
  }

  /** Row count and a hash of every row, per table (tables are small in these tests). */
  fingerprint(): Fingerprint {
    const version = this.version();
    if (this.cached?.version === version) return this.cached.fingerprint;
    const fingerprint: Fingerprint = new Map();
    for (const [table, select] of this.selects) {
      const [count, content] = select.get() as [number, string | null];
      fingerprint.set(table, `${count}:${createHash("sha1").update(content ?? "").digest("hex")}`);
    }
    this.cached = { version, fingerprint };
    return fingerprint;
  }

  /** The tables whose content differs between two fingerprints (but for `ignored` ones). */
  static differences(before: Fingerprint, after: Fingerprint, ignored: ReadonlySet<string> = new Set()): string[] {
    return [...before.keys()].filter((table) => !ignored.has(table) && before.get(table) !== after.get(table));
  }

  /** Empties the rate-limit counters, so every run reaches the handler's own checks. */
  resetRateLimits(): void {
    this.connection.prepare('DELETE FROM "RateLimitBucket"').run();
  }

  /** Every row of the app's tables (the migrations record aside), to put back with `restore`. */
  snapshot(): Map<string, unknown[][]> {
    return new Map(this.appTables.map((table) => [table, this.connection.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]]));
  }

  /** Replaces the content of every app table with a snapshot's rows. */
  restore(snapshot: Map<string, unknown[][]>): void {
    this.connection.pragma("foreign_keys = OFF");
    this.connection.transaction(() => {
      for (const table of this.appTables) this.connection.prepare(`DELETE FROM "${table}"`).run();
      for (const [table, rows] of snapshot) {
        const first = rows[0];
        if (!first) continue;
        const insert = this.connection.prepare(`INSERT INTO "${table}" VALUES (${first.map(() => "?").join(", ")})`);
        for (const row of rows) insert.run(...row);
      }
    })();
    this.connection.pragma("foreign_keys = ON");
    // This connection's own writes leave its data_version as it was: forget the cached fingerprint.
    this.cached = null;
  }

  /** A user's current session version (what a fresh sign-in would carry), read without the app's client. */
  sessionVersionOf(userId: string): number {
    return (this.connection.prepare('SELECT "sessionVersion" FROM "User" WHERE "id" = ?').pluck().get(userId) as number | undefined) ?? 0;
  }

  close(): void {
    this.connection.close();
  }
}
