import "server-only";

/*
 * A respondent link's raw token is shown to its creator once and never stored. After the plain
 * form post that creates it, the token travels to the round page in this cookie rather than in
 * the URL, so it stays out of browser history, server logs and Referer headers. The cookie is
 * HttpOnly, SameSite=Strict, scoped to that round's page and lives five minutes; the page shows
 * the link only while it still works and only to someone who may run the round's assessments.
 */

export const NEW_LINK_COOKIE = "cv_new_link";
const NEW_LINK_MAX_AGE_SECONDS = 5 * 60;

/** The round page's path. */
export function roundPathOf(roundId: string): string {
  return `/rounds/${roundId}`;
}

/** Where a respondent opens a link. */
export function respondPathOf(token: string): string {
  return `/respond/${token}`;
}

/** The Set-Cookie value that hands a new link's token to its round page. */
export function newLinkCookieFor(request: Request, roundId: string, token: string): string {
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return `${NEW_LINK_COOKIE}=${token}; Path=${roundPathOf(roundId)}; Max-Age=${NEW_LINK_MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict${secure}`;
}
