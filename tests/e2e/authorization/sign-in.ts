import { expect, type APIRequestContext } from "@playwright/test";

/** Signs a request context in through next-auth's real credentials flow (csrf token, then callback). */
export async function signInViaApi(request: APIRequestContext, user: { id: string; email: string }, password: string): Promise<void> {
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.status()).toBe(200);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password, json: "true", callbackUrl: "/workspace" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(response.status());
  const session = await request.get("/api/auth/session");
  expect(((await session.json()) as { user?: { id?: string } }).user?.id).toBe(user.id);
}
