// GET/POST /api/auth/* – next-auth (csrf, session, credentials sign-in, sign-out); credentials sign-in is rate-limited
import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";
import { checkSignInRateLimit, clearSignInFailures, recordFailedSignIn } from "@/lib/data/rate-limit";
import { clientAddressOf } from "@/lib/http/client-address";
import { jsonError } from "@/lib/http/api";
import { recordRequestEvent } from "@/lib/http/audit";
import { checkCredentialsForm, refuseMalformedAuthRequest } from "@/lib/http/next-auth-guard";

type Context = { params: Promise<{ nextauth: string[] }> };

function nextAuth(request: Request, context: Context): Promise<Response> {
  return NextAuth(getAuthOptions())(request, context) as Promise<Response>;
}

/** next-auth sets a non-empty session cookie only when the sign-in succeeded. */
function setsSessionCookie(response: Response): boolean {
  return response.headers.getSetCookie().some((cookie) => /session-token=[^;]+/.test(cookie));
}

export async function GET(request: Request, context: Context): Promise<Response> {
  return (await refuseMalformedAuthRequest(request, (await context.params).nextauth)) ?? nextAuth(request, context);
}

// next-auth's authorize() cannot answer 429, so the limiter wraps the credentials callback here.
export async function POST(request: Request, context: Context): Promise<Response> {
  const segments = (await context.params).nextauth;
  const refused = await refuseMalformedAuthRequest(request, segments);
  if (refused) return refused;
  if (segments.join("/") !== "callback/credentials") return nextAuth(request, context);

  // An empty or malformed field is the form's mistake, not a wrong guess: a 400 before any lookup or count.
  const credentials = await checkCredentialsForm(request);
  if (credentials instanceof Response) return credentials;
  const attempt = { email: credentials.email, address: clientAddressOf(request.headers) };
  const decision = await checkSignInRateLimit(attempt);
  if (!decision.isAllowed) {
    if (decision.isFirstRefusal) {
      await recordRequestEvent(request, { action: "rate_limited", outcome: "denied", detail: { limit: decision.limits.join(","), path: "/api/auth/callback/credentials" } });
    }
    const response = jsonError(429, "too_many_attempts", "Too many sign-in attempts. Wait a minute and try again.", {
      retryAfterSeconds: decision.retryAfterSeconds,
    });
    response.headers.set("Retry-After", String(decision.retryAfterSeconds));
    return response;
  }
  const response = await nextAuth(request, context);
  if (setsSessionCookie(response)) await clearSignInFailures(attempt);
  else await recordFailedSignIn(attempt);
  return response;
}
