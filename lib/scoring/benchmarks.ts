/**
 * Benchmarks: where one organisation stands against its peers. Pure: counts in, figures out.
 *
 * The rules (also in the README and in the panel's "how this is computed" text):
 *
 * - **Who counts.** For each organisation and instrument only its latest completed assessment is
 *   considered (latest `completedAt`; an exact tie goes to the larger id). It counts if, and only
 *   if, that latest assessment is opted in. A newer assessment that is not opted in therefore hides
 *   an older one that was: the organisation's current choice is the one on its current result, and
 *   a withdrawal can never be undone by an older sitting. Each organisation counts once.
 * - **Cohorts.** Industry × size band, then industry, then size band, then everyone: the first one
 *   holding at least {@link BENCHMARK_THRESHOLD} organisations is shown, and the page says which
 *   narrower ones were passed over. Industry comes before size because a CMO's question is "where
 *   are our competitors", and competitors share an industry (its regulation, its data and its
 *   buyers) more than a headcount. "Other" is not an industry that peers share, so organisations
 *   filed under it are compared by size band, then with everyone.
 * - **Percentile rank** of a value v in a cohort of n values: the share of the cohort strictly
 *   below v plus half the share equal to v, times 100: 100 × (below + equal / 2) / n. Ties are
 *   split evenly, so a cohort where everyone has the same score puts everyone at the 50th
 *   percentile, and the ranks of all members of a cohort average exactly 50.
 * - **Quartiles and median** interpolate linearly between the two nearest ranks (Hyndman & Fan
 *   type 7, the spreadsheet PERCENTILE.INC rule): for p in [0, 1] and values sorted ascending
 *   x[0..n−1], take h = (n − 1) × p and return x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋ + 1] − x[⌊h⌋]).
 * - **Small parts.** A pillar or dimension that fewer than the threshold rated inside the chosen
 *   cohort (GenAI dimensions may be "not applicable") shows no figures, so no small group can be
 *   singled out.
 *
 * Cohort figures arrive as histograms (how many organisations have each value), which the
 * database computes with GROUP BY; every figure here is exact on a histogram, and the array-based
 * twins of each function are the reference the tests compare against.
 */

/** The smallest cohort that is shown: below it, results could be traced to an organisation. */
export const BENCHMARK_THRESHOLD = 10;

/** The percentile-rank rule in plain words, for the panel and the PDF. */
export const PERCENTILE_RULE =
  "Your percentile is the share of the organisations in the group with a lower score, plus half of those with exactly the same score. Ties are split evenly, so if every organisation had the same score, each would sit at the 50th percentile.";

/** The quartile rule in plain words, for the panel and the PDF. */
export const QUARTILE_RULE =
  "The median splits the group in half and the quartiles in quarters. Where a quartile falls between two organisations, it is placed between their scores in proportion (the spreadsheet PERCENTILE.INC rule), which is why it can carry a decimal.";

/** Who is counted, in plain words. */
export const CONTRIBUTION_RULE =
  "Each organisation counts once, with its latest completed assessment of this instrument, and only if it chose to share that result. A newer result that is not shared takes the organisation out of every figure, even if an older one was shared.";

// ── Histograms ────────────────────────────────────────────────────────────────────────────────

/** How many cohort members have one value. */
export interface ValueCount {
  value: number;
  count: number;
}

/** A cohort's values as counts per value: ascending by value, every count positive. */
export type Histogram = readonly ValueCount[];

/** Builds a histogram from raw values (the reference path; the database builds them with GROUP BY). */
export function toHistogram(values: readonly number[]): Histogram {
  const counts = new Map<number, number>();
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite value: ${value}`);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return normalizeHistogram([...counts].map(([value, count]) => ({ value, count })));
}

/** Sorts by value, merges duplicate values and drops empty counts (rows may come from SQL in any order). */
export function normalizeHistogram(rows: readonly ValueCount[]): Histogram {
  const counts = new Map<number, number>();
  for (const { value, count } of rows) {
    if (!Number.isFinite(value) || !Number.isInteger(count) || count < 0) {
      throw new RangeError(`Invalid histogram row: ${value} × ${count}`);
    }
    if (count > 0) counts.set(value, (counts.get(value) ?? 0) + count);
  }
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([value, count]) => ({ value, count }));
}

/** Adds histograms together (a cohort made of several cells). */
export function mergeHistograms(histograms: readonly Histogram[]): Histogram {
  if (histograms.length === 1) return histograms[0] as Histogram;
  const counts = new Map<number, number>();
  for (const histogram of histograms) {
    for (const { value, count } of histogram) counts.set(value, (counts.get(value) ?? 0) + count);
  }
  return [...counts]
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => a - b)
    .map(([value, count]) => ({ value, count }));
}

/** The number of values in a histogram. */
export function histogramSize(histogram: Histogram): number {
  return histogram.reduce((sum, row) => sum + row.count, 0);
}

// ── Percentile rank ───────────────────────────────────────────────────────────────────────────

/** Percentile rank (0–100) of `value` in a histogram: 100 × (below + equal / 2) / n; null for an empty cohort. */
export function percentileRank(histogram: Histogram, value: number): number | null {
  let below = 0;
  let equal = 0;
  let size = 0;
  for (const row of histogram) {
    size += row.count;
    if (row.value < value) below += row.count;
    else if (row.value === value) equal += row.count;
  }
  return size === 0 ? null : (100 * (below + equal / 2)) / size;
}

/** The same rule on raw values (reference for tests and small in-memory cohorts). */
export function percentileRankOfValues(values: readonly number[], value: number): number | null {
  if (values.length === 0) return null;
  const below = values.filter((v) => v < value).length;
  const equal = values.filter((v) => v === value).length;
  return (100 * (below + equal / 2)) / values.length;
}

// ── Quantiles ─────────────────────────────────────────────────────────────────────────────────

function checkProbability(p: number): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`Probability out of range: ${p}`);
}

/** The value at 0-based rank `k` of the sorted values a histogram stands for. */
function valueAtRank(histogram: Histogram, k: number): number {
  let seen = 0;
  for (const row of histogram) {
    seen += row.count;
    if (k < seen) return row.value;
  }
  throw new RangeError(`Rank ${k} is beyond the histogram`);
}

/** Quantile p (0–1) by linear interpolation between closest ranks (type 7); null for an empty cohort. */
export function quantile(histogram: Histogram, p: number): number | null {
  checkProbability(p);
  const size = histogramSize(histogram);
  if (size === 0) return null;
  const h = (size - 1) * p;
  const lower = Math.floor(h);
  const low = valueAtRank(histogram, lower);
  if (lower === h) return low;
  return low + (h - lower) * (valueAtRank(histogram, lower + 1) - low);
}

/** The same rule on raw values (reference for tests). */
export function quantileOfValues(values: readonly number[], p: number): number | null {
  checkProbability(p);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const low = sorted[lower] as number;
  if (lower === h) return low;
  return low + (h - lower) * ((sorted[lower + 1] as number) - low);
}

/** The five figures the chart draws. */
export interface Quartiles {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Minimum, quartiles, median and maximum of a histogram; null when it is empty. */
export function quartilesOf(histogram: Histogram): Quartiles | null {
  const normalized = normalizeHistogram(histogram);
  if (normalized.length === 0) return null;
  return {
    min: (normalized[0] as ValueCount).value,
    q1: quantile(normalized, 0.25) as number,
    median: quantile(normalized, 0.5) as number,
    q3: quantile(normalized, 0.75) as number,
    max: (normalized[normalized.length - 1] as ValueCount).value,
  };
}

// ── Who counts ────────────────────────────────────────────────────────────────────────────────

/** What decides whether a completed assessment counts. */
export interface CompletedAssessmentFacts {
  id: string;
  organizationId: string;
  completedAt: Date;
  benchmarkOptIn: boolean;
}

/** Byte-order comparison of ids (what SQLite's default collation does for ASCII ids). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `a` is later than `b`: later completion, or on an exact tie the larger id. */
function isLater(a: CompletedAssessmentFacts, b: CompletedAssessmentFacts): boolean {
  const byTime = a.completedAt.getTime() - b.completedAt.getTime();
  return byTime !== 0 ? byTime > 0 : compareIds(a.id, b.id) > 0;
}

/** Each organisation's latest completed assessment (one instrument's rows in, one per organisation out). */
export function latestPerOrganization<T extends CompletedAssessmentFacts>(rows: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const current = latest.get(row.organizationId);
    if (!current || isLater(row, current)) latest.set(row.organizationId, row);
  }
  return [...latest.values()];
}

/**
 * The assessments that enter the aggregates: each organisation's latest completed assessment, kept
 * only when it is opted in. Never an older opted-in one behind a newer one that is not.
 */
export function selectContributors<T extends CompletedAssessmentFacts>(rows: readonly T[]): T[] {
  return latestPerOrganization(rows).filter((row) => row.benchmarkOptIn);
}

// ── Cohorts ───────────────────────────────────────────────────────────────────────────────────

export type CohortScope = "industry_size" | "industry" | "size" | "everyone";

/** A peer group: null means "any". */
export interface Cohort {
  scope: CohortScope;
  industry: string | null;
  sizeBand: string | null;
}

/** How many contributing organisations one industry × size band holds. */
export interface CohortCell {
  industry: string;
  sizeBand: string;
  organizations: number;
}

/** The industry value that groups organisations with nothing in common; never a peer group. */
export const UNGROUPED_INDUSTRY = "other";

/** The cohorts to try for an organisation, narrowest first (the fallback order). */
export function candidateCohorts(organization: { industry: string; sizeBand: string }): Cohort[] {
  const { industry, sizeBand } = organization;
  const byIndustry: Cohort[] =
    industry === UNGROUPED_INDUSTRY
      ? []
      : [
          { scope: "industry_size", industry, sizeBand },
          { scope: "industry", industry, sizeBand: null },
        ];
  return [...byIndustry, { scope: "size", industry: null, sizeBand }, { scope: "everyone", industry: null, sizeBand: null }];
}

/** Whether a cell belongs to a cohort. */
export function isInCohort(cell: { industry: string; sizeBand: string }, cohort: Cohort): boolean {
  return (cohort.industry === null || cell.industry === cohort.industry) && (cohort.sizeBand === null || cell.sizeBand === cohort.sizeBand);
}

/** The number of contributing organisations in a cohort. */
export function countCohort(cells: readonly CohortCell[], cohort: Cohort): number {
  return cells.reduce((sum, cell) => sum + (isInCohort(cell, cohort) ? cell.organizations : 0), 0);
}

export interface CohortChoice {
  /** The narrowest cohort holding at least the threshold, or null when even everyone is too few. */
  cohort: Cohort | null;
  organizations: number;
  /** Narrower cohorts tried first and passed over, with their sizes (for the fallback note). */
  passedOver: { cohort: Cohort; organizations: number }[];
  /** The organisation's industry is "Other", so industry cohorts were not tried. */
  isIndustryUngrouped: boolean;
}

/** Picks the cohort to show for an organisation: the first candidate with at least `threshold` organisations. */
export function chooseCohort(
  organization: { industry: string; sizeBand: string },
  cells: readonly CohortCell[],
  threshold: number = BENCHMARK_THRESHOLD,
): CohortChoice {
  const passedOver: CohortChoice["passedOver"] = [];
  const isIndustryUngrouped = organization.industry === UNGROUPED_INDUSTRY;
  for (const cohort of candidateCohorts(organization)) {
    const organizations = countCohort(cells, cohort);
    if (organizations >= threshold) return { cohort, organizations, passedOver, isIndustryUngrouped };
    passedOver.push({ cohort, organizations });
  }
  return { cohort: null, organizations: 0, passedOver, isIndustryUngrouped };
}

/** One industry × size band's contribution: its organisations and their values per part. */
export interface CellAggregate {
  industry: string;
  sizeBand: string;
  organizations: number;
  histograms: Readonly<Record<string, Histogram>>;
}

/**
 * A cohort's histograms, as the sum of its cells' (exact: every organisation sits in exactly one
 * cell, so adding cells never counts anyone twice).
 */
export function cohortHistograms(cells: readonly CellAggregate[], cohort: Cohort): Record<string, Histogram> {
  const byPart = new Map<string, Histogram[]>();
  for (const cell of cells) {
    if (!isInCohort(cell, cohort)) continue;
    for (const [part, histogram] of Object.entries(cell.histograms)) {
      const list = byPart.get(part);
      if (list) list.push(histogram);
      else byPart.set(part, [histogram]);
    }
  }
  return Object.fromEntries([...byPart].map(([part, list]) => [part, mergeHistograms(list)]));
}

/** Names of industries and size bands, as the sign-up form shows them. */
export interface CohortLabels {
  industry: (value: string) => string;
  sizeBand: (value: string) => string;
}

/** A short name of a cohort: "Retail · 1,000–4,999 employees", "Retail", "Everyone". */
export function cohortLabel(cohort: Cohort, labels: CohortLabels): string {
  const parts = [
    ...(cohort.industry === null ? [] : [labels.industry(cohort.industry)]),
    ...(cohort.sizeBand === null ? [] : [labels.sizeBand(cohort.sizeBand)]),
  ];
  return parts.length === 0 ? "Every organisation" : parts.join(" × ");
}

/** The cohort's definition in one sentence, with its size. */
export function cohortDefinition(cohort: Cohort, organizations: number, instrumentName: string, labels: CohortLabels): string {
  const who =
    cohort.industry !== null && cohort.sizeBand !== null
      ? ` in ${labels.industry(cohort.industry)} with ${labels.sizeBand(cohort.sizeBand)}`
      : cohort.industry !== null
        ? ` in ${labels.industry(cohort.industry)}, of every size,`
        : cohort.sizeBand !== null
          ? ` with ${labels.sizeBand(cohort.sizeBand)}, in every industry,`
          : " of every industry and size";
  const isOne = organizations === 1;
  return `${organizations.toLocaleString("en-GB")} organisation${isOne ? "" : "s"}${who} that shared ${isOne ? "its" : "their"} latest completed ${instrumentName}.`;
}

/** Why the shown cohort is broader than the narrowest one, or null when it is the narrowest. */
export function fallbackNote(choice: CohortChoice, labels: CohortLabels, threshold: number = BENCHMARK_THRESHOLD): string | null {
  const notes: string[] = [];
  if (choice.isIndustryUngrouped) notes.push("Organisations filed under Other share no industry, so we compare by size instead.");
  const tooSmall = choice.passedOver.map((p) => cohortLabel(p.cohort, labels));
  if (tooSmall.length > 0) {
    const showing = choice.cohort ? `; showing ${cohortLabel(choice.cohort, labels)}` : "";
    notes.push(`Fewer than ${threshold} organisations in ${joinOr(tooSmall)}${showing}.`);
  }
  return notes.length > 0 ? notes.join(" ") : null;
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

// ── Comparing one result ──────────────────────────────────────────────────────────────────────

/** One part (overall, a pillar or a dimension) of one result against a cohort. */
export interface PartComparison {
  part: string;
  /** This result's value, or null when the part has none (not applicable, not scored). */
  value: number | null;
  /** How many cohort members have a value for this part. */
  count: number;
  /** Null when the result has no value or the part is suppressed. */
  percentile: number | null;
  /** Null when the part is suppressed (fewer than `minCount` values). */
  quartiles: Quartiles | null;
  isSuppressed: boolean;
}

/** Compares one value with one part's histogram; fewer than `minCount` values suppress every figure. */
export function comparePart(part: string, histogram: Histogram, value: number | null, minCount: number): PartComparison {
  const count = histogramSize(histogram);
  const isSuppressed = count === 0 || count < minCount;
  return {
    part,
    value,
    count,
    percentile: isSuppressed || value === null ? null : percentileRank(histogram, value),
    quartiles: isSuppressed ? null : quartilesOf(histogram),
    isSuppressed,
  };
}

/** Compares a result's parts (in the given order) with a cohort's histograms. */
export function compareParts(
  parts: readonly string[],
  histograms: Readonly<Record<string, Histogram | undefined>>,
  values: Readonly<Record<string, number | null | undefined>>,
  minCount: number,
): PartComparison[] {
  return parts.map((part) => comparePart(part, histograms[part] ?? [], values[part] ?? null, minCount));
}

// ── Words ─────────────────────────────────────────────────────────────────────────────────────

/** A percentile for display: a whole number, with 0 and 100 only at the true ends. */
export function roundPercentile(percentile: number): number {
  const rounded = Math.round(percentile);
  if (rounded === 0 && percentile > 0) return 1;
  if (rounded === 100 && percentile < 100) return 99;
  return rounded;
}

/** "1st", "2nd", "3rd", "11th", "63rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** "63rd percentile". */
export function formatPercentile(percentile: number): string {
  return `${ordinal(roundPercentile(percentile))} percentile`;
}

/** A cohort figure for display: at most one decimal, none when whole ("62.5", "50", "2.3"). */
export function formatFigure(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
