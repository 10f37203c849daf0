import { COMMON_PASSWORDS } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 8;
/** Long passphrases are welcome; the cap only bounds the hashing work per request. */
export const PASSWORD_MAX_LENGTH = 256;

const COMMON = new Set(COMMON_PASSWORDS);

/** Why a new password is refused, or null when it is acceptable (NIST 800-63B style: length, blocklist, no email). */
export function findPasswordProblem(password: string, email = ""): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters`;
  const normalized = password.trim().toLowerCase();
  if (COMMON.has(normalized)) return "This password is one of the most common ones; choose another";
  const normalizedEmail = email.trim().toLowerCase();
  if (normalizedEmail !== "" && (normalized === normalizedEmail || normalized === normalizedEmail.split("@")[0])) {
    return "Your password must not be your email address";
  }
  return null;
}
