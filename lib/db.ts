import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { createPrismaClient } from "@/lib/db/client";

function createAppClient(): PrismaClient {
  // SQLite (file:) or PostgreSQL (postgresql://), chosen by the URL's scheme (lib/db/client.ts).
  const databaseUrl = getEnv().DATABASE_URL;
  if (!getEnv().CONVERGENCE_COUNT_QUERIES) return createPrismaClient(databaseUrl);
  // Bench only: one numbered line per statement, counted across every bundle of the process.
  const counting = createPrismaClient(databaseUrl, { logQueries: true });
  const counter = globalThis as unknown as { convergenceQueryCount?: number };
  counting.$on("query", (event) => {
    counter.convergenceQueryCount = (counter.convergenceQueryCount ?? 0) + 1;
    console.log(`[db] query ${counter.convergenceQueryCount}: ${event.query.replace(/\s+/g, " ").slice(0, 160)}`);
  });
  return counting as unknown as PrismaClient;
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * The only Prisma client of the app (reused across hot reloads in development). On PostgreSQL it
 * is the PostgreSQL client typed as the SQLite one; see createPrismaClient for why that holds.
 */
export const db: PrismaClient = globalForPrisma.prisma ?? createAppClient();

if (getEnv().NODE_ENV !== "production") globalForPrisma.prisma = db;
