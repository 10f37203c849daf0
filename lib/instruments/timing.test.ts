import { describe, expect, it } from "vitest";
import { QUESTIONS, SECONDS_PER_QUESTION } from "./convergence";
import { DIMENSION_IDS, SECONDS_PER_DIMENSION } from "./genai";
import { minutesToComplete, secondsToComplete } from "./timing";

describe("time to complete", () => {
  it("counts every Convergence question, and the GenAI motion question plus every dimension", () => {
    expect(secondsToComplete("convergence")).toBe(QUESTIONS.length * SECONDS_PER_QUESTION);
    expect(secondsToComplete("genai")).toBe((DIMENSION_IDS.length + 1) * SECONDS_PER_DIMENSION);
  });

  it("rounds up to whole minutes, so the promise is never shorter than the pace", () => {
    for (const instrument of ["convergence", "genai"] as const) {
      const minutes = minutesToComplete(instrument);
      expect(minutes * 60).toBeGreaterThanOrEqual(secondsToComplete(instrument));
      expect((minutes - 1) * 60).toBeLessThan(secondsToComplete(instrument));
    }
  });

  it("keeps the Convergence diagnostic within the five minutes the product promises", () => {
    expect(minutesToComplete("convergence")).toBeLessThanOrEqual(5);
  });
});
