import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { parseCsv } from "../../lib/report/csv";
import { CLIENTS_CSV_HEADER } from "../../lib/report/csv-clients";
import { withE2eDatabase } from "../support/e2e-database";
import { expectNoSeriousAxeViolations, tabTo } from "./support";

const PASSWORD = "harbour lights after midnight";
let sequence = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${(sequence += 1)}@example.com`;
const id = () => randomBytes(18).toString("base64url");

/** A consultant's account (a practice) through the sign-up API; the journey signs in through the form. */
async function createConsultantViaApi(request: APIRequestContext, email: string, practiceName: string) {
  const response = await request.post("/api/account/sign-up", {
    data: { email, password: PASSWORD, organizationName: practiceName, industry: "other", sizeBand: "1-49", accountType: "practice" },
  });
  expect(response.status()).toBe(201);
}

async function signInThroughForm(page: Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Completed rounds for a client, written straight into the e2e server's database (what team
 * rounds store on completion), so the dashboard has levels and changes to show.
 */
function seedRounds(
  clientId: string,
  rounds: { instrument: "convergence" | "genai"; daysAgo: number; completed: number; level: number; score: number | null }[],
): Promise<void> {
  return withE2eDatabase((db) =>
    db.transaction(async () => {
      for (const round of rounds) {
        const at = new Date(Date.now() - round.daysAgo * 86_400_000);
        await db.run(
          'INSERT INTO "AssessmentRound" ("id", "organizationId", "instrument", "kind", "title", "createdAt", "completedCount", "overallScore", "overallLevel", "lastActivityAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [id(), clientId, round.instrument, "team", "", at, round.completed, round.score, round.level, at],
        );
      }
    }),
  );
}

/** The client names of the dashboard's rows, top to bottom. */
async function rowNames(page: Page): Promise<string[]> {
  return page.locator("tbody th[scope=row] a").allTextContents();
}

test("a consultant adds a client with the keyboard, sees the dashboard, sorts it and downloads the CSV", async ({ page }) => {
  // A long journey with three axe scans; the default 30 s is tight on a busy two-core machine.
  test.slow();
  const email = uniqueEmail("consultant-journey");
  await createConsultantViaApi(page.request, email, "Meridian Advisory");

  // Signed out, the dashboard asks for a sign-in and comes back to it.
  await page.goto("/clients");
  await page.waitForURL(/\/sign-in\?next=(%2F|\/)clients$/);
  await signInThroughForm(page, email);
  await page.waitForURL((url) => url.pathname === "/clients");
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Clients" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No clients yet" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Add a client with the keyboard alone: Tab into each field, type or arrow through, Enter to submit.
  await page.getByRole("link", { name: "Add your first client" }).click();
  await page.waitForURL((url) => url.pathname === "/clients/new");
  await expectNoSeriousAxeViolations(page);
  await tabTo(page, "input#name");
  await page.keyboard.type("Northwind Retail");
  await page.keyboard.press("Tab");
  await expect(page.locator("select#industry")).toBeFocused();
  await page.keyboard.press("ArrowDown"); // Retail
  await expect(page.locator("select#industry")).toHaveValue("retail");
  await page.keyboard.press("Tab");
  await expect(page.locator("select#sizeBand")).toBeFocused();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press("ArrowDown"); // 1,000–4,999
  await expect(page.locator("select#sizeBand")).toHaveValue("1000-4999");
  await tabTo(page, "button[type=submit]", "Add client");
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => /^\/clients\/[A-Za-z0-9_-]{24}$/.test(url.pathname));
  const northwindId = new URL(page.url()).pathname.split("/").pop() ?? "";

  // Two more through the JSON API (same session), one with a name a spreadsheet would run as a formula.
  const created = async (name: string, industry: string, sizeBand: string) => {
    const response = await page.request.post("/api/clients", { headers: { Accept: "application/json" }, data: { name, industry, sizeBand } });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const globexId = await created("Globex Société, \"Bank\"", "financial_services", "5000+");
  await created("=HYPERLINK(\"http://example.com\")", "other", "1-49");

  await seedRounds(northwindId, [
    { instrument: "convergence", daysAgo: 120, completed: 2, level: 2, score: 30 },
    { instrument: "convergence", daysAgo: 10, completed: 3, level: 3, score: 48 },
    { instrument: "genai", daysAgo: 12, completed: 2, level: 2, score: null },
  ]);
  await seedRounds(globexId, [
    { instrument: "convergence", daysAgo: 200, completed: 1, level: 5, score: 85 },
    { instrument: "convergence", daysAgo: 20, completed: 4, level: 4, score: 70 },
  ]);

  await page.goto("/clients");
  const northwind = page.getByRole("row").filter({ hasText: "Northwind Retail" });
  await expect(northwind).toContainText("Aligned");
  await expect(northwind).toContainText("48 / 100");
  await expect(northwind).toContainText("+1 level");
  await expect(northwind).toContainText("+18 pts");
  await expect(northwind).toContainText("Structured Pilots");
  await expect(northwind.getByRole("cell").last()).toHaveText("5");
  const globex = page.getByRole("row").filter({ hasText: "Globex" });
  await expect(globex).toContainText("Orchestrated");
  await expect(globex).toContainText("−1 level");
  await expect(page.getByText("Showing 1–3 of 3 clients")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Sorted by name (A to Z) at first; the header says so and its link reverses it.
  const clientHeader = page.getByRole("columnheader", { name: /^Client/ });
  await expect(clientHeader).toHaveAttribute("aria-sort", "ascending");
  expect(await rowNames(page)).toEqual(["=HYPERLINK(\"http://example.com\")", "Globex Société, \"Bank\"", "Northwind Retail"]);
  await clientHeader.getByRole("link").click();
  await page.waitForURL(/sort=name&dir=desc/);
  await expect(page.getByRole("columnheader", { name: /^Client/ })).toHaveAttribute("aria-sort", "descending");
  expect(await rowNames(page)).toEqual(["Northwind Retail", "Globex Société, \"Bank\"", "=HYPERLINK(\"http://example.com\")"]);

  // Highest Convergence level first; the client without one goes last.
  await page.getByRole("columnheader", { name: /^Convergence/ }).getByRole("link").click();
  await page.waitForURL(/sort=convergence&dir=desc/);
  await expect(page.getByRole("columnheader", { name: /^Convergence/ })).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("columnheader", { name: /^Client/ })).not.toHaveAttribute("aria-sort", /.+/);
  expect(await rowNames(page)).toEqual(["Globex Société, \"Bank\"", "Northwind Retail", "=HYPERLINK(\"http://example.com\")"]);

  // The CSV: a real download, UTF-8 with a BOM, quoted, and the formula defused.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text).toContain('"Globex Société, ""Bank"""');
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual([...CLIENTS_CSV_HEADER]);
  expect(rows.map((row) => row[0])).toEqual(["'=HYPERLINK(\"http://example.com\")", 'Globex Société, "Bank"', "Northwind Retail"]);
  const northwindRow = rows.find((row) => row[0] === "Northwind Retail");
  expect(northwindRow?.slice(1, 12)).toEqual(["Retail", "1,000–4,999 employees", "3", "Aligned", "48", "1", "18", "2", "Structured Pilots", "", "5"]);
  const globexRow = rows.find((row) => row[0]?.startsWith("Globex"));
  // A fall is a negative number, not text.
  expect(globexRow?.[6]).toBe("-1");
  expect(globexRow?.[7]).toBe("-15");
});

test("the dashboard is only for consultants: a company account gets 404, and so do the export and the add form", async ({ page }) => {
  const email = uniqueEmail("company-owner");
  const response = await page.request.post("/api/account/sign-up", {
    data: { email, password: PASSWORD, organizationName: "Initech", industry: "b2b_software", sizeBand: "250-999" },
  });
  expect(response.status()).toBe(201);
  await page.goto("/sign-in");
  await signInThroughForm(page, email);
  await page.waitForURL((url) => url.pathname === "/workspace");
  await expect(page.getByRole("banner").getByRole("link", { name: "Clients" })).toHaveCount(0);

  expect((await page.goto("/clients"))?.status()).toBe(404);
  expect((await page.goto("/clients/new"))?.status()).toBe(404);
  expect((await page.request.get("/api/clients/export")).status()).toBe(404);
  const refused = await page.request.post("/api/clients", { headers: { Accept: "application/json" }, data: { name: "Sneaky", industry: "other", sizeBand: "1-49" } });
  expect(refused.status()).toBe(403);
});
