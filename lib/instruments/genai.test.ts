import { describe, expect, it } from "vitest";
import { PILLAR_IDS } from "./convergence";
import {
  DIMENSIONS,
  DIMENSION_IDS,
  FOUNDATION_LABELS,
  GENAI_LEVELS,
  GTM_MOTIONS,
  MOTION_FOCUS,
  getDimension,
  getGenAiLevel,
  isDimensionId,
  type Level3Roadmap,
} from "./genai";

const SEED_DIMENSION_NAMES = [
  "Content Creation",
  "Account-Based Marketing",
  "Campaign Management",
  "Data & Analytics",
  "Sales Alignment",
  "MarTech Stack",
  "Governance",
  "Inbound Marketing",
  "Outbound Marketing",
  "Customer Experience",
];

const wordCount = (text: string) => text.trim().split(/\s+/).length;
const sentenceCount = (text: string) => text.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== "").length;

describe("the Generative AI maturity model", () => {
  it("names the five levels exactly as the model does, each with both teams' view", () => {
    expect(GENAI_LEVELS.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(GENAI_LEVELS.map((l) => l.name)).toEqual([
      "Experimenting",
      "Structured Pilots",
      "Integrated Workflows",
      "Intelligent Systems",
      "Transformational",
    ]);
    for (const level of GENAI_LEVELS) {
      expect(sentenceCount(level.meaning)).toBe(1);
      for (const view of [level.marketingSees, level.itSees]) {
        expect(view.length).toBeGreaterThan(20);
        expect(sentenceCount(view)).toBeLessThanOrEqual(2);
      }
      expect(level.marketingSees).not.toBe(level.itSees);
    }
    expect(getGenAiLevel(3).name).toBe("Integrated Workflows");
  });

  it("has thirteen unique dimensions, the model's ten first and in its order", () => {
    expect(DIMENSIONS).toHaveLength(13);
    expect(new Set(DIMENSION_IDS).size).toBe(13);
    expect(new Set(DIMENSIONS.map((d) => d.name)).size).toBe(13);
    expect(DIMENSIONS.slice(0, 10).map((d) => d.name)).toEqual(SEED_DIMENSION_NAMES);
    expect(DIMENSION_IDS).toEqual(DIMENSIONS.map((d) => d.id));
  });

  it("describes every level of every dimension in 15–35 words, all distinct", () => {
    const all: string[] = [];
    for (const dimension of DIMENSIONS) {
      expect(dimension.levels).toHaveLength(5);
      expect(dimension.summary.length).toBeGreaterThan(10);
      for (const description of dimension.levels) {
        const words = wordCount(description);
        expect(words, `${dimension.id}: ${description}`).toBeGreaterThanOrEqual(15);
        expect(words, `${dimension.id}: ${description}`).toBeLessThanOrEqual(35);
        all.push(description);
      }
    }
    expect(new Set(all).size).toBe(13 * 5);
  });

  it("gives every dimension one to three valid foundations and valid pillars", () => {
    const foundations = Object.keys(FOUNDATION_LABELS);
    for (const dimension of DIMENSIONS) {
      expect(dimension.dependsOn.length).toBeGreaterThanOrEqual(1);
      expect(dimension.dependsOn.length).toBeLessThanOrEqual(3);
      expect(new Set(dimension.dependsOn).size).toBe(dimension.dependsOn.length);
      for (const foundation of dimension.dependsOn) expect(foundations).toContain(foundation);
      expect(new Set(dimension.leansOnPillars).size).toBe(dimension.leansOnPillars.length);
      for (const pillar of dimension.leansOnPillars) {
        expect(["data", "platforms"]).toContain(pillar);
        expect(PILLAR_IDS).toContain(pillar);
      }
    }
    for (const label of Object.values(FOUNDATION_LABELS)) expect(label.trim()).not.toBe("");
  });

  it("fills every field of the Level 3 roadmap in one or two sentences", () => {
    const fields: (keyof Level3Roadmap)[] = [
      "whatItLooksLike",
      "infrastructure",
      "training",
      "governance",
      "successMeasure",
      "marketingWin",
      "itWin",
    ];
    for (const dimension of DIMENSIONS) {
      expect(Object.keys(dimension.level3).sort()).toEqual([...fields].sort());
      for (const field of fields) {
        const text = dimension.level3[field];
        expect(text.trim(), `${dimension.id}.${field}`).not.toBe("");
        expect(sentenceCount(text), `${dimension.id}.${field}`).toBeLessThanOrEqual(2);
      }
    }
  });

  it("focuses each go-to-market motion on exactly the model's dimensions", () => {
    expect(GTM_MOTIONS.map((m) => m.id)).toEqual(["inbound", "outbound", "hybrid"]);
    expect(MOTION_FOCUS).toEqual({
      inbound: ["inbound-marketing", "content-creation", "customer-experience", "data-analytics"],
      outbound: ["account-based-marketing", "outbound-marketing", "sales-alignment", "data-analytics"],
      hybrid: ["campaign-management", "content-creation", "account-based-marketing", "sales-alignment"],
    });
    for (const focus of Object.values(MOTION_FOCUS)) {
      expect(focus.length).toBeGreaterThanOrEqual(3);
      for (const id of focus) expect(isDimensionId(id)).toBe(true);
    }
  });

  it("recognises dimension ids and rejects anything else", () => {
    for (const id of DIMENSION_IDS) {
      expect(isDimensionId(id)).toBe(true);
      expect(getDimension(id).id).toBe(id);
    }
    for (const value of ["", "Content Creation", "content_creation", "data", "not_applicable", "toString"]) {
      expect(isDimensionId(value)).toBe(false);
    }
  });
});
