// Route handlers read the session through next-auth, which needs a live request's cookies.
// Integration tests replace lib/auth/session with this module:
//
//   vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());
//
// and choose the caller with `signInAs(userId)` / `signOut()`. The session-version check against
// the database stays real.
import { db } from "@/lib/db";
import { findSessionUser } from "@/lib/data/users";
import { HttpError } from "@/lib/http/api";

const signedIn: { userId: string | null; sessionVersion: number } = { userId: null, sessionVersion: 0 };

/** Signs in as a user with their current session version (a fresh sign-in). */
export async function signInAs(userId: string): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  Object.assign(signedIn, { userId, sessionVersion: user.sessionVersion });
}

/** Keeps presenting a token of this session version (a copied cookie after sign-out, say). */
export function presentToken(userId: string, sessionVersion: number): void {
  Object.assign(signedIn, { userId, sessionVersion });
}

export function signOut(): void {
  Object.assign(signedIn, { userId: null, sessionVersion: 0 });
}

export function sessionModule() {
  const getCurrentUser = async () => (signedIn.userId ? findSessionUser(signedIn.userId, signedIn.sessionVersion) : null);
  return {
    getCurrentUser,
    requireUser: async () => {
      const user = await getCurrentUser();
      if (!user) throw new HttpError(401, "unauthenticated", "Sign in to do this");
      return user;
    },
  };
}
