// The PostgreSQL schema is derived from prisma/schema.prisma (the source of truth, SQLite):
// the same models, with only the datasource's provider and the client's output folder changed.
// Used by prisma/generate.mjs (the second client) and prisma/diff.ts (the second migrations
// folder); see docs/decisions/008-postgresql.md.

/** Where the PostgreSQL client is generated, relative to the project's root. */
export const POSTGRESQL_CLIENT_DIR = "lib/generated/prisma-pg";

/**
 * Returns the PostgreSQL variant of a SQLite schema. `clientOutput` is the generator's output
 * as seen from wherever the derived schema is written. Throws when the schema does not have
 * exactly one `provider = "sqlite"` datasource and one `output = "..."` generator line, so a
 * reshaped schema cannot silently yield a wrong derivation.
 * @param {string} sqliteSchema
 * @param {string} clientOutput
 * @returns {string}
 */
export function derivePostgresqlSchema(sqliteSchema, clientOutput) {
  const provider = /^(\s*provider\s*=\s*)"sqlite"\s*$/gm;
  const output = /^(\s*output\s*=\s*)"[^"]*"\s*$/gm;
  const providers = sqliteSchema.match(provider) ?? [];
  const outputs = sqliteSchema.match(output) ?? [];
  if (providers.length !== 1) throw new Error(`Expected one provider = "sqlite" line in the schema, found ${providers.length}`);
  if (outputs.length !== 1) throw new Error(`Expected one generator output line in the schema, found ${outputs.length}`);
  return sqliteSchema
    .replace(provider, '$1"postgresql"')
    .replace(output, (_line, prefix) => `${prefix}${JSON.stringify(clientOutput)}`);
}
