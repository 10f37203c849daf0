import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BENCHMARK_THRESHOLD,
  candidateCohorts,
  chooseCohort,
  cohortDefinition,
  cohortHistograms,
  cohortLabel,
  comparePart,
  countCohort,
  fallbackNote,
  formatFigure,
  formatPercentile,
  histogramSize,
  latestPerOrganization,
  mergeHistograms,
  normalizeHistogram,
  ordinal,
  percentileRank,
  percentileRankOfValues,
  quantile,
  quantileOfValues,
  quartilesOf,
  roundPercentile,
  selectContributors,
  toHistogram,
  type CohortCell,
  type CohortLabels,
  type CompletedAssessmentFacts,
} from "./benchmarks";

const LABELS: CohortLabels = {
  industry: (v) => ({ retail: "Retail", healthcare: "Healthcare", other: "Other" })[v] ?? v,
  sizeBand: (v) => ({ "1000-4999": "1,000–4,999 employees", "1-49": "1–49 employees" })[v] ?? v,
};

const scores = fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 60 });
const levels = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 60 });

describe("percentileRank: below plus half of the equal, over the cohort", () => {
  it("splits ties evenly", () => {
    const h = toHistogram([10, 20, 20, 20, 30]);
    // 1 below, 3 equal: (1 + 1.5) / 5
    expect(percentileRank(h, 20)).toBe(50);
    expect(percentileRank(h, 10)).toBe(10);
    expect(percentileRank(h, 30)).toBe(90);
    // A value outside the cohort: nothing equal.
    expect(percentileRank(h, 25)).toBe(80);
    expect(percentileRank(h, 5)).toBe(0);
    expect(percentileRank(h, 99)).toBe(100);
  });

  it("puts everyone at the 50th percentile when all are equal, and answers null for an empty cohort", () => {
    expect(percentileRank(toHistogram(Array(BENCHMARK_THRESHOLD).fill(3)), 3)).toBe(50);
    expect(percentileRank([], 3)).toBeNull();
    expect(percentileRankOfValues([], 3)).toBeNull();
  });

  it("on a cohort of exactly the threshold, ten distinct values step by ten points from 5", () => {
    const h = toHistogram([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect([0, 10, 50, 90].map((v) => percentileRank(h, v))).toEqual([5, 15, 55, 95]);
  });

  it("equals the array definition on any cohort and value", () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: -5, max: 105 }), (values, value) => {
        expect(percentileRank(toHistogram(values), value)).toBe(percentileRankOfValues(values, value));
      }),
    );
  });

  it("stays in 0–100, never falls as the value rises, and averages 50 over the cohort's own members", () => {
    fc.assert(
      fc.property(levels, (values) => {
        const h = toHistogram(values);
        let previous = -1;
        for (let v = 0; v <= 6; v += 1) {
          const rank = percentileRank(h, v)!;
          expect(rank).toBeGreaterThanOrEqual(0);
          expect(rank).toBeLessThanOrEqual(100);
          expect(rank).toBeGreaterThanOrEqual(previous);
          previous = rank;
        }
        const mean = values.reduce((sum, v) => sum + percentileRank(h, v)!, 0) / values.length;
        expect(mean).toBeCloseTo(50, 9);
      }),
    );
  });
});

describe("quantiles: linear interpolation between closest ranks (type 7)", () => {
  it("matches the spreadsheet rule on small cases", () => {
    expect(quantileOfValues([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileOfValues([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileOfValues([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantileOfValues([7], 0.25)).toBe(7);
    expect(quantileOfValues([], 0.5)).toBeNull();
    expect(quartilesOf(toHistogram([1, 2, 2, 3, 5]))).toEqual({ min: 1, q1: 2, median: 2, q3: 3, max: 5 });
    expect(quartilesOf([])).toBeNull();
    expect(() => quantile(toHistogram([1]), 1.5)).toThrow(RangeError);
  });

  it("on a histogram equals the same rule on the raw values, for every p", () => {
    fc.assert(
      fc.property(scores, fc.double({ min: 0, max: 1, noNaN: true }), (values, p) => {
        const fromHistogram = quantile(toHistogram(values), p);
        const reference = quantileOfValues(values, p);
        if (reference === null) expect(fromHistogram).toBeNull();
        else expect(fromHistogram).toBeCloseTo(reference, 9);
      }),
    );
  });

  it("orders min ≤ q1 ≤ median ≤ q3 ≤ max and ignores the order of the values", () => {
    fc.assert(
      fc.property(levels, (values) => {
        const q = quartilesOf(toHistogram(values))!;
        expect(q.min).toBeLessThanOrEqual(q.q1);
        expect(q.q1).toBeLessThanOrEqual(q.median);
        expect(q.median).toBeLessThanOrEqual(q.q3);
        expect(q.q3).toBeLessThanOrEqual(q.max);
        expect(quartilesOf(toHistogram([...values].reverse()))).toEqual(q);
      }),
    );
  });
});

describe("histograms", () => {
  it("sort, merge duplicates and drop empty rows, whatever order SQL returns them in", () => {
    expect(normalizeHistogram([{ value: 5, count: 1 }, { value: 1, count: 2 }, { value: 5, count: 3 }, { value: 2, count: 0 }])).toEqual([
      { value: 1, count: 2 },
      { value: 5, count: 4 },
    ]);
    expect(() => normalizeHistogram([{ value: 1, count: -1 }])).toThrow(RangeError);
  });

  it("merging the cells of a cohort equals the histogram of all their values", () => {
    fc.assert(
      fc.property(fc.array(scores, { maxLength: 6 }), (cells) => {
        expect(mergeHistograms(cells.map(toHistogram))).toEqual(toHistogram(cells.flat()));
        expect(histogramSize(mergeHistograms(cells.map(toHistogram)))).toBe(cells.flat().length);
      }),
    );
  });
});

describe("who counts: each organisation's latest completed assessment, only if opted in", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 0, day));
  const row = (id: string, organizationId: string, day: number, benchmarkOptIn: boolean): CompletedAssessmentFacts => ({
    id,
    organizationId,
    completedAt: at(day),
    benchmarkOptIn,
  });

  it("counts an organisation with many opted-in assessments once, with its latest", () => {
    const rows = [row("a1", "org-a", 1, true), row("a2", "org-a", 5, true), row("a3", "org-a", 3, true), row("b1", "org-b", 2, true)];
    expect(selectContributors(rows).map((r) => r.id).sort()).toEqual(["a2", "b1"]);
  });

  it("lets a newer assessment that is not opted in hide an older one that is", () => {
    expect(selectContributors([row("old", "org-a", 1, true), row("new", "org-a", 2, false)])).toEqual([]);
    expect(selectContributors([row("old", "org-a", 1, false), row("new", "org-a", 2, true)]).map((r) => r.id)).toEqual(["new"]);
  });

  it("breaks an exact tie on completion time by the larger id", () => {
    expect(latestPerOrganization([row("B", "org", 1, true), row("a", "org", 1, false)]).map((r) => r.id)).toEqual(["a"]);
  });

  it("never returns two rows of one organisation, and never a row that is not opted in", () => {
    const rows = fc.array(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 6 }),
        organizationId: fc.constantFrom("o1", "o2", "o3", "o4"),
        completedAt: fc.integer({ min: 0, max: 10 }).map((d) => at(d + 1)),
        benchmarkOptIn: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(rows, (list) => {
        const chosen = selectContributors(list);
        expect(new Set(chosen.map((r) => r.organizationId)).size).toBe(chosen.length);
        expect(chosen.every((r) => r.benchmarkOptIn)).toBe(true);
        for (const c of chosen) {
          const later = list.filter((r) => r.organizationId === c.organizationId && r.completedAt > c.completedAt);
          expect(later).toEqual([]);
        }
      }),
    );
  });
});

describe("cohort choice: industry × size, industry, size, everyone; at least the threshold", () => {
  const org = { industry: "retail", sizeBand: "1000-4999" };
  const cell = (industry: string, sizeBand: string, organizations: number): CohortCell => ({ industry, sizeBand, organizations });

  it("takes the narrowest cohort that holds exactly the threshold", () => {
    const choice = chooseCohort(org, [cell("retail", "1000-4999", BENCHMARK_THRESHOLD), cell("retail", "1-49", 50)]);
    expect(choice.cohort).toEqual({ scope: "industry_size", industry: "retail", sizeBand: "1000-4999" });
    expect(choice.organizations).toBe(10);
    expect(fallbackNote(choice, LABELS)).toBeNull();
  });

  it("falls back to the industry when the cell holds one fewer, and says so", () => {
    const choice = chooseCohort(org, [cell("retail", "1000-4999", 9), cell("retail", "1-49", 1)]);
    expect(choice.cohort).toEqual({ scope: "industry", industry: "retail", sizeBand: null });
    expect(choice.organizations).toBe(10);
    expect(fallbackNote(choice, LABELS)).toBe("Fewer than 10 organisations in Retail × 1,000–4,999 employees; showing Retail.");
  });

  it("falls back to the size band, then to everyone, then to nothing", () => {
    const bySize = chooseCohort(org, [cell("retail", "1000-4999", 3), cell("healthcare", "1000-4999", 7)]);
    expect(bySize.cohort?.scope).toBe("size");
    expect(bySize.organizations).toBe(10);
    const everyone = chooseCohort(org, [cell("retail", "1000-4999", 3), cell("healthcare", "1-49", 7)]);
    expect(everyone.cohort?.scope).toBe("everyone");
    expect(fallbackNote(everyone, LABELS)).toBe(
      "Fewer than 10 organisations in Retail × 1,000–4,999 employees, Retail or 1,000–4,999 employees; showing Every organisation.",
    );
    const none = chooseCohort(org, [cell("retail", "1000-4999", 3), cell("healthcare", "1-49", 6)]);
    expect(none.cohort).toBeNull();
    expect(none.passedOver).toHaveLength(4);
  });

  it("never groups organisations filed under Other by industry", () => {
    expect(candidateCohorts({ industry: "other", sizeBand: "1-49" }).map((c) => c.scope)).toEqual(["size", "everyone"]);
    const choice = chooseCohort({ industry: "other", sizeBand: "1-49" }, [cell("other", "1-49", 40)]);
    expect(choice.cohort?.scope).toBe("size");
    expect(fallbackNote(choice, LABELS)).toContain("share no industry");
  });

  it("always picks the first candidate that reaches the threshold, and every passed-over one is below it", () => {
    const industries = ["retail", "healthcare", "other"];
    const sizes = ["1-49", "1000-4999"];
    const cells = fc.array(
      fc.record({ industry: fc.constantFrom(...industries), sizeBand: fc.constantFrom(...sizes), organizations: fc.integer({ min: 0, max: 15 }) }),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(cells, fc.constantFrom(...industries), fc.constantFrom(...sizes), (list, industry, sizeBand) => {
        const choice = chooseCohort({ industry, sizeBand }, list);
        for (const passed of choice.passedOver) expect(passed.organizations).toBeLessThan(BENCHMARK_THRESHOLD);
        if (choice.cohort) {
          expect(choice.organizations).toBeGreaterThanOrEqual(BENCHMARK_THRESHOLD);
          expect(choice.organizations).toBe(countCohort(list, choice.cohort));
        } else {
          expect(countCohort(list, { scope: "everyone", industry: null, sizeBand: null })).toBeLessThan(BENCHMARK_THRESHOLD);
        }
      }),
    );
  });

  it("names and defines cohorts", () => {
    const cohort = { scope: "industry_size" as const, industry: "retail", sizeBand: "1000-4999" };
    expect(cohortLabel(cohort, LABELS)).toBe("Retail × 1,000–4,999 employees");
    expect(cohortLabel({ scope: "everyone", industry: null, sizeBand: null }, LABELS)).toBe("Every organisation");
    expect(cohortDefinition(cohort, 1234, "Convergence diagnostic", LABELS)).toBe(
      "1,234 organisations in Retail with 1,000–4,999 employees that shared their latest completed Convergence diagnostic.",
    );
    expect(cohortDefinition({ scope: "industry", industry: "retail", sizeBand: null }, 12, "Convergence diagnostic", LABELS)).toBe(
      "12 organisations in Retail, of every size, that shared their latest completed Convergence diagnostic.",
    );
    expect(cohortDefinition({ scope: "everyone", industry: null, sizeBand: null }, 1, "Convergence diagnostic", LABELS)).toBe(
      "1 organisation of every industry and size that shared its latest completed Convergence diagnostic.",
    );
  });
});

describe("cohort histograms from cells", () => {
  it("add up exactly the cells inside the cohort, part by part", () => {
    const cell = (industry: string, sizeBand: string, values: number[]) => ({ industry, sizeBand, organizations: values.length, histograms: { overall: toHistogram(values), data: toHistogram(values.map((v) => v + 1)) } });
    const cells = [cell("retail", "1-49", [10, 20]), cell("retail", "1-49", [20]), cell("retail", "5000+", [30]), cell("healthcare", "1-49", [40])];
    expect(cohortHistograms(cells, { scope: "industry", industry: "retail", sizeBand: null }).overall).toEqual(toHistogram([10, 20, 20, 30]));
    expect(cohortHistograms(cells, { scope: "size", industry: null, sizeBand: "1-49" }).data).toEqual(toHistogram([11, 21, 21, 41]));
    expect(cohortHistograms(cells, { scope: "industry_size", industry: "other", sizeBand: "1-49" })).toEqual({});
    expect(countCohort(cells, { scope: "everyone", industry: null, sizeBand: null })).toBe(5);
  });
});

describe("from assessments to figures: the histogram path equals the raw-value reference", () => {
  it("for random organisations, assessments, choices and cohorts", () => {
    const industries = ["retail", "healthcare", "other"];
    const sizes = ["1-49", "1000-4999"];
    const assessment = fc.record({
      organization: fc.integer({ min: 0, max: 29 }),
      day: fc.integer({ min: 1, max: 4 }), // few days, so exact ties on completion time happen
      idTail: fc.integer({ min: 0, max: 99 }),
      benchmarkOptIn: fc.integer({ min: 0, max: 9 }).map((n) => n < 8), // mostly shared, so cohorts reach the threshold
      value: fc.integer({ min: 0, max: 100 }),
    });
    let cohortsShown = 0;
    fc.assert(
      fc.property(
        fc.array(fc.record({ industry: fc.constantFrom(...industries), sizeBand: fc.constantFrom(...sizes) }), { minLength: 30, maxLength: 30 }),
        fc.array(assessment, { minLength: 40, maxLength: 120 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom(...industries),
        fc.constantFrom(...sizes),
        (organizations, list, mine, industry, sizeBand) => {
          const rows = list.map((a, index) => ({
            id: `${String(a.idTail).padStart(2, "0")}-${index}`,
            organizationId: `org-${a.organization}`,
            completedAt: new Date(Date.UTC(2026, 0, a.day)),
            benchmarkOptIn: a.benchmarkOptIn,
            value: a.value,
            cell: organizations[a.organization]!,
          }));
          const contributors = selectContributors(rows);
          // What the database does: one histogram per cell, then the cohort as the sum of its cells.
          const byCell = new Map<string, { industry: string; sizeBand: string; values: number[] }>();
          for (const c of contributors) {
            const key = `${c.cell.industry}|${c.cell.sizeBand}`;
            const cell = byCell.get(key) ?? { ...c.cell, values: [] };
            cell.values.push(c.value);
            byCell.set(key, cell);
          }
          const cells = [...byCell.values()].map((c) => ({ industry: c.industry, sizeBand: c.sizeBand, organizations: c.values.length, histograms: { overall: toHistogram(c.values) } }));
          const choice = chooseCohort({ industry, sizeBand }, cells);
          if (!choice.cohort) {
            expect(contributors.length).toBeLessThan(BENCHMARK_THRESHOLD);
            return;
          }
          cohortsShown += 1;
          const cohort = choice.cohort;
          const figures = comparePart("overall", cohortHistograms(cells, cohort).overall ?? [], mine, BENCHMARK_THRESHOLD);
          // The reference: the raw values of the cohort's contributors, one per organisation.
          const raw = contributors
            .filter((c) => (cohort.industry === null || c.cell.industry === cohort.industry) && (cohort.sizeBand === null || c.cell.sizeBand === cohort.sizeBand))
            .map((c) => c.value);
          expect(choice.organizations).toBe(raw.length);
          expect(figures.count).toBe(raw.length);
          expect(figures.percentile).toBe(percentileRankOfValues(raw, mine));
          expect(figures.quartiles?.median).toBeCloseTo(quantileOfValues(raw, 0.5)!, 9);
          expect(figures.quartiles?.q1).toBeCloseTo(quantileOfValues(raw, 0.25)!, 9);
          expect(figures.quartiles?.q3).toBeCloseTo(quantileOfValues(raw, 0.75)!, 9);
        },
      ),
    );
    // The generator must reach the interesting path, not only "too few".
    expect(cohortsShown).toBeGreaterThan(10);
  });
});

describe("comparing a result's part", () => {
  it("suppresses a part fewer than the minimum rated, and gives no percentile without a value", () => {
    const nine = toHistogram([1, 2, 3, 3, 3, 4, 4, 5, 5]);
    expect(comparePart("governance", nine, 3, 10)).toMatchObject({ count: 9, isSuppressed: true, percentile: null, quartiles: null });
    const ten = toHistogram([1, 2, 3, 3, 3, 4, 4, 5, 5, 5]);
    expect(comparePart("governance", ten, 3, 10)).toMatchObject({ count: 10, isSuppressed: false, percentile: 35 });
    expect(comparePart("governance", ten, null, 10)).toMatchObject({ percentile: null, isSuppressed: false });
  });
});

describe("words", () => {
  it("writes ordinals and percentiles, keeping 0 and 100 for the true ends", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 63, 101, 111].map(ordinal)).toEqual([
      "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "63rd", "101st", "111th",
    ]);
    expect(formatPercentile(62.5)).toBe("63rd percentile");
    expect(roundPercentile(0.2)).toBe(1);
    expect(roundPercentile(0)).toBe(0);
    expect(roundPercentile(99.7)).toBe(99);
    expect(roundPercentile(100)).toBe(100);
    expect([62.5, 50, 2.25, 2.3333].map(formatFigure)).toEqual(["62.5", "50", "2.3", "2.3"]);
  });
});
