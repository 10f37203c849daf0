/** The two databases Convergence runs on, told apart by DATABASE_URL's scheme (docs/decisions/008). */
export type DatabaseKind = "sqlite" | "postgresql";

/**
 * `file:` is the embedded SQLite default; `postgresql://` and `postgres://` (the two spellings
 * PostgreSQL's own libpq accepts) are a PostgreSQL server. Anything else is refused, so a typo
 * cannot fall through to the wrong database.
 */
export function databaseKindOf(databaseUrl: string): DatabaseKind {
  if (databaseUrl.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\/./i.test(databaseUrl)) return "postgresql";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(databaseUrl)?.[1];
  throw new Error(
    `DATABASE_URL must be a SQLite file: URL or a postgresql:// URL${scheme ? ` (got ${scheme}:)` : ""}`,
  );
}

/** Whether the URL names a database Convergence can use, without throwing. */
export function isSupportedDatabaseUrl(databaseUrl: string): boolean {
  try {
    databaseKindOf(databaseUrl);
    return true;
  } catch {
    return false;
  }
}
