// Creates and drops throw-away PostgreSQL databases for the test suites (integration files and
// the e2e server), on the server named by TEST_DATABASE_URL. The callers are synchronous
// (useFreshTestDatabase runs before a test file's imports), so they run this file as a child:
//
//   POSTGRESQL_SERVER_URL=<url> tsx tests/support/postgresql-admin.ts create <name> [--migrate]
//   POSTGRESQL_SERVER_URL=<url> tsx tests/support/postgresql-admin.ts drop <name>
//
// The server URL travels in the environment, not the arguments, so no password shows in `ps`.
// No import.meta: Playwright loads app-server.ts, which imports this, as CommonJS.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import pg from "pg";
import { applyPostgresqlMigrations } from "../../prisma/migrator-postgresql";

const NAME = /^[a-z][a-z0-9_]{0,62}$/;

/** The URL of database `name` on the server of `serverUrl` (same user, password, host and options). */
export function postgresqlDatabaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createPostgresqlDatabase(serverUrl: string, name: string, migrate: boolean): Promise<void> {
  if (!NAME.test(name)) throw new Error(`Not a safe database name: ${name}`);
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  if (migrate) {
    await applyPostgresqlMigrations({
      connectionString: postgresqlDatabaseUrl(serverUrl, name),
      migrationsDir: join(__dirname, "../../prisma/migrations-postgresql"),
    });
  }
}

/** Drops the database, ending any session still connected to it (PostgreSQL 13+). */
export async function dropPostgresqlDatabase(serverUrl: string, name: string): Promise<void> {
  if (!NAME.test(name)) throw new Error(`Not a safe database name: ${name}`);
  await admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Runs this file as a child and waits for it: the synchronous form of the two functions above. */
export function runPostgresqlAdminSync(serverUrl: string, command: "create" | "create-migrated" | "drop", name: string): void {
  const args = command === "create-migrated" ? ["create", name, "--migrate"] : [command, name];
  const projectRoot = resolve(__dirname, "../..");
  const result = spawnSync(join(projectRoot, "node_modules", ".bin", "tsx"), [__filename, ...args], {
    cwd: projectRoot,
    env: { ...process.env, POSTGRESQL_SERVER_URL: serverUrl },
    encoding: "utf8",
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new Error(`PostgreSQL ${command} ${name} failed: ${result.error?.message ?? ""}${result.stderr}${result.stdout}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const serverUrl = process.env.POSTGRESQL_SERVER_URL;
  const [command, name, flag] = argv;
  if (!serverUrl || !name || (command !== "create" && command !== "drop")) {
    throw new Error("usage: POSTGRESQL_SERVER_URL=<url> tsx tests/support/postgresql-admin.ts create|drop <name> [--migrate]");
  }
  if (command === "create") await createPostgresqlDatabase(serverUrl, name, flag === "--migrate");
  else await dropPostgresqlDatabase(serverUrl, name);
}

// Run only as a script, not when imported.
if (process.argv[1] && resolve(process.argv[1]) === __filename) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
