import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseKindOf, isSupportedDatabaseUrl } from "./database-url";

describe("databaseKindOf (which database DATABASE_URL names)", () => {
  it("takes a file: URL for the embedded SQLite database", () => {
    expect(databaseKindOf("file:./.data/convergence.db")).toBe("sqlite");
    expect(databaseKindOf("file:/var/lib/convergence/app.db")).toBe("sqlite");
  });

  it("takes both spellings of a PostgreSQL URL, whatever the case of the scheme", () => {
    expect(databaseKindOf("postgresql://app:secret@db.internal:5432/convergence")).toBe("postgresql");
    expect(databaseKindOf("postgres://app@127.0.0.1/convergence?sslmode=require")).toBe("postgresql");
    expect(databaseKindOf("POSTGRESQL://app@db/convergence")).toBe("postgresql");
  });

  it("refuses every other scheme, naming it, rather than guessing", () => {
    expect(() => databaseKindOf("mysql://app@db/convergence")).toThrow(/\(got mysql:\)/);
    expect(() => databaseKindOf("sqlite:./app.db")).toThrow(/SQLite file: URL or a postgresql:\/\/ URL/);
    expect(() => databaseKindOf("./.data/convergence.db")).toThrow(/DATABASE_URL/);
    expect(() => databaseKindOf("postgresql:")).toThrow(/DATABASE_URL/);
    expect(() => databaseKindOf("")).toThrow(/DATABASE_URL/);
    expect(isSupportedDatabaseUrl("mysql://db/x")).toBe(false);
    expect(isSupportedDatabaseUrl("postgres://db/x")).toBe(true);
  });
});

describe("lib/env's DATABASE_URL", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function freshEnv(databaseUrl: string | undefined) {
    vi.resetModules();
    vi.stubEnv("DATABASE_URL", databaseUrl);
    return (await import("../env")).getEnv;
  }

  it("defaults to the SQLite file and accepts a PostgreSQL server", async () => {
    expect((await freshEnv(undefined))().DATABASE_URL).toBe("file:./.data/convergence.db");
    expect((await freshEnv("postgresql://app@db:5432/convergence"))().DATABASE_URL).toBe("postgresql://app@db:5432/convergence");
  });

  it("refuses a URL of another database at start-up", async () => {
    expect(await freshEnv("mysql://app@db/convergence")).toThrow(/DATABASE_URL must be a SQLite file: URL or a postgresql:\/\/ URL/);
  });
});

describe("createPrismaClient (the client and driver chosen by the URL)", () => {
  it("gives the PostgreSQL client for a postgresql:// URL and the SQLite client for file:, connecting to neither yet", async () => {
    const { createPrismaClient } = await import("./client");
    // The generated client records the provider it was generated for (Prisma's own field).
    const providerOf = (client: object) => (client as { _activeProvider?: string })._activeProvider;
    // Nothing listens on port 1: constructing must not connect (the pool connects on first query).
    const postgresql = createPrismaClient("postgresql://nobody@127.0.0.1:1/convergence");
    expect(providerOf(postgresql)).toBe("postgresql");
    const failure = await postgresql.user.count().then(
      () => "connected",
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(failure).toMatch(/ECONNREFUSED|reach database server|connect/i);
    await postgresql.$disconnect();

    const dir = mkdtempSync(join(tmpdir(), "cv-client-"));
    const sqlite = createPrismaClient(`file:${join(dir, "choice.db")}`);
    expect(providerOf(sqlite)).toBe("sqlite");
    expect(await sqlite.$queryRaw`SELECT sqlite_version() AS version`).toHaveLength(1);
    await sqlite.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses an unknown scheme instead of falling back to SQLite", async () => {
    const { createPrismaClient } = await import("./client");
    expect(() => createPrismaClient("mysql://app@db/convergence")).toThrow(/got mysql:/);
  });
});
