// Drives next-auth's route handler (app/api/auth/[...nextauth]/route.ts) in-process, as a browser on
// 127.0.0.1:3100 would call it. Import ./next-request-scope first in the test file, as for any route.
import { NextRequest } from "next/server";
import { inRequestScope } from "./next-request-scope";

export const AUTH_ORIGIN = "http://127.0.0.1:3100";

type Handler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

export interface AuthCallInit {
  query?: string;
  cookie?: string;
  contentType?: string;
  body?: string;
}

/** A caller for the handler, each request from the address `addressOf()` gives, and the CSRF token next-auth issues. */
export function nextAuthCaller(route: { GET: Handler; POST: Handler }, addressOf: () => string) {
  function call(method: "GET" | "POST", segments: string[], init: AuthCallInit = {}): Promise<Response> {
    const headers = new Headers({ host: "127.0.0.1:3100", "x-forwarded-for": addressOf() });
    if (init.cookie) headers.set("cookie", init.cookie);
    if (init.contentType) headers.set("content-type", init.contentType);
    const url = `${AUTH_ORIGIN}/api/auth/${segments.join("/")}${init.query ?? ""}`;
    const request = new NextRequest(url, { method, headers, ...(method === "POST" ? { body: init.body } : {}) });
    const context = { params: Promise.resolve({ nextauth: segments }) };
    return inRequestScope("/api/auth/[...nextauth]", request, () => (method === "GET" ? route.GET(request, context) : route.POST(request, context)));
  }

  /** The CSRF token and its cookie ("name=value"), as the sign-in form sends them. */
  async function fetchCsrf(): Promise<{ token: string; cookie: string }> {
    const response = await call("GET", ["csrf"]);
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const cookie = response.headers.getSetCookie().find((c) => c.includes("csrf-token="))!;
    return { token: csrfToken, cookie: cookie.split(";")[0]! };
  }

  return { call, fetchCsrf };
}
