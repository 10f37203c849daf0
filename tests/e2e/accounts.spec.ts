import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { withE2eDatabase } from "../support/e2e-database";
import { answerAllViaApi, expectNoSeriousAxeViolations, startDiagnosticViaApi, tabTo } from "./support";

const PASSWORD = "quiet harbour at dawn";

// Sign-ups are rate-limited per client address, which the app reads from X-Forwarded-For: this
// file's browsers get an address of their own so the suite's other sign-ups (from 127.0.0.1) keep theirs.
test.use({ extraHTTPHeaders: { "x-forwarded-for": `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` } });
let sequence = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${(sequence += 1)}@example.com`;

/** Creates an account through the API (the sign-up journey itself is tested through the form below). */
async function createAccountViaApi(
  request: APIRequestContext,
  email: string,
  organizationName = "Acme Analytics",
  accountType: "company" | "practice" = "company",
) {
  const response = await request.post("/api/account/sign-up", {
    data: { email, password: PASSWORD, organizationName, industry: accountType === "practice" ? "other" : "b2b_software", sizeBand: "250-999", accountType },
  });
  expect(response.status()).toBe(201);
}

async function signInThroughForm(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Reads the newest outbox message to `email` straight from the e2e server's database. */
function lastOutboxMessageTo(email: string): Promise<{ subject: string; text: string } | undefined> {
  return withE2eDatabase((db) =>
    db.get<{ subject: string; text: string }>('SELECT "subject", "text" FROM "OutboxMessage" WHERE "to" = ? ORDER BY "id" DESC LIMIT 1', [email]),
  );
}

test("sign up, take the diagnostic, save it to the organisation and find it in the workspace", async ({ page }) => {
  const email = uniqueEmail("journey");
  await page.goto("/sign-up");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill("password123");
  await page.getByLabel("Organisation name").fill("Globex Retail");
  await page.getByLabel("Industry").selectOption("retail");
  await page.getByLabel("Size").selectOption("1000-4999");
  await page.getByRole("button", { name: "Create account" }).click();
  // A common password is refused beside its field.
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/one of the most common/)).toBeVisible();

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/workspace");
  await expect(page.getByRole("heading", { level: 1, name: "Globex Retail" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Globex Retail" })).toBeVisible();
  await expect(page.getByText(/Nothing saved yet/)).toBeVisible();

  const id = await startDiagnosticViaApi(page.request);
  await answerAllViaApi(page.request, id, (pillar) => (pillar === "data" ? 1 : 4));
  await page.goto(`/diagnostic/${id}/result`);
  await page.getByRole("button", { name: "Save to Globex Retail" }).click();
  await page.waitForURL("**/workspace");
  const row = page.getByRole("table", { name: "Saved assessments" }).getByRole("row").filter({ hasText: "Convergence diagnostic" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("2 · Connected");
  await row.getByRole("link", { name: /Open the result/ }).click();
  await page.waitForURL(`**/diagnostic/${id}/result`);
  await expect(page.getByText("Saved to Globex Retail.")).toBeVisible();

  // Saving again is refused.
  expect((await page.request.post(`/api/assessments/${id}/claim`)).status()).toBe(409);
});

/** The organisation an assessment is saved to (its name), or null, read from the e2e server's database. */
function savedOrganizationOf(id: string): Promise<string | null> {
  return withE2eDatabase(async (db) => {
    const row = await db.get<{ name: string | null }>(
      'SELECT o."name" AS "name" FROM "Assessment" a LEFT JOIN "Organization" o ON o."id" = a."organizationId" WHERE a."id" = ?',
      [id],
    );
    return row?.name ?? null;
  });
}

test("\"create an account\" on an anonymous result saves it to the new organisation as part of signing up", async ({ page }) => {
  // A save parameter that is not an assessment id is ignored: no promise to save anything.
  await page.goto("/sign-up?save=not-an-id");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/saved to your new organisation/)).toHaveCount(0);

  const id = await startDiagnosticViaApi(page.request);
  await answerAllViaApi(page.request, id, () => 3);
  await page.goto(`/diagnostic/${id}/result`);
  await page.getByRole("link", { name: "create an account" }).click();
  await page.waitForURL(/\/sign-up\?/);
  await expect(page.getByText(/saved to your new organisation as soon as your account is created/)).toBeVisible();

  await page.getByLabel("Work email").fill(uniqueEmail("save-on-sign-up"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Organisation name").fill("Hooli Retail");
  await page.getByLabel("Industry").selectOption("retail");
  await page.getByLabel("Size").selectOption("50-249");
  await page.getByRole("button", { name: "Create account" }).click();

  // Back on the result, already saved: no second click.
  await page.waitForURL(`**/diagnostic/${id}/result`);
  await expect(page.getByText("Saved to Hooli Retail.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Save to/ })).toHaveCount(0);
  expect(await savedOrganizationOf(id)).toBe("Hooli Retail");
  await page.goto("/workspace");
  await expect(page.getByRole("table", { name: "Saved assessments" }).getByRole("row").filter({ hasText: "Convergence diagnostic" })).toHaveCount(1);

  // The claim was the usual one: it happened once, and another try is refused.
  expect((await page.request.post(`/api/assessments/${id}/claim`)).status()).toBe(409);
});

test("signing up to save a result that was saved elsewhere meanwhile still creates the account and leaves it where it is", async ({ page, browser }) => {
  const id = await startDiagnosticViaApi(page.request);
  await answerAllViaApi(page.request, id, () => 2);
  await page.goto(`/sign-up?next=${encodeURIComponent(`/diagnostic/${id}/result`)}&save=${id}`);

  // Someone else saves it first, from another browser.
  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.18.7.7" } });
  const otherEmail = uniqueEmail("saved-first");
  await createAccountViaApi(other.request, otherEmail, "First Come Ltd");
  const csrf = (await (await other.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await other.request.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, email: otherEmail, password: PASSWORD, json: "true" } });
  expect((await other.request.post(`/api/assessments/${id}/claim`)).status()).toBe(200);
  await other.close();

  await page.getByLabel("Work email").fill(uniqueEmail("saved-late"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Organisation name").fill("Second Co");
  await page.getByLabel("Industry").selectOption("retail");
  await page.getByLabel("Size").selectOption("1-49");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(`**/diagnostic/${id}/result`);
  expect(await savedOrganizationOf(id)).toBe("First Come Ltd");
  await expect(page.getByRole("banner").getByRole("link", { name: "Second Co" })).toBeVisible();
});

test("signing out makes a copied session cookie useless", async ({ page, browser }) => {
  const email = uniqueEmail("signout");
  await createAccountViaApi(page.request, email, "Initech");
  await signInThroughForm(page, email);
  await page.waitForURL("**/workspace");
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toBeDefined();

  // The copy works while the session is live...
  const thief = await browser.newContext();
  await thief.addCookies([cookie!]);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/workspace");
  await expect(thiefPage.getByRole("heading", { level: 1, name: "Initech" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  // ...and not after sign-out, in a fresh context holding the same cookie.
  const later = await browser.newContext();
  await later.addCookies([cookie!]);
  const laterPage = await later.newPage();
  await laterPage.goto("/workspace");
  await laterPage.waitForURL(/\/sign-in\?next=(%2F|\/)workspace$/);
  expect((await laterPage.request.post("/api/assessments/AAAAAAAAAAAAAAAAAAAAAAAA/claim")).status()).toBe(401);
  await thief.close();
  await later.close();
});

test("signing in with empty fields marks each field; a wrong password stays one generic message", async ({ page }) => {
  const email = uniqueEmail("empty-sign-in");
  await createAccountViaApi(page.request, email);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  // Focus moves to the first marked field, not back to the page.
  await expect(page.getByLabel("Email")).toBeFocused();
  await expect(page.getByText("Enter your email address")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter your password")).toBeVisible();
  await expect(page.getByText("Incorrect email or password.")).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the right phrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Incorrect email or password.")).toBeVisible();
  // No field is marked, so focus goes to the message itself.
  await expect(page.getByRole("alert").filter({ hasText: "Incorrect email or password." })).toBeFocused();
  await expect(page.getByLabel("Email")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Password")).not.toHaveAttribute("aria-invalid", "true");
});

test("the sixth failed sign-in in a minute gets 429 with Retry-After", async ({ page }) => {
  const email = uniqueEmail("ratelimit");
  await createAccountViaApi(page.request, email);
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await signInThroughForm(page, email, `wrong guess number ${attempt}`);
    await expect(page.getByText("Incorrect email or password.")).toBeVisible();
  }
  const sixth = page.waitForResponse((r) => r.url().endsWith("/api/auth/callback/credentials"));
  await signInThroughForm(page, email, PASSWORD);
  const response = await sixth;
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(page.getByText(/Too many attempts/)).toBeVisible();
});

test("a password reset through the emailed link, once", async ({ page, baseURL }) => {
  const email = uniqueEmail("reset");
  await createAccountViaApi(page.request, email, "Umbrella Health");
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText(/reset link is on its way/)).toBeVisible();

  const message = await lastOutboxMessageTo(email);
  const link = message?.text.match(/http:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/)?.[0];
  expect(link).toBeDefined();
  expect(link!.startsWith(`${baseURL}/`)).toBe(true);

  await page.goto(link!);
  await page.getByLabel("New password").fill("a completely new phrase");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await page.waitForURL("**/sign-in?reset=1");
  await signInThroughForm(page, email, "a completely new phrase");
  await page.waitForURL("**/workspace");
  await expect(page.getByRole("heading", { level: 1, name: "Umbrella Health" })).toBeVisible();

  // The link works once.
  await page.goto(link!);
  await page.getByLabel("New password").fill("and yet another phrase");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByText(/expired or was already used/)).toBeVisible();
});

test("the sign-in and sign-up pages have no serious accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoSeriousAxeViolations(page);
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Please correct the fields marked below.")).toBeVisible();
  // Every field is marked on the first submit, the password with the others.
  for (const label of ["Work email", "Password", "Organisation name", "Industry", "Size"]) {
    await expect(page.getByLabel(label)).toHaveAttribute("aria-invalid", "true");
  }
  await expect(page.getByLabel("Work email")).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await page.goto("/forgot-password");
  await expectNoSeriousAxeViolations(page);
});

test("the workspace sends anonymous visitors to sign in", async ({ page }) => {
  await page.goto("/workspace");
  await page.waitForURL(/\/sign-in\?next=(%2F|\/)workspace$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
});

/** The kind and name of the organisations a user belongs to, read from the e2e server's database. */
function organizationsOf(email: string): Promise<{ kind: string; name: string; industry: string; role: string }[]> {
  return withE2eDatabase((db) =>
    db.all<{ kind: string; name: string; industry: string; role: string }>(
      'SELECT o."kind" AS "kind", o."name" AS "name", o."industry" AS "industry", m."role" AS "role" FROM "User" u JOIN "Membership" m ON m."userId" = u."id" JOIN "Organization" o ON o."id" = m."organizationId" WHERE u."email" = ?',
      [email],
    ),
  );
}

test("keyboard only: a consultant chooses the account type with the arrow keys, signs up and lands on the clients page", async ({ page }) => {
  test.setTimeout(60_000);
  const email = uniqueEmail("keyboard-consultant");
  await page.goto("/sign-up");
  await expectNoSeriousAxeViolations(page);
  await tabTo(page, 'input[type="radio"][name="accountType"]');
  await expect(page.getByRole("radio", { name: "My own marketing organisation" })).toBeFocused();
  await expect(page.getByLabel("Organisation name")).toBeVisible();
  await page.keyboard.press("ArrowDown");
  const practice = page.getByRole("radio", { name: "I'm a consultant managing clients" });
  await expect(practice).toBeChecked();
  await expect(practice).toBeFocused();
  // The organisation becomes the consultancy; a consultancy is not asked for an industry.
  await expect(page.getByLabel("Consultancy name")).toBeVisible();
  await expect(page.getByLabel("Industry")).toHaveCount(0);

  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Work email")).toBeFocused();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Consultancy name")).toBeFocused();
  await page.keyboard.type("Keyboard Partners");
  await page.keyboard.press("Tab");
  const size = page.getByLabel("Size of your consultancy");
  await expect(size).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(size).toHaveValue("1-49");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Create account" })).toBeFocused();
  await page.keyboard.press("Enter");

  await page.waitForURL("**/clients");
  expect(await organizationsOf(email)).toEqual([{ kind: "practice", name: "Keyboard Partners", industry: "other", role: "owner" }]);
});

test("signing in without a page to return to takes a consultant to the clients page and a company user to the workspace", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const consultantEmail = uniqueEmail("landing-consultant");
  await createAccountViaApi(page.request, consultantEmail, "Landing Advisory", "practice");
  await signInThroughForm(page, consultantEmail);
  await page.waitForURL("**/clients");

  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.19.251.1" } });
  const companyPage = await other.newPage();
  const companyEmail = uniqueEmail("landing-company");
  await createAccountViaApi(companyPage.request, companyEmail, "Landing Retail");
  await signInThroughForm(companyPage, companyEmail);
  await companyPage.waitForURL("**/workspace");
  await expect(companyPage.getByRole("heading", { level: 1, name: "Landing Retail" })).toBeVisible();
  await other.close();
});
