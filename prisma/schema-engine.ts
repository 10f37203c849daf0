// Prisma's own schema engine, compiled to wasm (@prisma/schema-engine-wasm, pinned to the CLI's
// engine hash), loaded once for prisma/diff.ts and prisma/postgresql-migrations.ts.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
// The package's main entry imports the .wasm file as an ES module, which Node 20
// cannot do; the "_bg" entry is the same glue without that import.
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";

export type DiffSide = Parameters<engineGlue.SchemaEngine["diff"]>[0]["from"];

let engineClass: Promise<typeof engineGlue.SchemaEngine> | undefined;

/** Instantiates the wasm module once, by hand (see the import comment above). */
function loadEngine(): Promise<typeof engineGlue.SchemaEngine> {
  engineClass ??= (async () => {
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasm = readFileSync(join(dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(wasm, { "./schema_engine_bg.js": engineGlue });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    engineGlue.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return engineGlue.SchemaEngine;
  })();
  return engineClass;
}

/** The SQL that takes `from` to `to` ("" when they agree), as `prisma migrate diff --script` prints it. */
export async function engineDiff(
  schema: string,
  factory: SqlMigrationAwareDriverAdapterFactory,
  from: DiffSide,
  to: DiffSide,
): Promise<string> {
  const SchemaEngine = await loadEngine();
  const engine = await SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    () => {}, // engine log lines; failures come back as rejections
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    const result = await engine.diff({
      from,
      to,
      script: true,
      exitCode: true, // 2 when the diff is not empty
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.exitCode === 0 ? "" : (result.stdout ?? "");
  } finally {
    engine.free();
  }
}
