import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { resolveSqlitePath, SQLITE_BUSY_TIMEOUT_MS } from "@/lib/db/sqlite-path";

function createPrismaClient(): PrismaClient {
  const filename = resolveSqlitePath(getEnv().DATABASE_URL);
  // WAL mode is persistent in the file and is set by the migration tool;
  // the busy timeout is per connection and is set here.
  const adapter = new PrismaBetterSqlite3({ url: filename, timeout: SQLITE_BUSY_TIMEOUT_MS });
  if (!getEnv().CONVERGENCE_COUNT_QUERIES) return new PrismaClient({ adapter });
  // Bench only: one numbered line per statement, counted across every bundle of the process.
  const counting = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const counter = globalThis as unknown as { convergenceQueryCount?: number };
  counting.$on("query", (event) => {
    counter.convergenceQueryCount = (counter.convergenceQueryCount ?? 0) + 1;
    console.log(`[db] query ${counter.convergenceQueryCount}: ${event.query.replace(/\s+/g, " ").slice(0, 160)}`);
  });
  return counting as unknown as PrismaClient;
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The only Prisma client of the app (reused across hot reloads in development). */
export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();

if (getEnv().NODE_ENV !== "production") globalForPrisma.prisma = db;
