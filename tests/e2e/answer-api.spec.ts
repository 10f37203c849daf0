import { expect, test } from "@playwright/test";
import { QUESTIONS } from "../../lib/instruments/convergence";
import { startDiagnosticViaApi } from "./support";

test("bad requests to the answer endpoint get a 4xx with a clear message and change nothing", async ({ request, page }) => {
  const id = await startDiagnosticViaApi(request);
  const url = `/api/assessments/${id}/answers`;
  const questionId = QUESTIONS[0]!.id;

  const cases: { data: unknown; status: number; message: RegExp }[] = [
    { data: { questionId: "nope", choice: 3 }, status: 400, message: /Unknown question/ },
    { data: { questionId, choice: 7 }, status: 400, message: /level from 1 to 5/ },
    { data: { questionId, choice: "maybe" }, status: 400, message: /level from 1 to 5/ },
    { data: Buffer.from("{broken"), status: 400, message: /not valid JSON/ },
  ];
  for (const c of cases) {
    const response = await request.put(url, {
      headers: { "Content-Type": "application/json" },
      data: c.data,
    });
    expect(response.status(), JSON.stringify(c.data)).toBe(c.status);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(c.message);
  }

  const unknown = await request.put("/api/assessments/AAAAAAAAAAAAAAAAAAAAAAAA/answers", { data: { questionId, choice: 3 } });
  expect(unknown.status()).toBe(404);

  // Nothing was written: the questionnaire still shows no answer.
  await page.goto(`/diagnostic/${id}`);
  await expect(page.getByRole("progressbar", { name: "Diagnostic progress" })).toHaveAttribute("aria-valuenow", "0");
});

test("an unknown assessment's pages answer 404", async ({ request }) => {
  expect((await request.get("/diagnostic/AAAAAAAAAAAAAAAAAAAAAAAA")).status()).toBe(404);
  expect((await request.get("/diagnostic/AAAAAAAAAAAAAAAAAAAAAAAA/result")).status()).toBe(404);
  expect((await request.get("/diagnostic/not-an-id")).status()).toBe(404);
});

test("the landing page's form starts a diagnostic without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: /start/i }).first().click();
  await expect(page).toHaveURL(/\/diagnostic\/[A-Za-z0-9_-]{24}$/);
  await context.close();
});
