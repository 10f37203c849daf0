/**
 * The client's address for rate limiting: the first X-Forwarded-For entry (Next's server sets it
 * from the socket when no proxy did), else X-Real-IP, else "unknown". Deploy behind a proxy that
 * overwrites X-Forwarded-For; see docs/decisions/005-authentication.md.
 */
export function clientAddressOf(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip")?.trim() || "unknown").slice(0, 64);
}

/** The origin the browser used (for links in emails): the Host header, and https only when a proxy says so. */
export function requestOriginOf(request: Request): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return new URL(request.url).origin;
  const protocol = request.headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${protocol}://${host}`;
}
