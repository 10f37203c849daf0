import "server-only";
import { createUnguessableId } from "@/lib/data/ids";
import { readCookie } from "@/lib/http/cookies";
import { BROWSER_KEY_COOKIE } from "@/lib/http/paths";

/*
 * The browser's own key (cookie cv_browser): an assessment started in a browser remembers it, so
 * that browser keeps reaching the assessment after it is saved to an organisation (a respondent
 * answering by invite link has no account: the cookie is how they get back to their answers).
 */

/** What a browser key looks like: a createUnguessableId() value. Anything else is replaced. */
const BROWSER_KEY_PATTERN = /^[A-Za-z0-9_-]{24}$/;

/** Kept for about 400 days, the longest lifetime browsers honour. */
const BROWSER_KEY_MAX_AGE_SECONDS = 60 * 60 * 24 * 400;

export interface BrowserKey {
  browserKey: string;
  /** A Set-Cookie value when the browser had no (valid) key yet; null when it already has one. */
  setCookie: string | null;
}

/** A cookie's value when it looks like a browser key; null for anything else (a forged or mangled cookie). */
export function wellFormedBrowserKey(value: string | null | undefined): string | null {
  return value && BROWSER_KEY_PATTERN.test(value) ? value : null;
}

/** The calling browser's key from its cookie, when it has a well-formed one; null otherwise. */
export function browserKeyOf(request: { headers: Pick<Headers, "get"> }): string | null {
  return wellFormedBrowserKey(readCookie(request, BROWSER_KEY_COOKIE));
}

/** The calling browser's key, or a new one with the Set-Cookie header that gives it to the browser. */
export function browserKeyFor(request: Request): BrowserKey {
  const existing = browserKeyOf(request);
  if (existing) return { browserKey: existing, setCookie: null };
  const browserKey = createUnguessableId();
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return {
    browserKey,
    setCookie: `${BROWSER_KEY_COOKIE}=${browserKey}; Path=/; Max-Age=${BROWSER_KEY_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`,
  };
}

/** Adds the browser-key cookie to a response when the browser needs one; returns the response. */
export function withBrowserKey(response: Response, key: BrowserKey): Response {
  if (key.setCookie) response.headers.append("Set-Cookie", key.setCookie);
  return response;
}
