import { z } from "zod";
import { isSupportedDatabaseUrl } from "./db/database-url";

/** The default embedded database: a SQLite file in a git-ignored folder. */
export const DEFAULT_DATABASE_URL = "file:./.data/convergence.db";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .default(DEFAULT_DATABASE_URL)
    // A SQLite file (the embedded default) or a PostgreSQL server (docs/decisions/008-postgresql.md).
    .refine(isSupportedDatabaseUrl, {
      message: "DATABASE_URL must be a SQLite file: URL or a postgresql:// URL",
    }),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Signs session tokens. Optional: without it one is generated into AUTH_SECRET_FILE (lib/auth/secret.ts). */
  NEXTAUTH_SECRET: z.string().min(32, { message: "NEXTAUTH_SECRET must be at least 32 characters" }).optional(),
  AUTH_SECRET_FILE: z.string().trim().min(1).default(".data/auth-secret"),
  /** The public URL; optional, the request's host is trusted when absent (see docs/decisions/005). */
  NEXTAUTH_URL: z.url().optional(),
  /** "1" numbers every SQL statement on stdout (`npm run bench` counts them per request); off by default. */
  CONVERGENCE_COUNT_QUERIES: z.enum(["0", "1"]).default("0").transform((value) => value === "1"),
  /** Outgoing mail server, smtp://user:pass@host:port (smtps:// for TLS); without it emails stay in the outbox table. */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "SMTP_URL must look like smtp://user:pass@host:port" })
    .optional(),
  /** The sender of every email, e.g. "Convergence <no-reply@example.com>". */
  MAIL_FROM: z.string().trim().min(3).default("Convergence <no-reply@localhost>"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Reads and validates the environment once; the only reader of process.env in the app. */
export function getEnv(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${issues}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/**
 * next-auth 4 reads these two switches from process.env itself. Without NEXTAUTH_URL we let it
 * take the host from the request (Next sets x-forwarded-host), so any host and port works.
 */
export function configureNextAuthEnvironment(): void {
  if (!getEnv().NEXTAUTH_URL) process.env.AUTH_TRUST_HOST = "true";
}
