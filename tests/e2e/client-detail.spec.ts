import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { QUESTIONS, type PillarId } from "../../lib/instruments/convergence";
import { DIMENSION_IDS, type DimensionId } from "../../lib/instruments/genai";
import type { MaturityLevel } from "../../lib/instruments/types";
import { scoreConvergence } from "../../lib/scoring/convergence";
import { scoreGenAi } from "../../lib/scoring/genai";
import { combineOverall } from "../../lib/scoring/team";
import { withE2eDatabase } from "../support/e2e-database";
import { expectNoSeriousAxeViolations, tabTo } from "./support";

const PASSWORD = "steady lanterns over the estuary";
const id = () => randomBytes(18).toString("base64url");
let sequence = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${(sequence += 1)}@example.com`;

/** Signs up a consultant through the API and signs the request context in (it shares the page's cookies). */
async function signUpConsultant(request: APIRequestContext, practiceName: string): Promise<{ userId: string; practiceId: string }> {
  const email = uniqueEmail("consultant");
  const created = await request.post("/api/account/sign-up", {
    data: { email, password: PASSWORD, organizationName: practiceName, industry: "other", sizeBand: "1-49", accountType: "practice" },
  });
  expect(created.status()).toBe(201);
  const { row, debugRows } = await withE2eDatabase(async (db) => ({
    row: await db.get<{ userId: string; practiceId: string }>(
      'SELECT u."id" AS "userId", m."organizationId" AS "practiceId" FROM "User" u JOIN "Membership" m ON m."userId" = u."id" WHERE u."email" = ?',
      [email],
    ),
    debugRows: await db.all('SELECT "email" FROM "User" ORDER BY "createdAt" DESC LIMIT 3'),
  }));
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signIn = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email, password: PASSWORD, json: "true", callbackUrl: "/clients" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(signIn.status());
  if (!row) throw new Error(`No account for ${email}: ${JSON.stringify(debugRows)}`);
  return row;
}

interface Seeded {
  clientId: string;
  clientName: string;
  convergence: [string, string];
  genai: [string, string];
}

/**
 * A client of the practice with two completed Convergence rounds (a solo one in January, a team of
 * two in April) and two GenAI rounds, written straight into the e2e server's database.
 */
async function seedClient(practiceId: string): Promise<Seeded> {
  const clientId = id();
  const clientName = `Halcyon Outfitters ${Date.now()}`;
  const seeded: Seeded = { clientId, clientName, convergence: ["", ""], genai: ["", ""] };
  await withE2eDatabase((db) =>
    db.transaction(async () => {
      const created = "2025-12-01T09:00:00.000Z";
      await db.run(
        'INSERT INTO "Organization" ("id", "kind", "name", "industry", "sizeBand", "createdAt", "consultantPracticeId", "lastActivityAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [clientId, "company", clientName, "retail", "1000-4999", created, practiceId, created],
      );
      const round = (...values: (string | number | null)[]) =>
        db.run(
          'INSERT INTO "AssessmentRound" ("id", "organizationId", "instrument", "kind", "title", "createdAt", "createdById", "completedCount", "overallScore", "overallLevel", "lastActivityAt") VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)',
          values,
        );
      const assessment = (...values: (string | number | null)[]) =>
        db.run(
          'INSERT INTO "Assessment" ("id", "instrument", "status", "browserKey", "createdAt", "updatedAt", "completedAt", "motion", "organizationId", "claimedAt", "roundId", "respondentFunction", "overallScore", "overallLevel") VALUES (?, ?, \'completed\', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          values,
        );
      const answer = (...values: (string | number)[]) =>
        db.run('INSERT INTO "Answer" ("assessmentId", "questionId", "choice", "updatedAt") VALUES (?, ?, ?, ?)', values);
      const rating = (...values: (string | number)[]) =>
        db.run('INSERT INTO "DimensionRating" ("assessmentId", "dimensionId", "current", "target", "evidence", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)', values);

      const convergenceRound = async (at: string, kind: "solo" | "team", respondents: { fn: string | null; levels: Partial<Record<PillarId, MaturityLevel>> }[]) => {
        const roundId = id();
        const scores = respondents.map((r) => {
          const answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, r.levels[q.pillar] ?? 4]));
          return { fn: r.fn, answers, score: scoreConvergence(answers) };
        });
        const overall = combineOverall(scores.map((s) => ({ score: s.score.overallScore, level: s.score.overallLevel })));
        await round(roundId, clientId, "convergence", kind, "", at, scores.length, overall.score, overall.level, at);
        for (const s of scores) {
          const assessmentId = id();
          await assessment(assessmentId, "convergence", id(), at, at, at, null, clientId, at, roundId, s.fn, s.score.overallScore, s.score.overallLevel);
          for (const q of QUESTIONS) await answer(assessmentId, q.id, String(s.answers[q.id]), at);
        }
        return roundId;
      };
      const genAiRound = async (at: string, levels: Partial<Record<DimensionId, MaturityLevel>>) => {
        const roundId = id();
        const current = (d: DimensionId) => levels[d] ?? 2;
        const level = scoreGenAi(Object.fromEntries(DIMENSION_IDS.map((d) => [d, { current: current(d), target: 3, evidence: "" }]))).overallLevel;
        await round(roundId, clientId, "genai", "solo", "", at, 1, null, level, at);
        const assessmentId = id();
        await assessment(assessmentId, "genai", id(), at, at, at, "inbound", clientId, at, roundId, null, null, level);
        for (const d of DIMENSION_IDS) await rating(assessmentId, d, String(current(d)), Math.max(3, current(d)), "", at);
        return roundId;
      };

      const firstConvergence = await convergenceRound("2026-01-12T09:00:00.000Z", "solo", [{ fn: null, levels: { data: 1, kpis: 2 } }]);
      const secondConvergence = await convergenceRound("2026-04-14T09:00:00.000Z", "team", [
        { fn: "marketing", levels: { data: 3, kpis: 2 } },
        { fn: "it", levels: { data: 3, kpis: 3 } },
      ]);
      const firstGenAi = await genAiRound("2026-02-02T09:00:00.000Z", { "inbound-marketing": 1 });
      const secondGenAi = await genAiRound("2026-05-04T09:00:00.000Z", { "inbound-marketing": 3, "content-creation": 3 });
      seeded.convergence = [firstConvergence, secondConvergence];
      seeded.genai = [firstGenAi, secondGenAi];
    }),
  );
  return seeded;
}

test("a consultant reads a client's history, adds a note by keyboard, compares two rounds; another consultant gets 404", async ({ page, browser }) => {
  // A long journey with two accessibility scans and two sign-ups (scrypt) on a shared machine.
  test.setTimeout(120_000);
  const { practiceId } = await signUpConsultant(page.request, "Northgate Advisory");
  const client = await seedClient(practiceId);

  const response = await page.goto(`/clients/${client.clientId}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: client.clientName })).toBeVisible();
  // Exact: the benchmark section may name the same size band inside a longer sentence.
  await expect(page.getByText("1,000–4,999 employees", { exact: true })).toBeVisible();

  // Every round, newest first: the GenAI round of May heads the list.
  const rounds = page.locator("article[id^='round-']");
  await expect(rounds).toHaveCount(4);
  await expect(rounds.first()).toHaveAttribute("id", `round-${client.genai[1]}`);
  const aprilRound = page.locator(`#round-${client.convergence[1]}`);
  await expect(aprilRound).toContainText("2 of 2 respondents finished");
  await expect(aprilRound).toContainText("Level 3 · Aligned");
  await expect(aprilRound).toContainText("Up 1 level, +13 points since 12 Jan 2026");

  // The trends: one chart per instrument, drawn, with a table for screen readers.
  await expect(page.getByRole("figure", { name: "Convergence pillar scores out of 100, round by round" })).toBeVisible();
  await expect(page.getByRole("figure", { name: /Generative AI dimension levels/ })).toBeVisible();
  await expect(page.locator(".recharts-line").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Convergence pillar scores out of 100, round by round" })).toContainText("Data");

  // The 90-day check-in, for each instrument.
  await expect(page.getByTestId("verdict-convergence")).toHaveText(
    "On track: Data up 50 points and KPIs up 13 points; overall, the level rose from 2 (Connected) to 3 (Aligned).",
  );
  const checkIn = page.getByRole("region", { name: "Convergence diagnostic", exact: true });
  await expect(checkIn.getByRole("row", { name: /Find the cracks/ })).toContainText("Up 50 points (level 1 → 3)");
  await expect(page.getByTestId("verdict-genai")).toContainText("Inbound Marketing up 2 levels");
  await expectNoSeriousAxeViolations(page);

  // A note, with the keyboard only: the first note field is the newest round's.
  await tabTo(page, `textarea#note-body-${client.genai[1]}`, "", 60);
  await page.keyboard.type("Inbound Marketing moved two levels: the nurture rebuild is paying off.");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText(/^Save note/);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === `/clients/${client.clientId}` && url.hash === `#round-${client.genai[1]}`);
  const newest = page.locator(`#round-${client.genai[1]}`);
  await expect(newest.getByRole("listitem")).toContainText("Inbound Marketing moved two levels");

  // Before/after: the latest GenAI pair is shown first; pick the two Convergence rounds instead.
  await page.getByLabel("Before", { exact: true }).selectOption(client.convergence[0]);
  await page.getByLabel("After", { exact: true }).selectOption(client.convergence[1]);
  await page.getByRole("button", { name: "Compare" }).click();
  await page.waitForURL(
    (url) => url.searchParams.get("before") === client.convergence[0] && url.searchParams.get("after") === client.convergence[1] && url.hash === "#before-after",
  );
  const comparison = page.getByRole("table", { name: /Convergence diagnostic: 12 Jan 2026 against 14 Apr 2026/ });
  await expect(comparison.getByRole("row", { name: /^Data/ })).toContainText("+50");
  await expect(page.getByRole("figure", { name: /Radar of the five pillar scores/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The note can be deleted again.
  await newest.getByRole("button", { name: /^Delete/ }).click();
  await page.waitForURL((url) => url.pathname === `/clients/${client.clientId}` && url.hash === `#round-${client.genai[1]}`);
  await expect(page.locator(`#round-${client.genai[1]}`)).toContainText("None yet.");

  // Another consultant sees the same 404 page as for an id that does not exist.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUpConsultant(otherPage.request, "Elsewhere Partners");
  const refused = await otherPage.goto(`/clients/${client.clientId}`);
  expect(refused?.status()).toBe(404);
  await expect(otherPage.getByRole("heading", { level: 1, name: "This page is not here." })).toBeVisible();
  await expect(otherPage.getByText(client.clientName)).toHaveCount(0);
  await other.close();
});

test("a client with no rounds yet explains how to start one", async ({ page }) => {
  test.setTimeout(90_000);
  const { practiceId } = await signUpConsultant(page.request, "Quiet Start Consulting");
  const clientId = id();
  const clientName = `Bramble Health ${Date.now()}`;
  const now = new Date();
  await withE2eDatabase((db) =>
    db.run(
      'INSERT INTO "Organization" ("id", "kind", "name", "industry", "sizeBand", "createdAt", "consultantPracticeId", "lastActivityAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [clientId, "company", clientName, "healthcare", "50-249", now, practiceId, now],
    ),
  );

  await page.goto(`/clients/${clientId}`);
  await expect(page.getByRole("heading", { level: 1, name: clientName })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Start the first assessment" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start the first assessment" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /Convergence diagnostic/ })).toBeChecked();
  await expect(page.getByText("Nothing assessed yet.", { exact: false })).toBeVisible();
  await expect(page.getByText(/It appears once a second round has completed answers/)).toBeVisible();
  await expect(page.getByRole("figure")).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});
