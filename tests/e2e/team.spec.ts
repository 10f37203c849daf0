import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { PillarId } from "../../lib/instruments/convergence";
import type { Choice } from "../../lib/instruments/types";
import { answerAllViaApi, expectNoSeriousAxeViolations } from "./support";
import { parseCsv } from "../../lib/report/csv";
import { CLIENTS_CSV_HEADER } from "../../lib/report/csv-clients";

const PASSWORD = "copper kettles by the harbour";
let sequence = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${(sequence += 1)}@example.com`;

async function signInThroughForm(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/**
 * A respondent in a browser of their own: opens the link, picks a function (by keyboard when
 * asked), starts, and answers every question through the API with that browser's cookie.
 */
async function answerAsRespondent(
  browser: Browser,
  link: string,
  functionLabel: string,
  choiceFor: (pillar: PillarId) => Choice,
  options: { useKeyboard?: boolean; checkAccessibility?: boolean } = {},
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("would like your view");
  await expect(page.getByText(/About \d+ minutes/)).toBeVisible();
  if (options.checkAccessibility) await expectNoSeriousAxeViolations(page);

  const group = page.getByRole("group", { name: "Your function" });
  if (options.useKeyboard) {
    // Focus the first radio, arrow to the function, then submit with Enter.
    await group.getByRole("radio", { name: "Marketing" }).focus();
    const order = ["Marketing", "IT", "Data", "Sales", "Executive", "Other"];
    for (let i = 0; i < order.indexOf(functionLabel); i += 1) await page.keyboard.press("ArrowRight");
    await expect(group.getByRole("radio", { name: functionLabel, exact: true })).toBeChecked();
    await page.keyboard.press("Enter");
  } else {
    await group.getByRole("radio", { name: functionLabel, exact: true }).check();
    await page.getByRole("button", { name: "Start" }).click();
  }
  await page.waitForURL(/\/diagnostic\/[A-Za-z0-9_-]{24}$/);
  const assessmentId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: "The Convergence Factor diagnostic" })).toBeVisible();
  // No account: the browser's own cookie is what lets this respondent answer.
  expect((await context.cookies()).some((c) => c.name === "cv_browser")).toBe(true);

  await answerAllViaApi(context.request, assessmentId, choiceFor);
  await page.goto(`/diagnostic/${assessmentId}`);
  await page.waitForURL(`**/diagnostic/${assessmentId}/result`);
  return { context, assessmentId };
}

test("a consultant runs a team assessment for a client and sees where Marketing and IT disagree", async ({ page, browser }) => {
  test.setTimeout(120_000);

  // The consultant signs up (API) and signs in through the form.
  const email = uniqueEmail("team-consultant");
  const signUp = await page.request.post("/api/account/sign-up", {
    data: { email, password: PASSWORD, organizationName: "Lighthouse Advisory", industry: "other", sizeBand: "1-49", accountType: "practice" },
  });
  expect(signUp.status()).toBe(201);
  await signInThroughForm(page, email);

  // A client, through the consultants' API.
  const clientName = `Meridian Foods ${Date.now()}`;
  const created = await page.request.post("/api/clients", {
    headers: { Accept: "application/json" },
    data: { name: clientName, industry: "retail", sizeBand: "1000-4999" },
  });
  expect(created.status()).toBe(201);
  const { id: clientId } = (await created.json()) as { id: string };

  // On the client's page, start a team round of the Convergence diagnostic.
  await page.goto(`/clients/${clientId}`);
  await page.getByRole("radio", { name: /Convergence diagnostic/ }).check();
  await page.getByRole("radio", { name: /The team/ }).check();
  await page.getByRole("button", { name: "Start the first assessment" }).click();
  await page.waitForURL(/\/rounds\/[A-Za-z0-9_-]{24}$/);
  const roundId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: /^Convergence diagnostic, team round of/ })).toBeVisible();
  await expect(page.getByText(`${clientName} · Team assessment`)).toBeVisible();
  await expect(page.getByText("Not yet: this needs both sides")).toBeVisible();

  // A respondent link, created with the page's own form and shown once.
  await page.getByRole("button", { name: "Create a respondent link" }).click();
  await page.waitForURL(`**/rounds/${roundId}#new-link`);
  const linkField = page.getByRole("textbox", { name: "Respondent link" });
  await expect(linkField).toBeVisible();
  const link = await linkField.inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/respond\/[A-Za-z0-9_-]{43}$/);
  expect(page.url()).not.toContain(link.split("/").pop()!);
  await expect(page.getByRole("table", { name: "Respondent links of this round" }).getByText("Active")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Marketing sees strong Data and KPIs; IT sees them weak. Both agree on the rest.
  const marketing = await answerAsRespondent(browser, link, "Marketing", (p) => (p === "data" ? 5 : p === "kpis" ? 4 : 3), { checkAccessibility: true });
  const it = await answerAsRespondent(browser, link, "IT", (p) => (p === "data" ? 1 : p === "kpis" ? 2 : 3), { useKeyboard: true });

  // Each respondent reaches only their own answers: IT's browser cannot open Marketing's.
  const peek = await it.context.request.get(`/diagnostic/${marketing.assessmentId}`);
  expect(peek.status()).toBe(404);
  await marketing.context.close();
  await it.context.close();

  // The consultant sees the combined result and the gap.
  await page.goto(`/rounds/${roundId}`);
  await expect(page.getByText("2 of 2 respondents finished.")).toBeVisible();
  const respondents = page.getByRole("table", { name: "Respondents by function" });
  await expect(respondents.getByRole("row", { name: /Marketing/ })).toContainText("1");
  await expect(respondents.getByRole("row", { name: /IT/ })).toContainText("1");

  const combined = page.getByRole("table", { name: /Combined result per pillar/ });
  await expect(combined.getByRole("row", { name: /^Data/ })).toContainText("0–100");

  const gapTable = page.getByRole("table", { name: /ranked by the difference between Marketing and IT/ });
  const rows = gapTable.getByRole("row");
  // The header, then Data first: 4 levels apart.
  await expect(rows.nth(1)).toContainText("Data");
  await expect(rows.nth(1)).toContainText("Discuss first");
  await expect(rows.nth(1)).toContainText("Marketing 4 levels higher");
  await expect(gapTable.getByText("Discuss first")).toHaveCount(2);
  await expect(gapTable.getByRole("row", { name: /People/ })).not.toContainText("Discuss first");

  const radar = page.getByRole("figure", { name: "Radar chart of the median pillar scores of Marketing and IT" });
  await expect(radar).toBeVisible();
  await expect(radar.locator("svg.recharts-surface")).toBeVisible();
  await expect(radar.locator(".recharts-radar")).toHaveCount(2);

  // The consultant sees each respondent's answers.
  await page.getByText("Marketing respondent 1", { exact: true }).click();
  await expect(page.getByRole("table", { name: "Answers of Marketing respondent 1" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Revoking the link: it stops working, and says so.
  await page.getByRole("button", { name: /^Revoke/ }).click();
  await page.waitForURL(`**/rounds/${roundId}#links`);
  await expect(page.getByRole("table", { name: "Respondent links of this round" }).getByText("Revoked")).toBeVisible();
  const late = await browser.newContext();
  const latePage = await late.newPage();
  await latePage.goto(link);
  await expect(latePage.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
  await expect(latePage.getByText(`Ask ${clientName} for a new one`)).toBeVisible();
  await expectNoSeriousAxeViolations(latePage);
  await late.close();

  // The consultant exports the dashboard: the client's row carries the team's combined level
  // and both respondents.
  await page.goto("/clients");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  const [header, ...csvRows] = parseCsv(readFileSync(await download.path()).toString("utf8"));
  expect(header).toEqual([...CLIENTS_CSV_HEADER]);
  const clientRow = csvRows.find((row) => row[0] === clientName);
  expect(clientRow?.[3]).toMatch(/^[1-5]$/);
  expect(clientRow?.[11]).toBe("2");
});

test("an unknown respondent link shows the not-found page", async ({ page }) => {
  const response = await page.goto(`/respond/${"x".repeat(43)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "This page is not here." })).toBeVisible();
  // Every 404 says that a saved result needs signing in, with the way there.
  await page.getByRole("link", { name: "sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
});

test("an owner starts a team round from the workspace; an unknown round is not found", async ({ page }) => {
  const email = uniqueEmail("team-stranger");
  const signUp = await page.request.post("/api/account/sign-up", {
    data: { email, password: PASSWORD, organizationName: "Solo Outfit", industry: "retail", sizeBand: "1-49", accountType: "company" },
  });
  expect(signUp.status()).toBe(201);
  await signInThroughForm(page, email);
  // The stranger's own team round works; the workspace lists it.
  await page.goto("/workspace");
  await page.getByRole("button", { name: "Start a team assessment" }).click();
  await page.waitForURL(/\/rounds\/[A-Za-z0-9_-]{24}$/);
  await expect(page.getByRole("heading", { level: 2, name: "Respondent links" })).toBeVisible();
  await page.goto("/workspace");
  await expect(page.getByRole("link", { name: /Convergence diagnostic, team round of/ })).toBeVisible();
  // Someone else's round id answers 404 like one that does not exist.
  const response = await page.goto("/rounds/AAAAAAAAAAAAAAAAAAAAAAAA");
  expect(response?.status()).toBe(404);
});
