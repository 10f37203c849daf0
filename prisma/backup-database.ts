// A consistent copy of a live SQLite database, taken with SQLite's online backup API: the app
// keeps reading and writing while it runs, and the copy is a single self-contained file (the
// write-ahead log is folded in). Restoring is copying that file back while the app is stopped.
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { SQLITE_BUSY_TIMEOUT_MS } from "../lib/db/sqlite-path";

export interface BackupResult {
  path: string;
  pages: number;
  bytes: number;
}

/** Backs up `sourcePath` to `targetPath` (which must not exist) and checks the copy's integrity. */
export async function backupDatabase(sourcePath: string, targetPath: string): Promise<BackupResult> {
  if (existsSync(targetPath)) throw new Error(`${targetPath} already exists; choose a new file name`);
  mkdirSync(dirname(targetPath), { recursive: true });
  const source = new Database(sourcePath, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    const { totalPages } = await source.backup(targetPath);
    const copy = new Database(targetPath, { readonly: true, fileMustExist: true });
    try {
      const check = copy.pragma("integrity_check", { simple: true });
      if (check !== "ok") throw new Error(`The backup failed its integrity check: ${String(check)}`);
      const pageSize = copy.pragma("page_size", { simple: true }) as number;
      return { path: targetPath, pages: totalPages, bytes: totalPages * pageSize };
    } finally {
      copy.close();
    }
  } finally {
    source.close();
  }
}
