import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DIMENSION_IDS,
  MOTION_FOCUS,
  NOT_APPLICABLE,
  getDimension,
  type DimensionId,
  type GtmMotion,
} from "../instruments/genai";
import type { MaturityLevel } from "../instruments/types";
import { scoreGenAi, type DimensionRating, type GenAiRatings } from "../scoring/genai";
import {
  PRIORITY_COUNT,
  buildDefaultRoadmap,
  flagTargetsBeyondFoundation,
  nextQ3End,
  proposePriorities,
  replacePriority,
} from "./genai-roadmap";

const MOTIONS: readonly GtmMotion[] = ["inbound", "outbound", "hybrid"];

const levelArb = fc.constantFrom<MaturityLevel>(1, 2, 3, 4, 5);
const motionArb = fc.constantFrom(...MOTIONS);
const dimensionArb = fc.constantFrom(...DIMENSION_IDS);
const ratingArb: fc.Arbitrary<DimensionRating | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant<DimensionRating>({ current: NOT_APPLICABLE, target: null, evidence: "" }),
  fc.record({ current: levelArb, target: fc.option(levelArb), evidence: fc.constant("") }),
);
const ratingsArb: fc.Arbitrary<GenAiRatings> = fc
  .tuple(...DIMENSION_IDS.map(() => ratingArb))
  .map((ratings) =>
    Object.fromEntries(DIMENSION_IDS.flatMap((id, i) => (ratings[i] === undefined ? [] : [[id, ratings[i]]]))),
  );

const rate = (current: MaturityLevel, target: MaturityLevel | null = null): DimensionRating => ({
  current,
  target,
  evidence: "",
});
const notApplicable: DimensionRating = { current: NOT_APPLICABLE, target: null, evidence: "" };

function rateAll(rating: DimensionRating, overrides: GenAiRatings = {}): GenAiRatings {
  return { ...Object.fromEntries(DIMENSION_IDS.map((id) => [id, rating])), ...overrides };
}

const byModelOrder = (ids: readonly DimensionId[]) =>
  [...ids].sort((a, b) => DIMENSION_IDS.indexOf(a) - DIMENSION_IDS.indexOf(b));

describe("proposePriorities", () => {
  it("proposes the three least mature dimensions of the motion's focus set", () => {
    const score = scoreGenAi(
      rateAll(rate(1), {
        "inbound-marketing": rate(3),
        "content-creation": rate(2),
        "customer-experience": rate(4),
        "data-analytics": rate(1),
      }),
    );
    expect(proposePriorities(score, "inbound")).toEqual(["data-analytics", "content-creation", "inbound-marketing"]);
  });

  it("breaks ties by the model's order, not by the focus list's order", () => {
    const score = scoreGenAi(rateAll(rate(2)));
    for (const motion of MOTIONS) {
      expect(proposePriorities(score, motion)).toEqual(byModelOrder(MOTION_FOCUS[motion]).slice(0, 3));
    }
  });

  it("ranks an unanswered dimension below level 1", () => {
    const { "sales-alignment": _unanswered, ...ratings } = rateAll(rate(1));
    const score = scoreGenAi(ratings);
    expect(proposePriorities(score, "outbound")[0]).toBe("sales-alignment");
  });

  it("skips 'Not applicable' dimensions and fills from the other dimensions by the same rule", () => {
    const score = scoreGenAi(
      rateAll(rate(4), {
        "campaign-management": notApplicable,
        "content-creation": notApplicable,
        "account-based-marketing": rate(3),
        "sales-alignment": rate(5),
        governance: rate(2),
        "paid-media": rate(2),
      }),
    );
    // Both remaining focus dimensions first, then the least mature other one (ties in model order).
    expect(proposePriorities(score, "hybrid")).toEqual(["account-based-marketing", "sales-alignment", "governance"]);
  });

  it("returns what there is when almost everything is 'Not applicable'", () => {
    const score = scoreGenAi(rateAll(notApplicable, { "martech-stack": rate(3), "paid-media": rate(1) }));
    expect(proposePriorities(score, "inbound")).toEqual(["paid-media", "martech-stack"]);
  });

  it("proposes nothing when every dimension is 'Not applicable'", () => {
    const score = scoreGenAi(rateAll(notApplicable));
    for (const motion of MOTIONS) expect(proposePriorities(score, motion)).toEqual([]);
  });
});

describe("replacePriority", () => {
  const priorities: DimensionId[] = ["content-creation", "governance", "paid-media"];

  it("puts a dimension not yet listed at the index", () => {
    expect(replacePriority(priorities, 1, "martech-stack")).toEqual(["content-creation", "martech-stack", "paid-media"]);
  });

  it("swaps places with a dimension already listed elsewhere, never duplicating it", () => {
    expect(replacePriority(priorities, 0, "paid-media")).toEqual(["paid-media", "governance", "content-creation"]);
  });

  it("leaves the list as it is when the dimension is already at the index", () => {
    expect(replacePriority(priorities, 1, "governance")).toEqual(priorities);
  });

  it("does not change the list it was given", () => {
    replacePriority(priorities, 2, "martech-stack");
    expect(priorities).toEqual(["content-creation", "governance", "paid-media"]);
  });

  it("throws a RangeError for an index outside the list", () => {
    expect(() => replacePriority(priorities, -1, "governance")).toThrow(RangeError);
    expect(() => replacePriority(priorities, 3, "governance")).toThrow(RangeError);
    expect(() => replacePriority(priorities, 1.5, "governance")).toThrow(RangeError);
    expect(() => replacePriority([], 0, "governance")).toThrow(RangeError);
  });
});

describe("nextQ3End", () => {
  it.each([
    ["2026-11-23T10:00:00Z", "2027-09-30"],
    ["2027-03-01T00:00:00Z", "2027-09-30"],
    ["2027-01-01T00:00:00Z", "2027-09-30"],
    ["2027-06-30T23:59:59Z", "2027-09-30"],
    ["2027-07-01T00:00:00Z", "2028-09-30"],
    ["2027-09-30T12:00:00Z", "2028-09-30"],
    ["2027-12-31T23:59:59Z", "2028-09-30"],
  ])("on %s gives %s", (today, expected) => {
    expect(nextQ3End(new Date(today))).toBe(expected);
  });

  it("reads the date in UTC, whatever the local time zone", () => {
    // 30 June 23:30 in UTC−2 is already 1 July in UTC.
    expect(nextQ3End(new Date("2027-06-30T23:30:00-02:00"))).toBe("2028-09-30");
  });

  it("throws a RangeError for an invalid date", () => {
    expect(() => nextQ3End(new Date("not a date"))).toThrow(RangeError);
  });
});

describe("buildDefaultRoadmap", () => {
  it("fills each priority from its level-3 texts, dated to the next Q3 end, with owners left empty", () => {
    const priorities: DimensionId[] = ["account-based-marketing", "data-analytics", "talent-and-skills"];
    const roadmap = buildDefaultRoadmap(priorities, new Date("2026-11-23T00:00:00Z"));
    expect(roadmap.map((e) => e.dimension)).toEqual(priorities);
    for (const entry of roadmap) {
      const { level3 } = getDimension(entry.dimension);
      expect(entry).toEqual({
        dimension: entry.dimension,
        ...level3,
        targetDate: "2027-09-30",
        marketingOwner: "",
        itOwner: "",
      });
      expect(entry.whatItLooksLike.length).toBeGreaterThan(0);
    }
  });

  it("gives an empty roadmap for no priorities", () => {
    expect(buildDefaultRoadmap([], new Date("2026-11-23T00:00:00Z"))).toEqual([]);
  });
});

describe("flagTargetsBeyondFoundation", () => {
  // Data & Analytics leans on both pillars; Content Creation on Platforms only; Governance on
  // Data only; Marketing Talent & AI Skills on neither.
  const scoreWith = (ratings: GenAiRatings) => scoreGenAi(ratings);

  it("knows which pillars the example dimensions lean on", () => {
    expect(getDimension("data-analytics").leansOnPillars).toEqual(expect.arrayContaining(["data", "platforms"]));
    expect(getDimension("content-creation").leansOnPillars).not.toContain("data");
    expect(getDimension("governance").leansOnPillars).not.toContain("platforms");
    expect(getDimension("talent-and-skills").leansOnPillars).toEqual([]);
  });

  it("flags a level-3 target when the pillar it leans on is at level 2", () => {
    const flags = flagTargetsBeyondFoundation(scoreWith({ governance: rate(1, 3) }), { data: 2, platforms: null });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ dimension: "governance", target: 3, pillar: "data", pillarLevel: 2 });
    const reason = flags[0]!.reason;
    expect(reason).toContain(getDimension("governance").name);
    expect(reason).toContain("level 3, Integrated Workflows");
    expect(reason).toContain("Data at level 2, Connected");
    expect(reason).toContain("AI amplifies what already exists");
  });

  it("does not flag when the pillar is at level 3", () => {
    expect(flagTargetsBeyondFoundation(scoreWith({ governance: rate(1, 5) }), { data: 3, platforms: 1 })).toEqual([]);
  });

  it("does not flag a target of level 2, which a weak pillar can carry", () => {
    expect(flagTargetsBeyondFoundation(scoreWith({ "data-analytics": rate(1, 2) }), { data: 1, platforms: 1 })).toEqual(
      [],
    );
  });

  it("does not flag when the pillar's level is unknown", () => {
    expect(
      flagTargetsBeyondFoundation(scoreWith({ "data-analytics": rate(2, 4) }), { data: null, platforms: null }),
    ).toEqual([]);
  });

  it("does not flag a pillar the dimension does not lean on", () => {
    const score = scoreWith({ "content-creation": rate(1, 4), "talent-and-skills": rate(1, 5) });
    expect(flagTargetsBeyondFoundation(score, { data: 1, platforms: 4 })).toEqual([]);
  });

  it("does not flag dimensions without a target, 'Not applicable' or unanswered", () => {
    const score = scoreWith({ "data-analytics": rate(3), "martech-stack": notApplicable });
    expect(flagTargetsBeyondFoundation(score, { data: 1, platforms: 1 })).toEqual([]);
  });

  it("lists flags in the model's order, Data before Platforms", () => {
    const score = scoreWith({ "campaign-management": rate(2, 3), "content-creation": rate(1, 4), governance: rate(2, 4) });
    const flags = flagTargetsBeyondFoundation(score, { data: 2, platforms: 1 });
    expect(flags.map((f) => [f.dimension, f.pillar, f.target, f.pillarLevel])).toEqual([
      ["content-creation", "platforms", 4, 1],
      ["campaign-management", "data", 3, 2],
      ["campaign-management", "platforms", 3, 1],
      ["governance", "data", 4, 2],
    ]);
    expect(flags[1]!.reason).toContain("level 3, Integrated Workflows");
    expect(flags[2]!.reason).toContain("Platforms at level 1, Siloed");
  });
});

describe("roadmap properties", () => {
  it("proposes three distinct focus dimensions whenever three of the focus set are applicable", () => {
    fc.assert(
      fc.property(ratingsArb, motionArb, (ratings, motion) => {
        const score = scoreGenAi(ratings);
        const priorities = proposePriorities(score, motion);
        const status = (id: DimensionId) => score.dimensions.find((d) => d.dimension === id)?.status;
        const applicableFocus = MOTION_FOCUS[motion].filter((id) => status(id) !== "not_applicable");
        const applicable = DIMENSION_IDS.filter((id) => status(id) !== "not_applicable");
        expect(new Set(priorities).size).toBe(priorities.length);
        expect(priorities).toHaveLength(Math.min(PRIORITY_COUNT, applicable.length));
        for (const id of priorities) expect(status(id)).not.toBe("not_applicable");
        if (applicableFocus.length >= PRIORITY_COUNT) {
          for (const id of priorities) expect(MOTION_FOCUS[motion]).toContain(id);
        }
      }),
    );
  });

  it("never leaves out a less mature focus dimension for a more mature one", () => {
    fc.assert(
      fc.property(ratingsArb, motionArb, (ratings, motion) => {
        const score = scoreGenAi(ratings);
        const priorities = proposePriorities(score, motion);
        const result = (id: DimensionId) => score.dimensions.find((d) => d.dimension === id);
        const rank = (id: DimensionId) => result(id)?.current ?? 0;
        const chosenFocus = priorities.filter((id) => MOTION_FOCUS[motion].includes(id));
        const worstChosen = Math.max(...chosenFocus.map(rank));
        for (const id of MOTION_FOCUS[motion]) {
          if (priorities.includes(id) || result(id)?.status === "not_applicable") continue;
          expect(rank(id)).toBeGreaterThanOrEqual(worstChosen);
        }
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(ratingsArb, motionArb, (ratings, motion) => {
        expect(proposePriorities(scoreGenAi(ratings), motion)).toEqual(proposePriorities(scoreGenAi(ratings), motion));
      }),
    );
  });

  it("replacePriority keeps the list a duplicate-free replacement of the original", () => {
    const prioritiesArb = fc.uniqueArray(dimensionArb, { minLength: 1, maxLength: DIMENSION_IDS.length });
    fc.assert(
      fc.property(prioritiesArb, fc.nat(), dimensionArb, (priorities, n, dimension) => {
        const index = n % priorities.length;
        const next = replacePriority(priorities, index, dimension);
        expect(next).toHaveLength(priorities.length);
        expect(new Set(next).size).toBe(next.length);
        expect(next[index]).toBe(dimension);
        if (priorities.includes(dimension)) {
          // A swap: the same members, in a new order.
          expect([...next].sort()).toEqual([...priorities].sort());
        } else {
          // A replacement: only the index changed.
          expect(next.filter((_, k) => k !== index)).toEqual(priorities.filter((_, k) => k !== index));
        }
      }),
    );
  });

  it("only flags rated targets of level 3 or more over a known pillar below level 3 that the dimension leans on", () => {
    const pillarArb = fc.option(levelArb);
    fc.assert(
      fc.property(ratingsArb, pillarArb, pillarArb, (ratings, data, platforms) => {
        const score = scoreGenAi(ratings);
        for (const flag of flagTargetsBeyondFoundation(score, { data, platforms })) {
          const result = score.dimensions.find((d) => d.dimension === flag.dimension);
          expect(result?.status).toBe("rated");
          expect(flag.target).toBe(result?.target);
          expect(flag.target).toBeGreaterThanOrEqual(3);
          expect(flag.pillarLevel).toBe(flag.pillar === "data" ? data : platforms);
          expect(flag.pillarLevel).toBeLessThan(3);
          expect(getDimension(flag.dimension).leansOnPillars).toContain(flag.pillar);
        }
      }),
    );
  });
});
