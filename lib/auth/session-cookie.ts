/** The part of next-auth's session cookie name common to all its forms (__Secure- prefixed, split into .0, .1…). */
const SESSION_COOKIE = "next-auth.session-token";

/** Whether a cookie by this name may hold a session: without one nobody is signed in, and next-auth need not be asked. */
export function isSessionCookieName(name: string): boolean {
  return name.includes(SESSION_COOKIE);
}

/** Whether a Cookie header carries a session cookie. */
export function hasSessionCookie(cookieHeader: string | null | undefined): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((part) => isSessionCookieName(part.split("=", 1)[0]?.trim() ?? ""));
}
