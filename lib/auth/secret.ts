import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { getEnv } from "@/lib/env";

let cached: string | undefined;

/**
 * The secret that signs session tokens: NEXTAUTH_SECRET, or else one generated on first start
 * and kept in the git-ignored AUTH_SECRET_FILE, so sessions survive restarts with zero setup.
 */
export function getAuthSecret(): string {
  if (cached) return cached;
  const env = getEnv();
  if (env.NEXTAUTH_SECRET) return (cached = env.NEXTAUTH_SECRET);
  const file = resolve(/* turbopackIgnore: true */ process.cwd(), env.AUTH_SECRET_FILE);
  try {
    cached = readFileSync(file, "utf8").trim();
    if (cached.length >= 32) return cached;
  } catch {
    // Not there yet: create it below.
  }
  mkdirSync(dirname(file), { recursive: true });
  try {
    // "wx": when several processes start at once, only the first writes; the others read its secret.
    writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  cached = readFileSync(file, "utf8").trim();
  return cached;
}
