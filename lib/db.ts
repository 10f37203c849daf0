import "server-only";
import type Database from "better-sqlite3";
import type { ConnectionLock } from "@/lib/db/connection-lock";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { createPrismaClient } from "@/lib/db/client";

interface ProcessDatabase {
  prisma?: PrismaClient;
  /** The SQLite connection under `prisma` and the lock every use of it takes, once opened (never on PostgreSQL). */
  sqliteConnection?: SqliteConnection;
}

const shared = globalThis as unknown as ProcessDatabase;
const keepConnection = (connection: Database.Database, lock: ConnectionLock) => {
  shared.sqliteConnection = { connection, lock };
};

export interface SqliteConnection {
  connection: Database.Database;
  /** Taken for each statement run on the connection directly, as Prisma's own statements take it. */
  lock: ConnectionLock;
}

function createAppClient(): PrismaClient {
  // SQLite (file:) or PostgreSQL (postgresql://), chosen by the URL's scheme (lib/db/client.ts).
  const databaseUrl = getEnv().DATABASE_URL;
  if (!getEnv().CONVERGENCE_COUNT_QUERIES) return createPrismaClient(databaseUrl, { onSqliteConnection: keepConnection });
  // Bench only: one numbered line per statement, counted across every bundle of the process.
  const counting = createPrismaClient(databaseUrl, { logQueries: true, onSqliteConnection: keepConnection });
  const counter = globalThis as unknown as { convergenceQueryCount?: number };
  counting.$on("query", (event) => {
    counter.convergenceQueryCount = (counter.convergenceQueryCount ?? 0) + 1;
    console.log(`[db] query ${counter.convergenceQueryCount}: ${event.query.replace(/\s+/g, " ").slice(0, 160)}`);
  });
  return counting as unknown as PrismaClient;
}

/**
 * The only Prisma client of the app, kept on globalThis: reused across hot reloads in development,
 * and shared in production by Next's bundles and the server's own (lib/server/main.ts), so that a
 * process holds one SQLite connection. On PostgreSQL it is the PostgreSQL client typed as the
 * SQLite one; see createPrismaClient for why that holds.
 */
export const db: PrismaClient = (shared.prisma ??= createAppClient());

/** The SQLite connection under `db` once Prisma has opened it; null before that and on PostgreSQL. */
export function openSqliteConnection(): SqliteConnection | null {
  return shared.sqliteConnection ?? null;
}
