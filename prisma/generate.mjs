// Runs `prisma generate` offline. Generation never executes the schema engine,
// but the CLI insists on locating one, so we point it at an empty placeholder.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const placeholder = join(mkdtempSync(join(tmpdir(), "prisma-engine-")), "schema-engine");
writeFileSync(placeholder, "");
const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
