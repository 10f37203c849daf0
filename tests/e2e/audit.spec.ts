import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support";

const PASSWORD = "lighthouse keepers rest";

// A sign-up (a scrypt hash) and an axe run, on two busy cores.
test.describe.configure({ timeout: 120_000 });

test("an owner reads the organisation's security log, newest first, without any token (the matrix covers who else gets 404)", async ({ browser }) => {
  // Its own client address: sign-ups are rate-limited per address (read from X-Forwarded-For).
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `198.18.${[...randomBytes(2)].join(".")}` } });
  const page = await context.newPage();
  const organizationName = `Audit Trail Co ${Date.now()}`;

  await page.goto("/sign-up");
  await page.getByLabel("Work email").fill(`audit-owner-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Organisation name").fill(organizationName);
  await page.getByLabel("Industry").selectOption("retail");
  await page.getByLabel("Size").selectOption("1-49");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/workspace");

  // Two events of the organisation: an invitation created, then withdrawn.
  await page.goto("/workspace/members");
  await page.getByRole("button", { name: "Create invite link" }).click();
  await expect(page.getByLabel("Invitation link")).toHaveValue(/\/join\/[A-Za-z0-9_-]{43}$/);
  const link = await page.getByLabel("Invitation link").inputValue();
  await page.getByRole("button", { name: /^Withdraw/ }).first().click();
  await page.waitForURL(/revoked=1/);

  await page.goto("/workspace/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Security log of ${organizationName}`);
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(3); // account created, invitation created, invitation withdrawn
  await expect(rows.nth(0)).toContainText("Member invitation withdrawn");
  await expect(rows.nth(1)).toContainText("Member invitation created");
  // Its details in words, not the stored keys.
  await expect(rows.nth(1)).toContainText("Role: member");
  await expect(rows.nth(1)).not.toContainText("emailed:");
  await expect(rows.nth(2)).toContainText("Account created");
  // The link's token is nowhere on the page.
  expect(await page.content()).not.toContain(link.split("/join/")[1]!);
  await expectNoSeriousAxeViolations(page);

  // Signed out, the page asks to sign in.
  await context.clearCookies();
  await page.goto("/workspace/audit");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await context.close();
});
