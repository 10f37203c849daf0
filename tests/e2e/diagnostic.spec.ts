import { expect, test, type Page } from "@playwright/test";
import { QUESTIONS, PILLARS } from "../../lib/instruments/convergence";
import { answerAllViaApi, expectNoSeriousAxeViolations, startDiagnosticViaApi, tabTo } from "./support";

const progress = (page: Page) => page.getByRole("progressbar", { name: "Diagnostic progress" });

/** Selects the option at `level` (1–5) of the focused radio group with Space and arrow keys only. */
async function chooseWithKeyboard(page: Page, level: number) {
  await page.keyboard.press("Space");
  for (let i = 1; i < level; i += 1) await page.keyboard.press("ArrowDown");
}

test("a new user completes the diagnostic with the keyboard alone and sees level, radar and plan", async ({ page }) => {
  test.setTimeout(90_000); // seventeen questions key by key, on two busy cores
  await page.goto("/");
  await tabTo(page, "button[type=submit]");
  await expect(page.locator(":focus")).toHaveText(/start/i);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/diagnostic\/[A-Za-z0-9_-]{24}/);

  await expect(progress(page)).toHaveAttribute("aria-valuenow", "0");
  await expect(page.getByText(/minutes? left/)).toBeVisible();

  for (const [stepIndex, pillar] of PILLARS.entries()) {
    await expect(page.getByRole("heading", { level: 2, name: pillar.name })).toBeVisible();
    const questions = QUESTIONS.filter((q) => q.pillar === pillar.id);
    for (const question of questions) {
      await tabTo(page, `fieldset[data-question-id="${question.id}"] input[type=radio]`);
      // Data weakest (level 1), everything else level 4.
      await chooseWithKeyboard(page, pillar.id === "data" ? 1 : 4);
    }
    const isLast = stepIndex === PILLARS.length - 1;
    await tabTo(page, "button", isLast ? "See my results" : "Next");
    await page.keyboard.press("Enter");
  }

  await page.waitForURL(/\/result$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Level 2: Connected");
  await expect(page.getByText(/Overall score\s*60\s*out of 100/)).toBeVisible();
  await expect(page.locator("figure[aria-label*='Radar'] svg.recharts-surface")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Data: 0 out of 100" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your 90-day plan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Phase 1 · Audit & Align/ })).toBeVisible();
  await expect(page.getByText("Find the cracks")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tool inventory worksheet" })).toBeVisible();
});

test("a reload mid-way loses no answer, and the resume link works on another device", async ({ page, browser }) => {
  await page.goto("/");
  await page.getByRole("button", { name: /start/i }).first().click();
  await page.waitForURL(/\/diagnostic\//);
  const resumeUrl = page.url().split("?")[0]!;

  const picks = [
    { question: QUESTIONS[0]!, label: QUESTIONS[0]!.options[2].label },
    { question: QUESTIONS[1]!, label: "Don't know" },
    { question: QUESTIONS[2]!, label: QUESTIONS[2]!.options[4].label },
  ];
  for (const { question, label } of picks) {
    await page.locator(`fieldset[data-question-id="${question.id}"]`).getByLabel(label, { exact: true }).check();
  }
  await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();

  await page.reload();
  await expect(progress(page)).toHaveAttribute("aria-valuenow", "3");
  for (const { question, label } of picks) {
    await expect(page.locator(`fieldset[data-question-id="${question.id}"]`).getByLabel(label, { exact: true })).toBeChecked();
  }

  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await other.goto(resumeUrl);
  for (const { question, label } of picks) {
    await expect(other.locator(`fieldset[data-question-id="${question.id}"]`).getByLabel(label, { exact: true })).toBeChecked();
  }
  await otherDevice.close();
});

test("answers given while offline are kept and sent when the connection returns", async ({ page, context }) => {
  await page.goto("/");
  await page.getByRole("button", { name: /start/i }).first().click();
  await page.waitForURL(/\/diagnostic\//);
  const first = page.locator(`fieldset[data-question-id="${QUESTIONS[0]!.id}"]`);

  await context.setOffline(true);
  await first.getByLabel(QUESTIONS[0]!.options[3].label, { exact: true }).check();
  await expect(page.getByRole("status").filter({ hasText: /Connection lost/ })).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(first.getByLabel(QUESTIONS[0]!.options[3].label, { exact: true })).toBeChecked();
});

test("an answer given offline survives closing the tab and reaches the server on the next visit", async ({ browser, context, page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: /start/i }).first().click();
  await page.waitForURL(/\/diagnostic\//);
  const resumeUrl = page.url().split("?")[0]!;
  const label = QUESTIONS[1]!.options[1].label;

  await context.setOffline(true);
  await page.locator(`fieldset[data-question-id="${QUESTIONS[1]!.id}"]`).getByLabel(label, { exact: true }).check();
  await expect(page.getByRole("status").filter({ hasText: /Connection lost/ })).toBeVisible();
  await page.close(); // the tab is gone before the answer was ever sent

  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(resumeUrl);
  // The unsent answer comes back from this device's storage, then goes to the server.
  await expect(again.locator(`fieldset[data-question-id="${QUESTIONS[1]!.id}"]`).getByLabel(label, { exact: true })).toBeChecked();
  await expect(again.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible({ timeout: 20_000 });

  // A different device (no local storage) sees it: the server has it.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(resumeUrl);
  await expect(other.locator(`fieldset[data-question-id="${QUESTIONS[1]!.id}"]`).getByLabel(label, { exact: true })).toBeChecked();
  await elsewhere.close();
});

test("two answer patterns give different weakest pillars and different plans", async ({ page, request }) => {
  const weakData = await startDiagnosticViaApi(request);
  await answerAllViaApi(request, weakData, (pillar) => (pillar === "data" ? 1 : 4));
  const weakPeople = await startDiagnosticViaApi(request);
  await answerAllViaApi(request, weakPeople, (pillar) => (pillar === "people" ? 2 : 5));

  await page.goto(`/diagnostic/${weakData}/result`);
  await expect(page.getByText("Your biggest disconnect")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Data: / })).toBeVisible();
  const dataPlan = await page.locator("[data-action-id]").allInnerTexts();

  await page.goto(`/diagnostic/${weakPeople}/result`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Level 3: Aligned");
  await expect(page.getByRole("heading", { name: /^People: / })).toBeVisible();
  const peoplePlan = await page.locator("[data-action-id]").allInnerTexts();

  expect(dataPlan.join("\n")).toContain("Find the cracks");
  expect(peoplePlan.join("\n")).not.toContain("Find the cracks");
  expect(peoplePlan.join("\n")).toContain("Agree one shared goal");
  expect(peoplePlan).not.toEqual(dataPlan);
});

test("the tool inventory worksheet is saved and comes back after a reload", async ({ page, request }) => {
  const id = await startDiagnosticViaApi(request);
  await answerAllViaApi(request, id, () => 3);
  await page.goto(`/diagnostic/${id}/result`);

  await page.getByRole("button", { name: "Add a tool" }).click();
  await page.getByLabel("Tool 1", { exact: true }).fill("Marketing automation");
  await page.getByLabel("What it is used for").fill("Email nurture");
  await page.getByLabel("Tag").selectOption("core");
  await expect(page.getByText("Worksheet saved")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Tool 1", { exact: true })).toHaveValue("Marketing automation");
  await expect(page.getByLabel("Tag")).toHaveValue("core");
});

test("landing, question and result pages have no serious accessibility violations", async ({ page, request }) => {
  await page.goto("/");
  await expectNoSeriousAxeViolations(page);

  const id = await startDiagnosticViaApi(request);
  await page.goto(`/diagnostic/${id}`);
  await expect(progress(page)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await answerAllViaApi(request, id, (pillar) => (pillar === "kpis" ? "dont_know" : 2));
  await page.goto(`/diagnostic/${id}/result`);
  await expect(page.locator("svg.recharts-surface")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("dark mode pages have no serious accessibility violations", async ({ browser, request }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  const id = await startDiagnosticViaApi(request);
  await page.goto(`/diagnostic/${id}`);
  await expectNoSeriousAxeViolations(page);
  await answerAllViaApi(request, id, () => 3);
  await page.goto(`/diagnostic/${id}/result`);
  await expectNoSeriousAxeViolations(page);
  await context.close();
});
