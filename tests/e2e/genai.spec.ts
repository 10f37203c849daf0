import { expect, test, type Page } from "@playwright/test";
import { DIMENSIONS, GENAI_LEVELS, getDimension, type DimensionId } from "../../lib/instruments/genai";
import { nextQ3End } from "../../lib/plan/genai-roadmap";
import { GENAI_OVERALL_RULE } from "../../lib/scoring/genai";
import {
  answerAllViaApi,
  expectNoSeriousAxeViolations,
  rateAllGenAiViaApi,
  startDiagnosticViaApi,
  startGenAiViaApi,
  tabTo,
} from "./support";

const progress = (page: Page) => page.getByRole("progressbar", { name: "GenAI assessment progress" });
const currentGroup = (id: DimensionId) => `fieldset[data-dimension-id="${id}"][data-question="current"]`;
const targetGroup = (id: DimensionId) => `fieldset[data-dimension-id="${id}"][data-question="target"]`;
const allSaved = (page: Page) => page.getByRole("status").filter({ hasText: "All answers saved" });

/** Today's level (1–5 or N/A), how many levels the target sits above it, and an evidence note. */
interface KeyboardRating {
  current: 1 | 2 | 3 | 4 | 5 | "n/a";
  raise?: number;
  evidence?: string;
}

// In the model's order. Rated currents 2,1,3,4,2,2,3,1,2,3,2,5: the lower median is 2.
const PLAN: Record<DimensionId, KeyboardRating> = {
  "content-creation": { current: 2, raise: 1 },
  "account-based-marketing": { current: 1, raise: 2 },
  "campaign-management": { current: 3 },
  "data-analytics": { current: 4, raise: 1, evidence: "Weekly pipeline forecast in the CRM" },
  "sales-alignment": { current: 2, raise: 1 },
  "martech-stack": { current: "n/a" },
  governance: { current: 2 },
  "inbound-marketing": { current: 3 },
  "outbound-marketing": { current: 1, raise: 1 },
  "customer-experience": { current: 2, raise: 1 },
  "paid-media": { current: 3 },
  "product-marketing": { current: 2 },
  "talent-and-skills": { current: 5, evidence: "Quarterly AI skills review for every marketer" },
};

/** Selects the n-th option (1-based) of the focused radio group with Space and arrow keys only. */
async function chooseWithKeyboard(page: Page, position: number) {
  await page.keyboard.press("Space");
  for (let i = 1; i < position; i += 1) await page.keyboard.press("ArrowDown");
}

async function answerDimensionWithKeyboard(page: Page, id: DimensionId) {
  const plan = PLAN[id];
  await expect(page.getByRole("heading", { level: 2, name: getDimension(id).name })).toBeFocused();
  await tabTo(page, `${currentGroup(id)} input[type=radio]`);
  // Five levels, then "Not applicable" as the sixth option.
  await chooseWithKeyboard(page, plan.current === "n/a" ? 6 : plan.current);
  if (plan.current === "n/a") {
    await expect(page.locator(targetGroup(id))).toHaveCount(0);
    return;
  }
  // The target starts at today's level; arrows raise it.
  await tabTo(page, `${targetGroup(id)} input[type=radio]`);
  await expect(page.locator(":focus")).toBeChecked();
  for (let i = 0; i < (plan.raise ?? 0); i += 1) await page.keyboard.press("ArrowDown");
  if (plan.evidence) {
    await tabTo(page, `textarea[data-dimension-id="${id}"]`);
    await page.keyboard.type(plan.evidence);
  }
}

async function goNextWithKeyboard(page: Page, label: "Next" | "See my results") {
  await tabTo(page, "button", label);
  await page.keyboard.press("Enter");
}

test("the GenAI model is completed with the keyboard alone, survives a reload mid-way, and shows the result", async ({ page }) => {
  // Fourteen sections by Tab and arrow keys, plus a reload: longer than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  await page.goto("/");
  await tabTo(page, "button[type=submit]", "Start the GenAI assessment", 80);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/genai\/[A-Za-z0-9_-]{24}$/);
  const resumeUrl = page.url();

  await expect(progress(page)).toHaveAttribute("aria-valuenow", "0");
  await expect(progress(page)).toHaveAttribute("aria-valuemax", "14");
  await expect(page.getByText(/minutes? left/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Your go-to-market" })).toBeVisible();

  // Outbound-led: the second motion.
  await tabTo(page, "fieldset[data-question=motion] input[type=radio]");
  await chooseWithKeyboard(page, 2);
  await expect(page.getByLabel(/^Outbound-led/)).toBeChecked();
  await goNextWithKeyboard(page, "Next");

  const ids = DIMENSIONS.map((d) => d.id);
  const beforeReload = ids.slice(0, 6); // up to and including MarTech Stack (not applicable)
  for (const id of beforeReload) {
    await answerDimensionWithKeyboard(page, id);
    await goNextWithKeyboard(page, "Next");
  }

  // A reload mid-way loses nothing and reopens the first open section.
  await expect(allSaved(page)).toBeVisible();
  await page.reload();
  await expect(progress(page)).toHaveAttribute("aria-valuenow", "7");
  await expect(page.getByRole("heading", { level: 2, name: "Governance" })).toBeVisible();
  await page.goto(`${resumeUrl}?step=5`);
  const data = page.locator(currentGroup("data-analytics"));
  await expect(data.getByLabel(getDimension("data-analytics").levels[3], { exact: true })).toBeChecked();
  await expect(page.locator(targetGroup("data-analytics")).getByLabel(/^Level 5/)).toBeChecked();
  await expect(page.locator('textarea[data-dimension-id="data-analytics"]')).toHaveValue("Weekly pipeline forecast in the CRM");
  await page.goto(`${resumeUrl}?step=7`);
  await expect(page.locator(currentGroup("martech-stack")).getByLabel(/^Not applicable/)).toBeChecked();
  await goNextWithKeyboard(page, "Next");

  const afterReload = ids.slice(6);
  for (const [index, id] of afterReload.entries()) {
    await answerDimensionWithKeyboard(page, id);
    await goNextWithKeyboard(page, index === afterReload.length - 1 ? "See my results" : "Next");
  }

  await page.waitForURL(/\/genai\/[A-Za-z0-9_-]{24}\/result$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Level 2: Structured Pilots");
  await expect(page.getByText(GENAI_OVERALL_RULE)).toBeVisible();
  await expect(page.getByText(GENAI_LEVELS[1]!.marketingSees).first()).toBeVisible();
  await expect(page.getByText(GENAI_LEVELS[1]!.itSees).first()).toBeVisible();
  await expect(page.locator("figure[aria-label*='Radar'] svg.recharts-surface")).toBeVisible();
  // Largest gap first (ABM, +2), evidence notes shown, the not-applicable dimension left out.
  await expect(page.locator("tbody tr[data-dimension-id]").first()).toHaveAttribute("data-dimension-id", "account-based-marketing");
  await expect(page.getByText("Weekly pipeline forecast in the CRM")).toBeVisible();
  await expect(page.getByText("Quarterly AI skills review for every marketer")).toBeVisible();
  await expect(page.locator('tr[data-dimension-id="martech-stack"]')).toContainText("Not applicable");
  // Outbound-led: the least mature of its focus dimensions.
  await expect(page.getByTestId("priority-0")).toHaveText("Account-Based Marketing");
  await expect(page.getByTestId("priority-1")).toHaveText("Outbound Marketing");
  await expect(page.getByTestId("priority-2")).toHaveText("Sales Alignment");
  await expect(page.getByRole("heading", { level: 2, name: "Level 3 by Q3" })).toBeVisible();
});

test("a changed priority and a saved roadmap card are kept after a reload", async ({ page, request }) => {
  const id = await startGenAiViaApi(request);
  await rateAllGenAiViaApi(request, id, "inbound", () => ({ current: 2, target: 3 }));
  await page.goto(`/genai/${id}/result`);

  // Inbound-led, all at level 2: the focus dimensions in the model's order.
  await expect(page.getByTestId("priority-0")).toHaveText("Content Creation");
  await expect(page.getByTestId("priority-2")).toHaveText("Inbound Marketing");

  await page.getByLabel("Swap priority 3 for").selectOption("governance");
  await page.getByRole("button", { name: "Change priority 3" }).click();
  await expect(page.getByText("Priority 3 is now Governance")).toBeVisible();
  await expect(page.getByTestId("priority-2")).toHaveText("Governance");
  const third = page.locator('form[data-roadmap-position="2"]');
  await expect(third).toHaveAttribute("data-dimension-id", "governance");
  await expect(third.getByLabel("Governance to document")).toHaveValue(getDimension("governance").level3.governance);

  const first = page.locator('form[data-roadmap-position="0"]');
  await first.getByLabel("Marketing owner").fill("Dana Ruiz, Head of Demand");
  await first.getByLabel("IT owner").fill("Sam Okafor, CRM lead");
  await first.getByLabel("How we measure success").fill("Time from brief to approved draft halves by September.");
  await first.getByRole("button", { name: "Save priority 1" }).click();
  await expect(first.getByRole("status")).toHaveText("Saved");

  await page.reload();
  await expect(page.getByTestId("priority-2")).toHaveText("Governance");
  await expect(page.locator('form[data-roadmap-position="2"]')).toHaveAttribute("data-dimension-id", "governance");
  await expect(first.getByLabel("Marketing owner")).toHaveValue("Dana Ruiz, Head of Demand");
  await expect(first.getByLabel("IT owner")).toHaveValue("Sam Okafor, CRM lead");
  await expect(first.getByLabel("How we measure success")).toHaveValue("Time from brief to approved draft halves by September.");
});

test("the priority chooser offers only dimensions below level 3 and says why the others are missing", async ({ page, request }) => {
  const id = await startGenAiViaApi(request);
  // Outbound-led: Data & Analytics (4) and Sales Alignment (3) are focus dimensions already at level 3 or beyond.
  await rateAllGenAiViaApi(request, id, "outbound", (d) =>
    d === "data-analytics"
      ? { current: 4, target: 5 }
      : d === "sales-alignment"
        ? { current: 3, target: 4 }
        : d === "martech-stack"
          ? { current: "not_applicable", target: null }
          : { current: 2, target: 3 },
  );
  await page.goto(`/genai/${id}/result`);

  // The two focus dimensions below level 3, then the least mature of the others.
  await expect(page.getByTestId("priority-0")).toHaveText("Account-Based Marketing");
  await expect(page.getByTestId("priority-1")).toHaveText("Outbound Marketing");
  await expect(page.getByTestId("priority-2")).toHaveText("Content Creation");
  await expect(page.locator("form[data-roadmap-position]")).toHaveCount(3);

  const options = await page.getByLabel("Swap priority 3 for").locator("option").evaluateAll((nodes) => nodes.map((n) => (n as HTMLOptionElement).value));
  expect(options).toContain("governance");
  expect(options).toContain("account-based-marketing"); // already listed: swaps places
  for (const refused of ["data-analytics", "sales-alignment", "martech-stack"]) expect(options).not.toContain(refused);
  await expect(page.getByTestId("not-offered")).toHaveText(
    "Not offered: Data & Analytics and Sales Alignment are already at Integrated Workflows (level 3) or beyond. MarTech Stack is marked not applicable.",
  );

  // Sent anyway, the server refuses it and the page still shows the same priorities.
  const refused = await request.put(`/api/assessments/${id}/priorities`, {
    data: { priorities: ["account-based-marketing", "outbound-marketing", "data-analytics"] },
  });
  expect(refused.status()).toBe(400);
  await page.reload();
  await expect(page.getByTestId("priority-2")).toHaveText("Content Creation");
  await expect(page.getByRole("heading", { name: /Data & Analytics: level 3 by/ })).toHaveCount(0);
});

test("a bad roadmap save shows each message beside its field and changes nothing", async ({ page, request }) => {
  const id = await startGenAiViaApi(request);
  await rateAllGenAiViaApi(request, id, "outbound", () => ({ current: 2, target: 3 }));
  await page.goto(`/genai/${id}/result`);

  const card = page.locator('form[data-roadmap-position="1"]');
  const dimension = (await card.getAttribute("data-dimension-id")) as DimensionId;
  const defaults = getDimension(dimension).level3;
  const owner = card.getByLabel("Marketing owner");
  const date = card.getByLabel("Target date");

  await owner.fill("");
  await card.getByLabel("IT owner").fill(" ");
  await card.getByLabel("Training").fill("Changed training that must not be saved");
  await date.fill("2020-01-01");
  await card.getByRole("button", { name: "Save priority 2" }).click();

  const summary = card.getByRole("alert");
  await expect(summary).toContainText("Not saved: correct the fields marked below");
  // "below" is true: the summary sits above the first field of the card.
  const summaryBox = await summary.boundingBox();
  const firstFieldBox = await card.locator("textarea").first().boundingBox();
  expect(summaryBox && firstFieldBox && summaryBox.y + summaryBox.height <= firstFieldBox.y).toBe(true);
  await expect(owner).toHaveAttribute("aria-invalid", "true");
  await expect(owner).toHaveAccessibleDescription("Name the Marketing owner");
  await expect(card.getByLabel("IT owner")).toHaveAccessibleDescription("Name the IT owner");
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(date).toHaveAccessibleDescription(/past/i);
  // Focus goes to the first field to fix, in the order of the form: the date comes before the owners.
  await expect(date).toBeFocused();
  // The message sits right under its own field.
  const ownerErrorId = ((await owner.getAttribute("aria-describedby")) ?? "").split(" ").pop()!;
  await expect(owner.locator("xpath=following-sibling::*").last()).toHaveAttribute("id", ownerErrorId);

  await page.reload();
  await expect(card.getByLabel("Training")).toHaveValue(defaults.training);
  await expect(card.getByLabel("IT owner")).toHaveValue("");
  await expect(card.getByLabel("Target date")).toHaveValue(nextQ3End(new Date()));
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the GenAI question and result pages have no serious accessibility violations (${colorScheme})`, async ({ browser, request }) => {
    // axe over the long result page takes a while when the suite runs in parallel.
    test.setTimeout(90_000);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const id = await startGenAiViaApi(request);

    await page.goto(`/genai/${id}`);
    await expect(progress(page)).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    // A dimension with its target question and evidence note showing.
    await page.goto(`/genai/${id}?step=5`);
    await page.locator(currentGroup("data-analytics")).getByLabel(getDimension("data-analytics").levels[3], { exact: true }).check();
    await expect(page.locator('textarea[data-dimension-id="data-analytics"]')).toBeVisible();
    await expect(allSaved(page)).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    // Three dimensions below level 3, so the chooser, its "not offered" line and the cards are all scanned.
    await rateAllGenAiViaApi(request, id, "hybrid", (d) =>
      d === "paid-media"
        ? { current: "not_applicable", target: null }
        : d === "campaign-management" || d === "governance" || d === "talent-and-skills"
          ? { current: 2, target: 3 }
          : { current: 4, target: 5, evidence: "A shared dashboard" },
    );
    await page.goto(`/genai/${id}/result`);
    await expect(page.locator("svg.recharts-surface")).toBeVisible();
    await expect(page.getByTestId("not-offered")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });
}

test("a target the Convergence foundation cannot carry is flagged for the same browser, and only there", async ({ page, browser }) => {
  // This browser took the Convergence diagnostic: Data at level 1, everything else at 4.
  const diagnostic = await startDiagnosticViaApi(page.request);
  await answerAllViaApi(page.request, diagnostic, (pillar) => (pillar === "data" ? 1 : 4));

  const ratingFor = (d: DimensionId) => (d === "data-analytics" ? { current: 2 as const, target: 3 as const } : { current: 2 as const, target: 2 as const });
  const id = await startGenAiViaApi(page.request);
  await rateAllGenAiViaApi(page.request, id, "outbound", ratingFor);
  await page.goto(`/genai/${id}/result`);

  const flags = page.getByTestId("foundation-flags");
  await expect(flags).toBeVisible();
  await expect(flags).toContainText("AI amplifies what already exists");
  const dataGroup = flags.locator('div[data-pillar="data"]');
  await expect(dataGroup).toContainText(/Data at level 1, Siloed: below level 3/);
  const flag = dataGroup.locator('li[data-dimension-id="data-analytics"]');
  await expect(flag).toContainText("Data & Analytics aims for level 3, Integrated Workflows");
  await expect(flags.locator("li")).toHaveCount(1);

  // Another browser, without a diagnostic, sees no foundation section at all.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  const otherId = await startGenAiViaApi(other.request);
  await rateAllGenAiViaApi(other.request, otherId, "outbound", ratingFor);
  await other.goto(`/genai/${otherId}/result`);
  await expect(other.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(other.getByTestId("foundation-flags")).toHaveCount(0);
  await expect(other.getByRole("heading", { name: "Can your foundation carry these targets?" })).toHaveCount(0);
  await elsewhere.close();
});
