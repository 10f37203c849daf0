import { describe, expect, it } from "vitest";
import { CONVERGENCE_LEVELS, PILLARS, PILLAR_IDS, QUESTIONS, getPillarQuestions } from "./convergence";

describe("the Convergence Factor instrument", () => {
  it("fits in five minutes: at most 20 questions", () => {
    expect(QUESTIONS.length).toBeLessThanOrEqual(20);
  });

  it("has unique question ids and at least three questions per pillar", () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    for (const pillar of PILLAR_IDS) expect(getPillarQuestions(pillar).length).toBeGreaterThanOrEqual(3);
  });

  it("gives every question five distinct options ordered from level 1 to 5", () => {
    for (const question of QUESTIONS) {
      expect(question.options.map((o) => o.level)).toEqual([1, 2, 3, 4, 5]);
      expect(new Set(question.options.map((o) => o.label)).size).toBe(5);
      expect(question.prompt.endsWith("?")).toBe(true);
    }
  });

  it("lists the five pillars in the model's order", () => {
    expect(PILLARS.map((p) => p.name)).toEqual(["Data", "Platforms", "Process", "KPIs", "People"]);
  });

  it("names the levels, starting Siloed and Connected, with what AI does at each", () => {
    expect(CONVERGENCE_LEVELS.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(CONVERGENCE_LEVELS.slice(0, 2).map((l) => l.name)).toEqual(["Siloed", "Connected"]);
    expect(CONVERGENCE_LEVELS[0]?.aiEffect).toMatch(/contradiction/i);
    expect(CONVERGENCE_LEVELS[1]?.aiEffect).toMatch(/inefficienc/i);
    expect(CONVERGENCE_LEVELS[2]?.aiEffect).toMatch(/reliab/i);
    for (const level of CONVERGENCE_LEVELS) {
      expect(level.meaning.length).toBeGreaterThan(20);
      expect(level.unlocksNext.length).toBeGreaterThan(20);
    }
  });
});
