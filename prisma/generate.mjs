// Runs `prisma generate` offline, twice: the SQLite client from prisma/schema.prisma, and the
// PostgreSQL client from a schema derived from it (prisma/postgresql-schema.mjs). Generation
// never executes the schema engine, but the CLI insists on locating one, so we point it at an
// empty placeholder.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { POSTGRESQL_CLIENT_DIR, derivePostgresqlSchema } from "./postgresql-schema.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const placeholder = join(mkdtempSync(join(tmpdir(), "prisma-engine-")), "schema-engine");
writeFileSync(placeholder, "");

// The derived schema is a build product, like the clients: it lives in git-ignored lib/generated.
const derivedDir = join(root, "lib", "generated", "postgresql");
const derivedSchema = join(derivedDir, "schema.prisma");
mkdirSync(derivedDir, { recursive: true });
writeFileSync(
  derivedSchema,
  derivePostgresqlSchema(
    readFileSync(join(root, "prisma", "schema.prisma"), "utf8"),
    relative(derivedDir, join(root, POSTGRESQL_CLIENT_DIR)),
  ),
);

for (const schema of [join(root, "prisma", "schema.prisma"), derivedSchema]) {
  const result = spawnSync("npx", ["prisma", "generate", "--schema", schema], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
