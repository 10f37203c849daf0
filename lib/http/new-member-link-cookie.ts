import "server-only";

/*
 * A member invite's raw token is shown to the owner who created it once and never stored. After
 * the plain form post that creates it, the token reaches the members page in this cookie rather
 * than in the URL (so it stays out of history, logs and Referer headers): HttpOnly,
 * SameSite=Strict, scoped to the members page, five minutes. The page shows the link only while
 * the invite still works and only to someone who may manage the organisation's members.
 */

export const NEW_MEMBER_LINK_COOKIE = "cv_new_member_link";
const MAX_AGE_SECONDS = 5 * 60;

/** The members page of an organisation. */
export function membersPathOf(organizationId: string): string {
  return `/workspace/members?org=${encodeURIComponent(organizationId)}`;
}

/** The Set-Cookie value that hands a new invite's token to the members page. */
export function newMemberLinkCookieFor(request: Request, token: string): string {
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return `${NEW_MEMBER_LINK_COOKIE}=${token}; Path=/workspace/members; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict${secure}`;
}
