import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresqlPrismaClient } from "@/lib/generated/prisma-pg/client";
import { ConnectionLock } from "@/lib/db/connection-lock";
import { databaseKindOf } from "@/lib/db/database-url";
import { resolveSqlitePath, SQLITE_BUSY_TIMEOUT_MS } from "@/lib/db/sqlite-path";

/** Connections per app instance to PostgreSQL (node-postgres's default); SQLite has one. */
export const POSTGRESQL_POOL_SIZE = 10;

/**
 * A Prisma client for DATABASE_URL: the SQLite client through better-sqlite3 for `file:`, the
 * PostgreSQL client through node-postgres for `postgresql://`. Prisma fixes the provider when a
 * client is generated, so there are two generated clients (docs/decisions/008-postgresql.md).
 *
 * Both are typed as the SQLite client. The cast is sound because both are generated from the
 * same models (the PostgreSQL schema is derived from prisma/schema.prisma, changing only the
 * provider), so their model APIs, argument and result types are the same. The only differences
 * are provider-level extras the app does not use (e.g. `mode: "insensitive"` filters exist only
 * on PostgreSQL); raw SQL must be written for both dialects.
 */
export function createPrismaClient(databaseUrl: string, options?: ClientOptions & { logQueries?: false }): PrismaClient;
/** The same, with Prisma's query events on (`client.$on("query", ...)`), for counting statements. */
export function createPrismaClient(databaseUrl: string, options: ClientOptions & { logQueries: true }): PrismaClient<"query">;
export function createPrismaClient(
  databaseUrl: string,
  options: ClientOptions & { logQueries?: boolean } = {},
): PrismaClient | PrismaClient<"query"> {
  const log = options.logQueries ? [{ emit: "event" as const, level: "query" as const }] : [];
  if (databaseKindOf(databaseUrl) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: databaseUrl, max: POSTGRESQL_POOL_SIZE });
    return new PostgresqlPrismaClient({ adapter, log }) as unknown as PrismaClient;
  }
  // WAL mode is persistent in the file and is set by the migration tool;
  // the busy timeout is per connection and is set here.
  const adapter = new ConnectionSharingSqlite3({ url: resolveSqlitePath(databaseUrl), timeout: SQLITE_BUSY_TIMEOUT_MS }, options.onSqliteConnection);
  return new PrismaClient({ adapter, log });
}

interface ClientOptions {
  /** SQLite: called with the connection and its lock once Prisma opens it, for statements run on it directly (lib/db/hot-sql.ts). */
  onSqliteConnection?: (connection: Database.Database, lock: ConnectionLock) => void;
}

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;

/**
 * Prisma's better-sqlite3 adapter, with every use of its connection taken in turn
 * (lib/db/connection-lock.ts): a transaction holds the connection from BEGIN to its end, and a
 * statement from outside waits for it instead of joining it. The connection is handed over for
 * the statements run on it directly; the adapter keeps it in its `client` field (version pinned in
 * package.json; start-up fails, and tests/integration/answer-fast-path.test.ts, should that change).
 */
class ConnectionSharingSqlite3 extends PrismaBetterSqlite3 {
  constructor(
    config: ConstructorParameters<typeof PrismaBetterSqlite3>[0],
    private readonly onConnection: ClientOptions["onSqliteConnection"],
  ) {
    super(config);
  }

  override async connect(): Promise<SqliteAdapter> {
    const adapter = await super.connect();
    const lock = new ConnectionLock();
    takeTurns(adapter, lock);
    if (this.onConnection) {
      const connection: unknown = (adapter as unknown as { client?: unknown }).client;
      if (!(connection instanceof Database)) throw new Error("Prisma's SQLite adapter no longer exposes its connection (lib/db/client.ts)");
      this.onConnection(connection, lock);
    }
    return adapter;
  }
}

/** Puts the adapter's statements and transactions behind the lock. */
function takeTurns(adapter: SqliteAdapter, lock: ConnectionLock): void {
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.queryRaw = (query) => lock.run(() => queryRaw(query));
  adapter.executeRaw = (query) => lock.run(() => executeRaw(query));
  adapter.executeScript = (script) => lock.run(() => executeScript(script));
  adapter.startTransaction = async (isolationLevel) => {
    const release = await lock.acquire();
    try {
      const transaction = await startTransaction(isolationLevel);
      // Prisma sends COMMIT or ROLLBACK through the transaction, then calls one of these.
      const commit = transaction.commit.bind(transaction);
      const rollback = transaction.rollback.bind(transaction);
      transaction.commit = () => commit().finally(release);
      transaction.rollback = () => rollback().finally(release);
      return transaction;
    } catch (error) {
      release();
      throw error;
    }
  };
}
