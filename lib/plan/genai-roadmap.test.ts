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
  checkPriorityChange,
  findEligiblePriorities,
  findPriorityIneligibility,
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
        "inbound-marketing": rate(2),
        "content-creation": rate(2),
        "customer-experience": rate(1),
        "data-analytics": rate(1),
      }),
    );
    expect(proposePriorities(score, "inbound")).toEqual(["data-analytics", "customer-experience", "content-creation"]);
  });

  it("never proposes a focus dimension already at level 3 or beyond, and fills from the others instead", () => {
    const score = scoreGenAi(
      rateAll(rate(2), {
        "inbound-marketing": rate(3, 4),
        "content-creation": rate(1, 3),
        "customer-experience": rate(5, 5),
        "data-analytics": rate(4, 5),
      }),
    );
    // The one focus dimension below level 3 first, then the others by the same rule (ties in model order).
    expect(proposePriorities(score, "inbound")).toEqual(["content-creation", "account-based-marketing", "campaign-management"]);
  });

  it("proposes fewer than three when fewer dimensions are below level 3, and none when none is", () => {
    const { "talent-and-skills": _unanswered, ...ratings } = rateAll(rate(4, 5), { governance: rate(2, 3) });
    const twoLeft = scoreGenAi(ratings);
    // Unanswered ranks below level 1, so it comes first.
    expect(proposePriorities(twoLeft, "hybrid")).toEqual(["talent-and-skills", "governance"]);
    const allThere = scoreGenAi(rateAll(rate(3), { "paid-media": notApplicable }));
    for (const motion of MOTIONS) expect(proposePriorities(allThere, motion)).toEqual([]);
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
    // The remaining focus dimensions are at level 3 and 5, so the two other dimensions below level 3 fill in.
    expect(proposePriorities(score, "hybrid")).toEqual(["governance", "paid-media"]);
  });

  it("returns what there is when almost everything is 'Not applicable'", () => {
    const score = scoreGenAi(rateAll(notApplicable, { "martech-stack": rate(2), "paid-media": rate(1) }));
    expect(proposePriorities(score, "inbound")).toEqual(["paid-media", "martech-stack"]);
  });

  it("proposes nothing when every dimension is 'Not applicable'", () => {
    const score = scoreGenAi(rateAll(notApplicable));
    for (const motion of MOTIONS) expect(proposePriorities(score, motion)).toEqual([]);
  });
});

describe("priority eligibility", () => {
  it("refuses 'Not applicable' and levels 3 to 5, and accepts levels 1 and 2 and unanswered", () => {
    const score = scoreGenAi({
      "content-creation": notApplicable,
      "account-based-marketing": rate(1, 3),
      "campaign-management": rate(2, 2),
      "data-analytics": rate(3, 3),
      "sales-alignment": rate(4, 5),
      "martech-stack": rate(5, 5),
    });
    const why = (id: DimensionId) => findPriorityIneligibility(score.dimensions.find((d) => d.dimension === id));
    expect(why("content-creation")).toBe("not_applicable");
    expect(why("account-based-marketing")).toBeNull();
    expect(why("campaign-management")).toBeNull();
    expect(why("data-analytics")).toBe("already_there");
    expect(why("sales-alignment")).toBe("already_there");
    expect(why("martech-stack")).toBe("already_there");
    expect(why("governance")).toBeNull(); // unanswered
  });
});

describe("checkPriorityChange", () => {
  const score = scoreGenAi(
    rateAll(rate(2, 3), { "data-analytics": rate(4, 5), "paid-media": notApplicable, governance: rate(3, 4) }),
  );
  const current: DimensionId[] = ["content-creation", "account-based-marketing", "campaign-management"];

  it("accepts a dimension below level 3 and a swap of places", () => {
    expect(checkPriorityChange(score, current, ["sales-alignment", "account-based-marketing", "campaign-management"])).toBeNull();
    expect(checkPriorityChange(score, current, ["campaign-management", "account-based-marketing", "content-creation"])).toBeNull();
  });

  it("refuses a 'Not applicable' dimension, naming it", () => {
    expect(checkPriorityChange(score, current, ["paid-media", "account-based-marketing", "campaign-management"])).toBe(
      "Paid Media is marked not applicable, so it cannot be a priority",
    );
  });

  it("refuses a dimension already at level 3 or beyond, naming its level", () => {
    expect(checkPriorityChange(score, current, ["data-analytics", "account-based-marketing", "campaign-management"])).toMatch(
      /^Data & Analytics is already at level 4, Intelligent Systems/,
    );
    expect(checkPriorityChange(score, current, ["governance", "account-based-marketing", "campaign-management"])).toMatch(/level 3, Integrated Workflows/);
  });

  it("refuses a list that adds or drops a card", () => {
    expect(checkPriorityChange(score, current, ["content-creation", "account-based-marketing"])).toMatch(/exactly 3 priorities/);
    expect(checkPriorityChange(score, ["content-creation"], ["content-creation", "governance"])).toMatch(/exactly 1 priority,/);
  });

  it("still lets a roadmap saved before the rule keep a dimension that is now refused", () => {
    const legacy: DimensionId[] = ["data-analytics", "account-based-marketing", "campaign-management"];
    expect(checkPriorityChange(score, legacy, ["data-analytics", "sales-alignment", "campaign-management"])).toBeNull();
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
  it("proposes three distinct dimensions below level 3, from the focus set whenever it has three of them", () => {
    fc.assert(
      fc.property(ratingsArb, motionArb, (ratings, motion) => {
        const score = scoreGenAi(ratings);
        const priorities = proposePriorities(score, motion);
        const result = (id: DimensionId) => score.dimensions.find((d) => d.dimension === id);
        // Written out here rather than calling findPriorityIneligibility, so the rule is checked, not echoed.
        const isBelowThree = (id: DimensionId) =>
          result(id)?.status === "unanswered" || (result(id)?.status === "rated" && (result(id)?.current ?? 5) < 3);
        const eligibleFocus = MOTION_FOCUS[motion].filter(isBelowThree);
        const eligible = DIMENSION_IDS.filter(isBelowThree);
        expect(new Set(priorities).size).toBe(priorities.length);
        expect(priorities).toHaveLength(Math.min(PRIORITY_COUNT, eligible.length));
        for (const id of priorities) expect(isBelowThree(id)).toBe(true);
        expect(findEligiblePriorities(score)).toEqual(eligible);
        if (eligibleFocus.length >= PRIORITY_COUNT) {
          for (const id of priorities) expect(MOTION_FOCUS[motion]).toContain(id);
        }
      }),
    );
  });

  it("the server accepts exactly the swaps the chooser offers: eligible dimensions or ones already listed", () => {
    fc.assert(
      fc.property(ratingsArb, motionArb, dimensionArb, fc.nat(2), (ratings, motion, dimension, rawIndex) => {
        const score = scoreGenAi(ratings);
        const priorities = proposePriorities(score, motion);
        fc.pre(priorities.length > 0);
        const index = rawIndex % priorities.length;
        const next = replacePriority(priorities, index, dimension);
        const isOffered = priorities.includes(dimension) || findEligiblePriorities(score).includes(dimension);
        expect(checkPriorityChange(score, priorities, next) === null).toBe(isOffered);
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

describe("shortRoadmapNote", () => {
  it("explains a roadmap of one or two cards, and says nothing of a full or an empty one", async () => {
    const { shortRoadmapNote } = await import("./genai-roadmap");
    expect(shortRoadmapNote(1)).toBe("Only one of the dimensions that apply is below level 3, so the roadmap has one card.");
    expect(shortRoadmapNote(2)).toBe("Only two of the dimensions that apply are below level 3, so the roadmap has two cards.");
    expect(shortRoadmapNote(0)).toBeNull();
    expect(shortRoadmapNote(3)).toBeNull();
  });
});
