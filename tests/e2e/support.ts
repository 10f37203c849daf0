import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { QUESTIONS, type PillarId } from "../../lib/instruments/convergence";
import { DIMENSION_IDS, type DimensionId, type GtmMotion } from "../../lib/instruments/genai";
import type { Choice, MaturityLevel } from "../../lib/instruments/types";

/** Starts a diagnostic through the JSON API and returns its id. */
export async function startDiagnosticViaApi(request: APIRequestContext): Promise<string> {
  const response = await request.post("/api/assessments", {
    headers: { Accept: "application/json" },
    data: { instrument: "convergence" },
  });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { id: string };
  return body.id;
}

/** Answers every question through the API: `choiceFor` picks by pillar. */
export async function answerAllViaApi(
  request: APIRequestContext,
  id: string,
  choiceFor: (pillar: PillarId) => Choice,
): Promise<void> {
  for (const question of QUESTIONS) {
    const response = await request.put(`/api/assessments/${id}/answers`, {
      data: { questionId: question.id, choice: choiceFor(question.pillar) },
    });
    expect(response.status()).toBe(200);
  }
  expect((await request.post(`/api/assessments/${id}/complete`)).status()).toBe(200);
}

/** Fails on any axe violation of serious or critical impact. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
}

/** Presses Tab until the focused element matches the CSS selector (and text), failing after `limit` presses. */
export async function tabTo(page: Page, selector: string, textStartsWith = "", limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press("Tab");
    const reached = await page.evaluate(
      ([css, text]) => {
        const el = document.activeElement;
        return Boolean(el?.matches(css) && (el.textContent ?? "").trim().startsWith(text));
      },
      [selector, textStartsWith] as const,
    );
    if (reached) return;
  }
  throw new Error(`Tab never reached ${selector} ${textStartsWith}`);
}

/** Starts a Generative AI maturity assessment through the JSON API and returns its id. */
export async function startGenAiViaApi(request: APIRequestContext): Promise<string> {
  const response = await request.post("/api/assessments", {
    headers: { Accept: "application/json" },
    data: { instrument: "genai" },
  });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { id: string };
  return body.id;
}

export interface GenAiRatingInput {
  current: MaturityLevel | "not_applicable";
  target: MaturityLevel | null;
  evidence?: string;
}

/** Saves the motion and a rating for every dimension through the API, then completes the assessment. */
export async function rateAllGenAiViaApi(
  request: APIRequestContext,
  id: string,
  motion: GtmMotion,
  ratingFor: (dimension: DimensionId) => GenAiRatingInput,
): Promise<void> {
  expect((await request.put(`/api/assessments/${id}/motion`, { data: { motion } })).status()).toBe(200);
  for (const dimensionId of DIMENSION_IDS) {
    const { current, target, evidence = "" } = ratingFor(dimensionId);
    const response = await request.put(`/api/assessments/${id}/ratings`, {
      data: { dimensionId, current, target, evidence },
    });
    expect(response.status()).toBe(200);
  }
  expect((await request.post(`/api/assessments/${id}/complete`)).status()).toBe(200);
}
