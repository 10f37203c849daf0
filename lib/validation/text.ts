/*
 * A rule for every text that is stored: no NUL character (U+0000). PostgreSQL text cannot hold
 * one, SQLite would keep it silently, and no person types it. parseInput (lib/http/api.ts) applies
 * it to whatever a schema accepted, so no schema can forget it.
 */

export const NUL_CHARACTER_MESSAGE = "Remove the invisible control character from this text";

/** The path (keys joined with ".", "_" for the value itself) of the first string holding a NUL, or null. */
export function pathOfNulCharacter(value: unknown, path: readonly string[] = []): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? (path.length > 0 ? path.join(".") : "_") : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = pathOfNulCharacter(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = pathOfNulCharacter(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}
