import "server-only";
import { HttpError, jsonError, parseInput } from "@/lib/http/api";
import { readCookie } from "@/lib/http/cookies";
import { signInSchema } from "@/lib/validation/auth";

/** next-auth's callback-url cookie, under its secure and plain names. */
const CALLBACK_URL_COOKIES = ["__Secure-next-auth.callback-url", "next-auth.callback-url"];

/** next-auth's own test for a callbackUrl (core/lib/assert.js): an http(s) URL, or a path on this site. */
function isHttpUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * Requests that next-auth answers with a 500 (or by throwing) although the caller is at fault:
 * a path segment that is not a plain word; a callbackUrl, in the query or its cookie, that is not
 * an http(s) address; an error code that is not a plain word; a GET to the
 * credentials callback, which only takes the sign-in form's POST; a JSON body that is not JSON.
 * Returns the 4xx to send instead, or null to let next-auth answer.
 */
export async function refuseMalformedAuthRequest(request: Request, segments: readonly string[]): Promise<Response | null> {
  // next-auth's actions and provider ids are plain words; it copies a segment into headers, where a
  // character beyond Latin-1 (a zero-width space, say) throws.
  if (!segments.every((segment) => /^[A-Za-z0-9_-]{1,64}$/.test(segment))) return jsonError(404, "not_found", "Not found");
  const url = new URL(request.url);
  const callbackUrls = [url.searchParams.get("callbackUrl"), ...CALLBACK_URL_COOKIES.map((name) => readCookie(request, name))];
  if (callbackUrls.some((value) => value && !isHttpUrl(value, url.origin))) {
    return jsonError(400, "invalid_callback_url", "The page to return to is not a web address");
  }
  // next-auth copies ?error= unencoded into the Location of its redirect to the sign-in page, and
  // a character beyond Latin-1 there makes the response itself throw. Its codes are plain words.
  const error = url.searchParams.get("error");
  if (error !== null && !/^[A-Za-z0-9_-]{0,64}$/.test(error)) return jsonError(400, "invalid_error_code", "Unknown error code");
  if (request.method === "GET" && segments[0] === "callback" && segments[1] === "credentials") {
    const refused = jsonError(405, "method_not_allowed", "Sign in with the sign-in form");
    refused.headers.set("Allow", "POST");
    return refused;
  }
  if (request.method === "POST" && (request.headers.get("content-type") ?? "").includes("application/json")) {
    try {
      JSON.parse(await request.clone().text());
    } catch {
      return jsonError(400, "invalid_json", "The request body is not valid JSON");
    }
  }
  return null;
}

/** The email and password as next-auth will read them: a urlencoded form (the sign-in form) or JSON. */
async function readCredentials(request: Request): Promise<{ email?: unknown; password?: unknown }> {
  const copy = request.clone();
  if ((request.headers.get("content-type") ?? "").includes("application/json")) {
    const body: unknown = await copy.json().catch(() => null);
    if (typeof body !== "object" || body === null) return {};
    const { email, password } = body as Record<string, unknown>;
    return { email, password };
  }
  const form = await copy.formData().catch(() => null);
  return { email: form?.get("email") ?? undefined, password: form?.get("password") ?? undefined };
}

/**
 * The credentials sign-in's fields, checked with the sign-in schema before next-auth, any lookup
 * or the rate limit: the email (as typed, for the limiter's key) when both are well formed, else
 * the 400 naming each empty or malformed field. next-auth itself could only say "incorrect".
 */
export async function checkCredentialsForm(request: Request): Promise<{ email: string } | Response> {
  const credentials = await readCredentials(request);
  try {
    parseInput(signInSchema, credentials);
  } catch (error) {
    if (error instanceof HttpError) return jsonError(error.status, error.code, error.message, error.extra);
    throw error;
  }
  return { email: typeof credentials.email === "string" ? credentials.email : "" };
}
