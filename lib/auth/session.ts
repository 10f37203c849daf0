import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";
import { getAuthOptions } from "@/lib/auth/options";
import { isSessionCookieName } from "@/lib/auth/session-cookie";
import { findSessionUser, type SessionUser } from "@/lib/data/users";
import { HttpError } from "@/lib/http/api";

/**
 * The signed-in caller, or null; re-checks the token's sessionVersion against the database.
 * Memoised per server render (React cache), so the layout and the page share one lookup.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // No session cookie (next-auth's name, maybe __Secure- prefixed or split into .0, .1…): nobody is
  // signed in, and next-auth need not be asked. Most requests of a respondent answering take this path.
  if (!(await cookies()).getAll().some((cookie) => isSessionCookieName(cookie.name))) return null;
  const session = (await getServerSession(getAuthOptions())) as { user?: { id?: string }; sessionVersion?: number } | null;
  const userId = session?.user?.id;
  if (!userId || typeof session?.sessionVersion !== "number") return null;
  return findSessionUser(userId, session.sessionVersion);
});

/** For route handlers: the signed-in caller, or a 401. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new HttpError(401, "unauthenticated", "Sign in to do this");
  return user;
}
