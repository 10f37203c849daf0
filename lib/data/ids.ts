import "server-only";
import { randomBytes } from "node:crypto";

/** A new unguessable id: 18 random bytes (144 bits), base64url. */
export function createUnguessableId(): string {
  return randomBytes(18).toString("base64url");
}
