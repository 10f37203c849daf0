// The bench's HTTP client: fetch with a cookie jar, so the browser key ties a GenAI
// result to the same "browser's" diagnostic, as it does in a real browser.

/** A cookie-keeping fetch client for the bench scripts. */
export class BenchClient {
  readonly cookies = new Map<string, string>();
  /** Sent as X-Forwarded-For when set: the address the app's per-address rate limits count this client under. */
  forwardedFor: string | null = null;

  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 60_000,
  ) {}

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { Accept: "application/json, text/html;q=0.9" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    return this.send(method, path, headers, body === undefined ? undefined : JSON.stringify(body));
  }

  /** POSTs a form (as next-auth's credentials callback wants it), keeping the cookies it sets. */
  async postForm(path: string, fields: Record<string, string>): Promise<Response> {
    return this.send("POST", path, { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" }, new URLSearchParams(fields).toString());
  }

  private async send(method: string, path: string, headers: Record<string, string>, body: string | undefined): Promise<Response> {
    if (this.forwardedFor) headers["X-Forwarded-For"] = this.forwardedFor;
    if (this.cookies.size > 0) {
      headers.Cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    }
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const separator = pair.indexOf("=");
      if (separator > 0) this.cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
    }
    return response;
  }

  async json<T>(method: string, path: string, body: unknown, expectedStatus: number): Promise<T> {
    const response = await this.request(method, path, body);
    const text = await response.text();
    if (response.status !== expectedStatus) {
      throw new Error(`${method} ${path} answered ${response.status}, expected ${expectedStatus}: ${text.slice(0, 300)}`);
    }
    return JSON.parse(text) as T;
  }

  async page(path: string, expectedStatus: number): Promise<string> {
    const response = await this.request("GET", path);
    const html = await response.text();
    if (response.status !== expectedStatus) {
      throw new Error(`GET ${path} answered ${response.status}, expected ${expectedStatus}`);
    }
    return html;
  }

  /** Sends a request and fails unless it answers the expected status. */
  async expect(method: string, path: string, body: unknown, status: number): Promise<Response> {
    const response = await this.request(method, path, body);
    if (response.status !== status) {
      throw new Error(`${method} ${path} answered ${response.status}, expected ${status}: ${(await response.text()).slice(0, 300)}`);
    }
    return response;
  }
}

/** Creates an account through the API and signs the client in through next-auth (csrf token, then the credentials callback). */
export async function signUpAndSignIn(
  client: BenchClient,
  account: { organizationName: string; accountType: "company" | "practice"; industry: string; sizeBand: string },
): Promise<string> {
  const email = `bench-${account.accountType}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const password = "a long bench passphrase";
  await client.json("POST", "/api/account/sign-up", { email, password, ...account }, 201);
  const { csrfToken } = await client.json<{ csrfToken: string }>("GET", "/api/auth/csrf", undefined, 200);
  const response = await client.postForm("/api/auth/callback/credentials", { csrfToken, email, password, json: "true" });
  if (![200, 302].includes(response.status)) throw new Error(`Sign-in answered ${response.status}`);
  const session = await client.json<{ user?: { id?: string } }>("GET", "/api/auth/session", undefined, 200);
  if (typeof session.user?.id !== "string") throw new Error(`Signing in as ${email} gave no session (sign-in answered ${response.status})`);
  return email;
}
