// Runs before every page and route handler: a fresh CSP nonce per request, the security headers,
// and the refusal (403) of writes that come from another site. Rules: lib/security/policy.ts.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isCrossSiteWrite, securityHeaders } from "@/lib/security/policy";

export function proxy(request: NextRequest) {
  const isProduction = process.env.NODE_ENV === "production";
  const headers = securityHeaders({ isProduction });

  if (
    isCrossSiteWrite({
      method: request.method,
      origin: request.headers.get("origin"),
      secFetchSite: request.headers.get("sec-fetch-site"),
      ownHosts: [request.headers.get("host"), request.headers.get("x-forwarded-host")].filter((h): h is string => Boolean(h)),
    })
  ) {
    const refused = NextResponse.json(
      { error: { code: "cross_site_request", message: "This request came from another site and was refused" } },
      { status: 403 },
    );
    for (const [name, value] of Object.entries(headers)) refused.headers.set(name, value);
    return refused;
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, { isDevelopment: !isProduction });
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static files (which carry no user data and are cached by hash).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
