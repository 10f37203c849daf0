// Runs before every page and route handler: a fresh CSP nonce per request, the security headers,
// and the refusal (403) of writes that come from another site. Rules: lib/security/policy.ts.
// The production server answers anonymous answers itself, with the same rules (lib/server/answer-fast-path.ts).
import { NextResponse, type NextRequest } from "next/server";
import { CROSS_SITE_REFUSAL, isCrossSiteWrite, newCspNonce, responseSecurityHeaders, securityHeaders } from "@/lib/security/policy";

export function proxy(request: NextRequest) {
  const isProduction = process.env.NODE_ENV === "production";

  if (
    isCrossSiteWrite({
      method: request.method,
      origin: request.headers.get("origin"),
      secFetchSite: request.headers.get("sec-fetch-site"),
      ownHosts: [request.headers.get("host"), request.headers.get("x-forwarded-host")].filter((h): h is string => Boolean(h)),
    })
  ) {
    const refused = NextResponse.json(CROSS_SITE_REFUSAL, { status: 403 });
    for (const [name, value] of Object.entries(securityHeaders({ isProduction }))) refused.headers.set(name, value);
    return refused;
  }

  const nonce = newCspNonce();
  const headers = responseSecurityHeaders(nonce, { isProduction });
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"] ?? "");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static files (which carry no user data and are cached by hash).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
