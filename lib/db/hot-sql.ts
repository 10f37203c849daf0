import "server-only";
import type Database from "better-sqlite3";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, openSqliteConnection } from "@/lib/db";

/*
 * The statements of the busiest request (a respondent's answer), run on SQLite straight on the
 * connection Prisma opened, prepared once and kept: Prisma prepares every statement anew and maps
 * every argument and row, which costs more than the statement (docs/decisions/009). The SQL is one
 * Prisma.sql template; on PostgreSQL, or before Prisma has connected, Prisma runs it as it is.
 */

const preparedByConnection = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(connection: Database.Database, sql: string): Database.Statement {
  let statements = preparedByConnection.get(connection);
  if (!statements) preparedByConnection.set(connection, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = connection.prepare(sql)));
  return statement;
}

/** An argument as Prisma's SQLite adapter writes it (timestampFormat "iso8601", booleans as 0/1). */
export function sqliteArgument(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** Runs a statement that changes rows; the number changed. */
export async function executeHot(query: Prisma.Sql): Promise<number> {
  const sqlite = openSqliteConnection();
  if (!sqlite) return db.$executeRaw(query);
  // In turn with Prisma's own statements and transactions (lib/db/connection-lock.ts): never inside
  // another request's open transaction, whose rollback would undo an acknowledged answer.
  const { connection, lock } = sqlite;
  return lock.runNow(() => Number(prepared(connection, query.sql).run(...query.values.map(sqliteArgument)).changes));
}

/** Runs a statement that returns rows (RETURNING, SELECT); integers as numbers, DateTime as Prisma's raw SQL gives it or as text. */
export async function queryHot<Row extends Record<string, unknown>>(query: Prisma.Sql): Promise<Row[]> {
  const sqlite = openSqliteConnection();
  if (!sqlite) return db.$queryRaw<Row[]>(query);
  const { connection, lock } = sqlite;
  const rows = await lock.runNow(() => prepared(connection, query.sql).all(...query.values.map(sqliteArgument)) as Record<string, unknown>[]);
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [name, typeof value === "bigint" ? Number(value) : value])) as Row);
}
