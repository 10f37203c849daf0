import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { backupDatabase } from "./backup-database";
import { applyMigrations } from "./migrator";

const migrationsDir = fileURLToPath(new URL("./migrations", import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshDatabase() {
  const dir = mkdtempSync(join(tmpdir(), "convergence-backup-"));
  dirs.push(dir);
  const path = join(dir, "live.db");
  applyMigrations({ databasePath: path, migrationsDir });
  return { dir, path };
}

describe("backupDatabase", () => {
  it("copies a database that is being written to, consistently, and the copy restores", async () => {
    const { dir, path } = freshDatabase();
    const writer = new Database(path);
    const insert = writer.prepare('INSERT INTO "Assessment" (id, instrument, updatedAt) VALUES (?, ?, ?)');
    for (let i = 0; i < 500; i += 1) insert.run(`before-${i}`, "convergence", new Date().toISOString());

    // Writes keep landing while the backup runs (it copies in steps and yields between them).
    let during = 0;
    const timer = setInterval(() => {
      insert.run(`during-${(during += 1)}`, "genai", new Date().toISOString());
    }, 1);
    const result = await backupDatabase(path, join(dir, "backups", "copy.db"));
    clearInterval(timer);
    writer.close();

    expect(result.pages).toBeGreaterThan(0);
    // "Restore": open the copy as the app would. It holds every row written before the backup
    // started, its schema is complete, and it is internally consistent.
    const restored = new Database(result.path, { readonly: true });
    try {
      const count = (restored.prepare('SELECT COUNT(*) AS n FROM "Assessment" WHERE id LIKE \'before-%\'').get() as { n: number }).n;
      expect(count).toBe(500);
      expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
      const migrations = (restored.prepare('SELECT COUNT(*) AS n FROM "_prisma_migrations"').get() as { n: number }).n;
      expect(migrations).toBeGreaterThan(0);
    } finally {
      restored.close();
    }
  });

  it("refuses to overwrite an existing file", async () => {
    const { path } = freshDatabase();
    await expect(backupDatabase(path, path)).rejects.toThrow(/already exists/);
  });
});
