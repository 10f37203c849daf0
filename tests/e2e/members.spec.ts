import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { withE2eDatabase } from "../support/e2e-database";
import { expectNoSeriousAxeViolations } from "./support";

const PASSWORD = "lanterns along the canal";

// Three browsers, several sign-ups (each a scrypt hash) and axe runs, on two busy cores.
test.describe.configure({ timeout: 120_000 });
let sequence = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${(sequence += 1)}@example.com`;

/**
 * A browser of its own, with its own client address: sign-ups are rate-limited per address, and
 * the app reads the address from X-Forwarded-For (as behind a proxy).
 */
async function newBrowserContext(browser: Browser): Promise<BrowserContext> {
  const octets = [...randomBytes(2)].join(".");
  return browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `198.18.${octets}` } });
}

async function signUpOwnerThroughForm(page: Page, email: string, organizationName: string) {
  await page.goto("/sign-up");
  await expect(page.getByRole("radio", { name: "My own marketing organisation" })).toBeChecked();
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Organisation name").fill(organizationName);
  await page.getByLabel("Industry").selectOption("financial_services");
  await page.getByLabel("Size").selectOption("250-999");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/workspace");
}

/** Creates an invite link on the members page and returns it (shown once, in the link box). */
async function createInviteLink(page: Page): Promise<string> {
  const before = await page.locator("[data-invite-id]").count();
  await page.getByRole("button", { name: "Create invite link" }).click();
  const box = page.getByLabel("Invitation link");
  await expect(box).toHaveValue(/\/join\/[A-Za-z0-9_-]{43}$/);
  await expect(page.locator("[data-invite-id]")).toHaveCount(before + 1);
  return box.inputValue();
}

function membershipRoles(organizationName: string): Promise<{ email: string; role: string }[]> {
  return withE2eDatabase((db) =>
    db.all<{ email: string; role: string }>(
      'SELECT u."email" AS "email", m."role" AS "role" FROM "Membership" m JOIN "User" u ON u."id" = m."userId" JOIN "Organization" o ON o."id" = m."organizationId" WHERE o."name" = ? ORDER BY m."createdAt"',
      [organizationName],
    ),
  );
}

test("an owner invites a colleague, who signs up through the link and becomes a member without the owner's controls", async ({ browser }) => {
  const organizationName = `Bluth Marketing ${Date.now()}`;
  const ownerEmail = uniqueEmail("owner");
  const ownerContext = await newBrowserContext(browser);
  const owner = await ownerContext.newPage();
  await signUpOwnerThroughForm(owner, ownerEmail, organizationName);

  await owner.getByRole("link", { name: "Members and invitations" }).click();
  await owner.waitForURL(/\/workspace\/members/);
  await expect(owner.getByRole("heading", { level: 1, name: `People at ${organizationName}` })).toBeVisible();
  await expect(owner.getByText("None at the moment.")).toBeVisible();
  const link = await createInviteLink(owner);
  expect(link.startsWith(`${test.info().project.use.baseURL}/join/`)).toBe(true);
  await expect(owner.getByText(/shown only this once/)).toBeVisible();
  await expectNoSeriousAxeViolations(owner);

  // The colleague, in a browser of their own, opens the link signed out.
  const colleagueContext = await newBrowserContext(browser);
  const colleague = await colleagueContext.newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole("heading", { level: 1, name: `Join ${organizationName} on Convergence` })).toBeVisible();
  await expect(colleague.getByRole("link", { name: "Sign in to accept" })).toHaveAttribute("href", /\/sign-in\?next=%2Fjoin%2F/);
  await expectNoSeriousAxeViolations(colleague);
  const colleagueEmail = uniqueEmail("colleague");
  await colleague.getByLabel("Work email").fill(colleagueEmail);
  await colleague.getByLabel("Choose a password").fill(PASSWORD);
  await colleague.getByRole("button", { name: `Create account and join ${organizationName}` }).click();
  await colleague.waitForURL("**/workspace");
  await expect(colleague.getByRole("heading", { level: 1, name: organizationName })).toBeVisible();
  expect(await membershipRoles(organizationName)).toEqual([
    { email: ownerEmail, role: "owner" },
    { email: colleagueEmail, role: "member" },
  ]);

  // A member sees who is in the organisation, but none of the owner's controls.
  await colleague.getByRole("link", { name: "Members", exact: true }).click();
  await colleague.waitForURL(/\/workspace\/members/);
  await expect(colleague.getByRole("cell", { name: ownerEmail })).toBeVisible();
  await expect(colleague.getByRole("cell", { name: `${colleagueEmail} (you)` })).toBeVisible();
  await expect(colleague.getByRole("button", { name: "Create invite link" })).toHaveCount(0);
  await expect(colleague.getByRole("heading", { name: "Invite a colleague" })).toHaveCount(0);
  await expect(colleague.getByRole("button", { name: /Withdraw/ })).toHaveCount(0);
  const orgId = new URL(colleague.url()).searchParams.get("org");
  const attempt = await colleague.request.post(`/api/organizations/${orgId ?? "missing"}/member-invites`, { data: {} });
  expect(attempt.status()).toBe(orgId ? 403 : 404);
  await expectNoSeriousAxeViolations(colleague);

  // The used link now explains that it no longer works, and names nobody.
  const third = await newBrowserContext(browser);
  const latecomer = await third.newPage();
  await latecomer.goto(link);
  await expect(latecomer.getByRole("heading", { level: 1, name: "This invitation is no longer valid" })).toBeVisible();
  await expect(latecomer.getByText(/already been used/)).toBeVisible();
  await expect(latecomer.locator("main")).not.toContainText(organizationName);

  await Promise.all([ownerContext.close(), colleagueContext.close(), third.close()]);
});

test("an owner withdraws an unused invite, and its link then says it is no longer valid", async ({ browser }) => {
  const organizationName = `Dunder Marketing ${Date.now()}`;
  const ownerContext = await newBrowserContext(browser);
  const owner = await ownerContext.newPage();
  await signUpOwnerThroughForm(owner, uniqueEmail("withdraw"), organizationName);
  await owner.goto("/workspace/members");
  const link = await createInviteLink(owner);

  const visitorContext = await newBrowserContext(browser);
  const visitor = await visitorContext.newPage();
  await visitor.goto(link);
  await expect(visitor.getByRole("heading", { level: 1, name: `Join ${organizationName} on Convergence` })).toBeVisible();

  await owner.getByRole("button", { name: /^Withdraw/ }).click();
  await expect(owner.getByText("The invitation was withdrawn. Its link no longer works.")).toBeVisible();
  await expect(owner.getByText("None at the moment.")).toBeVisible();
  // The link was shown once: after the reload it is gone from the page.
  await expect(owner.getByLabel("Invitation link")).toHaveCount(0);

  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1, name: "This invitation is no longer valid" })).toBeVisible();
  await expect(visitor.getByText(/withdrawn/)).toBeVisible();
  await expect(visitor.locator("main")).not.toContainText(organizationName);
  await expectNoSeriousAxeViolations(visitor);

  // A link that never existed is a plain 404.
  const missing = await visitor.goto(link.replace(/\/join\/.*/, `/join/${"Z".repeat(43)}`));
  expect(missing?.status()).toBe(404);

  await Promise.all([ownerContext.close(), visitorContext.close()]);
});

test("a signed-in user accepts with one button, and a consultant is told they cannot join a company", async ({ browser }) => {
  const organizationName = `Sterling Marketing ${Date.now()}`;
  const ownerContext = await newBrowserContext(browser);
  const owner = await ownerContext.newPage();
  await signUpOwnerThroughForm(owner, uniqueEmail("sterling"), organizationName);
  await owner.goto("/workspace/members");
  const link = await createInviteLink(owner);

  // A consultant signs up (their own practice) and opens the link.
  const consultantContext = await newBrowserContext(browser);
  const consultant = await consultantContext.newPage();
  const created = await consultant.request.post("/api/account/sign-up", {
    data: { email: uniqueEmail("consultant"), password: PASSWORD, organizationName: "Draper Advisory", industry: "other", sizeBand: "1-49", accountType: "practice" },
  });
  expect(created.status()).toBe(201);
  const { email } = (await created.json()) as { email: string };
  await consultant.goto(`/sign-in?next=${encodeURIComponent(new URL(link).pathname)}`);
  await consultant.getByLabel("Email").fill(email);
  await consultant.getByLabel("Password").fill(PASSWORD);
  await consultant.getByRole("button", { name: "Sign in" }).click();
  await consultant.waitForURL(/\/join\//);
  await expect(consultant.getByText(/belongs to a consultancy/)).toBeVisible();
  await expect(consultant.getByRole("button", { name: /Accept/ })).toHaveCount(0);

  // Someone with an account of their own accepts with the button (a plain form post).
  const memberContext = await newBrowserContext(browser);
  const member = await memberContext.newPage();
  await signUpOwnerThroughForm(member, uniqueEmail("second-company"), `Own Company ${Date.now()}`);
  await member.goto(link);
  await member.getByRole("button", { name: `Accept and join ${organizationName}` }).click();
  await member.waitForURL("**/workspace");
  expect((await membershipRoles(organizationName)).map((m) => m.role)).toEqual(["owner", "member"]);

  await Promise.all([ownerContext.close(), consultantContext.close(), memberContext.close()]);
});
