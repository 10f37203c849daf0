import { isAbsolute, resolve } from "node:path";

/** How long a connection waits for a lock before SQLITE_BUSY (ms). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Turns a `file:` DATABASE_URL into an absolute path, relative ones against the working directory. */
export function resolveSqlitePath(databaseUrl: string, cwd: string = process.cwd()): string {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`Not a SQLite file URL: ${databaseUrl}`);
  }
  const raw = databaseUrl.slice("file:".length).split("?")[0] ?? "";
  if (raw === "" ) throw new Error("DATABASE_URL names no file");
  return isAbsolute(raw) ? raw : resolve(cwd, raw);
}
