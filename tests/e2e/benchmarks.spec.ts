// Benchmarks, end to end: an anonymous result shows only external reference figures; a saved one is
// compared with its industry × size cohort, and its owner opts in and withdraws with the keyboard;
// a consultant's client page compares the client with its peers and with the practice's clients.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { PILLAR_IDS, QUESTIONS } from "../../lib/instruments/convergence";
import { withE2eDatabase, type SqlDatabase } from "../support/e2e-database";
import { answerAllViaApi, expectNoSeriousAxeViolations, startDiagnosticViaApi } from "./support";

const PASSWORD = "quiet harbour at dawn";
const INDUSTRY = "financial_services";
const SIZE = "5000+";
/** Overall scores of the peers: ten below 50 (the result's score) and two above. */
const PEER_SCORES = [0, 8, 13, 17, 25, 29, 33, 38, 42, 46, 63, 88];

const newId = () => randomBytes(18).toString("base64url");

/** Marks every cached cell of an industry × size band stale, the way lib/data/benchmarks.ts does ("convergence|cell|<industry>|<size band>|<bucket 0–7>"). */
async function markCellsStale(db: SqlDatabase, industry: string, sizeBand: string, now: Date): Promise<void> {
  for (let bucket = 0; bucket < 8; bucket += 1) {
    await db.run(
      'INSERT INTO "BenchmarkSnapshot" ("key", "payload", "computedAt") VALUES (?, ?, ?) ON CONFLICT ("key") DO UPDATE SET "payload" = excluded."payload", "computedAt" = excluded."computedAt"',
      [`convergence|cell|${industry}|${sizeBand}|${bucket}`, JSON.stringify({ stale: newId() }), now],
    );
  }
}

/**
 * Organisations in one industry × size band (Financial Services × 5,000+ unless told), each with a
 * completed, shared diagnostic scoring the same on every pillar, written straight into the
 * server's database. The app caches cohort figures per cell and this bypasses the app, so the
 * cell's snapshots are marked stale.
 */
function seedPeers(industry: string = INDUSTRY, sizeBand: string = SIZE, scores: readonly number[] = PEER_SCORES): Promise<void> {
  const now = new Date();
  return withE2eDatabase((db) =>
    db.transaction(async () => {
      for (const [i, score] of scores.entries()) {
        const organizationId = newId();
        const assessmentId = newId();
        const at = new Date(now.getTime() - (i + 1) * 3_600_000);
        await db.run(
          'INSERT INTO "Organization" ("id", "kind", "name", "industry", "sizeBand", "createdAt", "consultantPracticeId", "lastActivityAt") VALUES (?, \'company\', ?, ?, ?, ?, NULL, ?)',
          [organizationId, `Benchmark peer ${i + 1} ${organizationId.slice(0, 6)}`, industry, sizeBand, at, at],
        );
        await db.run(
          'INSERT INTO "Assessment" ("id", "instrument", "status", "createdAt", "updatedAt", "completedAt", "organizationId", "claimedAt", "overallScore", "overallLevel", "benchmarkOptIn", "benchmarkOptInAt") VALUES (?, \'convergence\', \'completed\', ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [assessmentId, at, at, at, organizationId, at, score, Math.min(5, Math.floor(score / 20) + 1), true, at],
        );
        for (const part of ["overall", ...PILLAR_IDS]) {
          await db.run('INSERT INTO "AssessmentPartScore" ("assessmentId", "part", "value") VALUES (?, ?, ?)', [assessmentId, part, score]);
        }
      }
      await markCellsStale(db, industry, sizeBand, now);
    }),
  );
}

async function signUp(page: Page, email: string, organizationName: string): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Organisation name").fill(organizationName);
  await page.getByLabel("Industry").selectOption(INDUSTRY);
  await page.getByLabel("Size").selectOption(SIZE);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/workspace");
}

test("an anonymous result shows published figures, labelled as external", async ({ page }) => {
  const id = await startDiagnosticViaApi(page.request);
  await answerAllViaApi(page.request, id, () => 3);
  await page.goto(`/diagnostic/${id}/result`);
  const section = page.locator("section#benchmarks");
  await expect(section.getByRole("heading", { level: 2, name: "Where you stand against peers" })).toBeVisible();
  await expect(section.getByTestId("benchmark-headline")).toContainText("needs a result saved to an organisation");
  await expect(section.getByRole("heading", { name: "What published surveys report" })).toBeVisible();
  await expect(section.getByText("External figures")).toBeVisible();
  await expect(section.getByText(/Source: Adobe, Digital Trends Report \(2025\)/).first()).toBeVisible();
  // No opt-in control for a result that belongs to no organisation.
  await expect(section.getByRole("button", { name: "Share anonymously" })).toHaveCount(0);
  // The route says why.
  const refused = await page.request.put(`/api/assessments/${id}/benchmark`, { data: { optIn: true } });
  expect(refused.status()).toBe(409);
});

test("a saved result against its cohort: opt in with the keyboard, see it count, withdraw", async ({ page }) => {
  // A sign-up (scrypt) and two accessibility scans, on a shared machine.
  test.setTimeout(90_000);
  await seedPeers();
  const stamp = `${Date.now()}-${randomBytes(3).toString("hex")}`;
  const organizationName = `Fortis Bank ${stamp}`;
  await signUp(page, `benchmarks-${stamp}@example.com`, organizationName);

  // Every answer at level 3: every pillar and the overall score are 50.
  const id = await startDiagnosticViaApi(page.request);
  await answerAllViaApi(page.request, id, () => 3);
  await page.goto(`/diagnostic/${id}/result`);
  await page.getByRole("button", { name: `Save to ${organizationName}` }).click();
  await page.waitForURL("**/workspace");
  await page.goto(`/diagnostic/${id}/result`);

  const section = page.locator("section#benchmarks");
  // Not shared: the twelve peers only. Ten of twelve below 50 → the 83rd percentile.
  await expect(section.getByTestId("benchmark-choice-status")).toHaveText("Not shared with the benchmark.");
  await expect(section.getByTestId("benchmark-headline")).toHaveText(
    "Overall, this result sits at the 83rd percentile of Financial Services × 5,000+ employees.",
  );
  await expect(section.getByTestId("benchmark-cohort")).toContainText(
    "12 organisations in Financial Services with 5,000+ employees that shared their latest completed Convergence diagnostic.",
  );
  const overallRow = section.getByRole("row", { name: /^Overall/ }).first();
  await expect(overallRow).toContainText("83rd percentile");
  await expect(section.getByRole("figure")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Opt in with the keyboard: from the method note, Tab reaches the control; Enter submits it.
  await section.locator("summary", { hasText: "How these figures are computed" }).focus();
  await page.keyboard.press("Tab");
  const share = section.getByRole("button", { name: "Share anonymously" });
  await expect(share).toBeFocused();
  const shared = page.waitForRequest((r) => r.url().endsWith(`/api/assessments/${id}/benchmark`) && r.method() === "POST");
  await page.keyboard.press("Enter");
  expect((await shared).postData()).toBe("optIn=true");
  // The form's 303 brings the result back, at the benchmark section.
  await page.waitForURL(`**/diagnostic/${id}/result#benchmarks`);
  await expect(section.getByTestId("benchmark-choice-status")).toContainText("Shared with the benchmark since");
  // Now it counts: thirteen organisations, 10 below and itself equal → (10 + 0.5) / 13 → 81st.
  await expect(section.getByTestId("benchmark-cohort")).toContainText("13 organisations");
  await expect(section.getByTestId("benchmark-headline")).toContainText("81st percentile");
  await expectNoSeriousAxeViolations(page);

  // Withdraw, with the keyboard too: the result leaves the figures at once.
  const withdraw = section.getByRole("button", { name: "Withdraw from the benchmark" });
  await withdraw.focus();
  const withdrawn = page.waitForRequest((r) => r.url().endsWith(`/api/assessments/${id}/benchmark`) && r.method() === "POST");
  await page.keyboard.press("Enter");
  expect((await withdrawn).postData()).toBe("optIn=false");
  await expect(section.getByTestId("benchmark-choice-status")).toHaveText("Not shared with the benchmark.");
  await expect(section.getByTestId("benchmark-cohort")).toContainText("12 organisations");
  await expect(section.getByTestId("benchmark-headline")).toContainText("83rd percentile");
});

// ── The consultant's client page ──────────────────────────────────────────────────────────────

/** Signs a consultant up through the API; the page's request context shares its cookies, so the page is signed in too. */
async function signUpConsultant(page: Page, practiceName: string): Promise<string> {
  const email = `bench-consultant-${Date.now()}-${randomBytes(3).toString("hex")}@example.com`;
  const created = await page.request.post("/api/account/sign-up", {
    data: { email, password: PASSWORD, organizationName: practiceName, industry: "other", sizeBand: "1-49", accountType: "practice" },
  });
  expect(created.status()).toBe(201);
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signIn = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email, password: PASSWORD, json: "true", callbackUrl: "/clients" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(signIn.status());
  const row = await withE2eDatabase((db) =>
    db.get<{ practiceId: string }>('SELECT m."organizationId" AS "practiceId" FROM "User" u JOIN "Membership" m ON m."userId" = u."id" WHERE u."email" = ?', [email]),
  );
  if (!row) throw new Error(`No practice for ${email}`);
  return row.practiceId;
}

/** A client of the practice with one completed diagnostic (a solo round), every pillar at `score`, shared or not. */
async function seedClient(practiceId: string, name: string, industry: string, sizeBand: string, score: number, isShared: boolean): Promise<string> {
  const organizationId = newId();
  const now = new Date();
  const at = new Date(now.getTime() - 86_400_000);
  await withE2eDatabase((db) =>
    db.transaction(async () => {
      await db.run(
        'INSERT INTO "Organization" ("id", "kind", "name", "industry", "sizeBand", "createdAt", "consultantPracticeId", "lastActivityAt") VALUES (?, \'company\', ?, ?, ?, ?, ?, ?)',
        [organizationId, name, industry, sizeBand, at, practiceId, at],
      );
      const roundId = newId();
      const level = Math.min(5, Math.floor(score / 20) + 1);
      await db.run(
        'INSERT INTO "AssessmentRound" ("id", "organizationId", "instrument", "kind", "title", "createdAt", "completedCount", "overallScore", "overallLevel", "lastActivityAt") VALUES (?, ?, \'convergence\', \'solo\', \'\', ?, 1, ?, ?, ?)',
        [roundId, organizationId, at, score, level, at],
      );
      const assessmentId = newId();
      await db.run(
        'INSERT INTO "Assessment" ("id", "instrument", "status", "createdAt", "updatedAt", "completedAt", "organizationId", "claimedAt", "roundId", "overallScore", "overallLevel", "benchmarkOptIn", "benchmarkOptInAt") VALUES (?, \'convergence\', \'completed\', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [assessmentId, at, at, at, organizationId, at, roundId, score, level, isShared, isShared ? at : null],
      );
      for (const part of ["overall", ...PILLAR_IDS]) {
        await db.run('INSERT INTO "AssessmentPartScore" ("assessmentId", "part", "value") VALUES (?, ?, ?)', [assessmentId, part, score]);
      }
      // Answers that give that score, where one exists (level L is worth (L − 1) × 25), so the result page can be opened.
      if (score % 25 === 0) {
        for (const question of QUESTIONS) {
          await db.run('INSERT INTO "Answer" ("assessmentId", "questionId", "choice", "updatedAt") VALUES (?, ?, ?, ?)', [assessmentId, question.id, String(score / 25 + 1), at]);
        }
      }
      await markCellsStale(db, industry, sizeBand, now);
    }),
  );
  return organizationId;
}

test("a consultant's client page: the client against its peers (not counted, since not shared) and against the practice's clients", async ({ page }) => {
  test.setTimeout(90_000);
  // Higher Education × 250–999 belongs to this test alone: eleven shared peers, six of them below 50.
  await seedPeers("higher_education", "250-999", [10, 20, 30, 40, 45, 48, 60, 70, 80, 90, 95]);
  const practiceId = await signUpConsultant(page, "Meridian Advisory");
  const clientName = `Larkfield College ${randomBytes(3).toString("hex")}`;
  const clientId = await seedClient(practiceId, clientName, "higher_education", "250-999", 50, false);
  await seedClient(practiceId, `Pinecrest Outfitters ${randomBytes(3).toString("hex")}`, "retail", "1-49", 20, false);

  expect((await page.goto(`/clients/${clientId}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: clientName })).toBeVisible();
  const section = page.locator("section#benchmarks");
  await expect(section.getByRole("heading", { level: 2, name: "Where the client stands" })).toBeVisible();
  const convergence = section.getByTestId("client-benchmark-convergence");
  await expect(convergence.getByRole("heading", { level: 3, name: /^Convergence diagnostic: latest result, \d{1,2} \w{3} \d{4}$/ })).toBeVisible();
  await expect(section.getByTestId("client-benchmark-genai")).toHaveCount(0); // no GenAI assessment yet

  // Not shared: compared with the eleven peers, and not one of them. 6 below 50 of 11 → 55th.
  await expect(convergence.getByTestId("benchmark-share-status")).toHaveText(
    "Not shared with the benchmark: the client sees where it stands, but its scores are not counted in the peer figures.",
  );
  await expect(convergence.getByTestId("benchmark-headline")).toHaveText(
    "Overall, this result sits at the 55th percentile of Higher Education × 250–999 employees.",
  );
  await expect(convergence.getByTestId("benchmark-cohort")).toContainText(
    "11 organisations in Higher Education with 250–999 employees that shared their latest completed Convergence diagnostic.",
  );
  const peerTable = convergence.getByRole("table", { name: /against Higher Education × 250–999 employees/ });
  // Overall: lower quartile 35, median 48, upper quartile 75 (PERCENTILE.INC over the eleven).
  await expect(peerTable.getByRole("row", { name: /^Overall/ })).toContainText("55th percentile");
  await expect(peerTable.getByRole("row", { name: /^Overall/ })).toContainText("48");
  await expect(convergence.getByRole("figure", { name: /the middle half of Higher Education × 250–999 employees/ })).toBeVisible();

  // Against the practice's own two clients, shared or not: 50 against 20 and 50 → 75th.
  const portfolio = convergence.getByTestId("benchmark-portfolio");
  await expect(portfolio.getByRole("heading", { level: 4, name: "Against your 2 clients" })).toBeVisible();
  await expect(portfolio.getByTestId("portfolio-headline")).toHaveText("Overall, this result sits at the 75th percentile of your 2 clients.");
  await expect(portfolio.getByTestId("portfolio-definition")).toContainText("whether or not it is shared with the benchmark");
  await expect(portfolio.getByRole("figure", { name: /the middle half of your clients/ })).toBeVisible();
  await expect(portfolio.getByRole("row", { name: /^Overall/ })).toContainText("75th percentile");
  await expectNoSeriousAxeViolations(page);

  // The result it compares opens at its benchmark section, where the choice to share is made.
  await convergence.getByRole("link", { name: /^Open this result/ }).click();
  await page.waitForURL(/\/diagnostic\/[^/]+\/result#benchmarks$/);
  await expect(page.locator("section#benchmarks").getByRole("button", { name: "Share anonymously" })).toBeVisible();
});
