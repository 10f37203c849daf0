// Browser-side calls to the auth endpoints. No next-auth/react: two fetches are all we need,
// and we navigate ourselves instead of trusting a configured base URL.

export type FieldErrors = Record<string, string>;

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string; fields: FieldErrors };

/** POSTs JSON and returns the body, or the API's error message and field errors. */
export async function postJson<T>(url: string, body: unknown): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
    });
    const data = (await response.json().catch(() => ({}))) as { error?: { message?: string; fields?: FieldErrors } };
    if (response.ok) return { ok: true, data: data as T };
    return {
      ok: false,
      status: response.status,
      message: data.error?.message ?? "Something went wrong. Please try again.",
      fields: data.error?.fields ?? {},
    };
  } catch {
    return { ok: false, status: 0, message: "We could not reach the server. Check your connection and try again.", fields: {} };
  }
}

async function csrfToken(): Promise<string> {
  const response = await fetch("/api/auth/csrf", { headers: { accept: "application/json" } });
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/**
 * Signs in through next-auth's credentials callback. A 400 names the empty or malformed fields
 * (checked by the server before any lookup); a 429 carries the wait in seconds; any other failure
 * is the one generic message, which never says whether the account exists.
 */
export async function signInWithPassword(
  email: string,
  password: string,
): Promise<{ ok: true } | { ok: false; message: string; fields: FieldErrors }> {
  try {
    const body = new URLSearchParams({ email, password, csrfToken: await csrfToken(), json: "true" });
    const response = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
    });
    if (response.status === 429) {
      const wait = Number(response.headers.get("retry-after") ?? "60");
      return { ok: false, message: `Too many attempts. Wait ${wait} seconds, then try again.`, fields: {} };
    }
    if (response.status === 400) {
      const refused = (await response.json().catch(() => ({}))) as { error?: { message?: string; fields?: FieldErrors } };
      return { ok: false, message: refused.error?.message ?? "Check the email and password.", fields: refused.error?.fields ?? {} };
    }
    const data = (await response.json().catch(() => ({}))) as { url?: string };
    const hasError = !data.url || new URL(data.url, window.location.href).searchParams.has("error");
    return hasError ? { ok: false, message: "Incorrect email or password.", fields: {} } : { ok: true };
  } catch {
    return { ok: false, message: "We could not reach the server. Check your connection and try again.", fields: {} };
  }
}

/** Signs out through next-auth, which also revokes every token of this account (sessionVersion). */
export async function signOut(): Promise<void> {
  const body = new URLSearchParams({ csrfToken: await csrfToken(), json: "true" });
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body,
  });
}

/** Whether `raw` is a same-site path (not "//host" or "/\\host", which browsers treat as another site). */
function isSameSitePath(raw: string | null | undefined): raw is string {
  return Boolean(raw && raw.startsWith("/") && !raw.startsWith("//") && !raw.startsWith("/\\"));
}

/** A same-site path to go to after signing in; anything else falls back to `fallback` (the workspace). */
export function safeNextPath(raw: string | null | undefined, fallback = "/workspace"): string {
  return isSameSitePath(raw) ? raw : fallback;
}

/**
 * Where to go once signed in: `next` when it is a same-site path, else the account's start page
 * from the session (a consultant's clients, everyone else's workspace).
 */
export async function pathAfterSignIn(next: string | null | undefined): Promise<string> {
  if (isSameSitePath(next)) return next;
  try {
    const response = await fetch("/api/auth/session", { headers: { accept: "application/json" } });
    const home = ((await response.json()) as { home?: string }).home;
    return safeNextPath(home);
  } catch {
    return "/workspace";
  }
}
