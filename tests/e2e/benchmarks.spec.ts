// Benchmarks, end to end: an anonymous result shows only external reference figures; a saved one is
// compared with its industry × size cohort, and its owner opts in and withdraws with the keyboard.
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { PILLAR_IDS } from "../../lib/instruments/convergence";
import { answerAllViaApi, expectNoSeriousAxeViolations, startDiagnosticViaApi } from "./support";

const PASSWORD = "quiet harbour at dawn";
const INDUSTRY = "financial_services";
const SIZE = "5000+";
/** Overall scores of the peers: ten below 50 (the result's score) and two above. */
const PEER_SCORES = [0, 8, 13, 17, 25, 29, 33, 38, 42, 46, 63, 88];

const newId = () => randomBytes(18).toString("base64url");

function openDatabase(): Database.Database {
  const path = process.env.E2E_DATABASE_PATH;
  if (!path) throw new Error("E2E_DATABASE_PATH is not set (playwright.config.ts sets it)");
  const db = new Database(path, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}

/**
 * Twelve organisations in Financial Services × 5,000+, each with a completed, shared diagnostic,
 * written straight into the server's database. The app caches cohort figures per cell and this
 * bypasses the app, so the cell's snapshots are marked stale the way lib/data/benchmarks.ts does
 * (its keys are "convergence|cell|<industry>|<size band>|<bucket 0–7>").
 */
function seedPeers(): void {
  const db = openDatabase();
  const now = new Date();
  try {
    db.transaction(() => {
      const org = db.prepare(
        'INSERT INTO "Organization" (id, kind, name, industry, sizeBand, createdAt, consultantPracticeId, lastActivityAt) VALUES (?, \'company\', ?, ?, ?, ?, NULL, ?)',
      );
      const assessment = db.prepare(
        'INSERT INTO "Assessment" (id, instrument, status, createdAt, updatedAt, completedAt, organizationId, claimedAt, overallScore, overallLevel, benchmarkOptIn, benchmarkOptInAt) VALUES (?, \'convergence\', \'completed\', ?, ?, ?, ?, ?, ?, ?, 1, ?)',
      );
      const part = db.prepare('INSERT INTO "AssessmentPartScore" (assessmentId, part, value) VALUES (?, ?, ?)');
      PEER_SCORES.forEach((score, i) => {
        const organizationId = newId();
        const assessmentId = newId();
        const at = new Date(now.getTime() - (i + 1) * 3_600_000).toISOString();
        org.run(organizationId, `Benchmark peer ${i + 1} ${organizationId.slice(0, 6)}`, INDUSTRY, SIZE, at, at);
        assessment.run(assessmentId, at, at, at, organizationId, at, score, Math.min(5, Math.floor(score / 20) + 1), at);
        part.run(assessmentId, "overall", score);
        for (const pillar of PILLAR_IDS) part.run(assessmentId, pillar, score);
      });
      const stale = db.prepare('INSERT OR REPLACE INTO "BenchmarkSnapshot" (key, payload, computedAt) VALUES (?, ?, ?)');
      for (let bucket = 0; bucket < 8; bucket += 1) {
        stale.run(`convergence|cell|${INDUSTRY}|${SIZE}|${bucket}`, JSON.stringify({ stale: newId() }), now.toISOString());
      }
    })();
  } finally {
    db.close();
  }
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
  seedPeers();
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
