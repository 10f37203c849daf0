import fc from "fast-check";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();

vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());
const { signInAs, signOut } = await import("../support/session-mock");

const { db } = await import("@/lib/db");
const { loadViewer } = await import("@/lib/data/access");
const { completeAssessment } = await import("@/lib/data/assessments");
const { claimAssessment } = await import("@/lib/data/organizations");
const benchmarks = await import("@/lib/data/benchmarks");
const pure = await import("@/lib/scoring/benchmarks");
const { createAccount, createConsultant } = await import("../factories/account");
const { anonymousActor, createConvergenceAssessment } = await import("../factories/assessment");
const route = await import("@/app/api/assessments/[id]/benchmark/route");
const { loadClientBenchmarks } = await import("@/lib/data/client-detail");

import type { Actor } from "@/lib/auth/access";
import type { Cohort } from "@/lib/scoring/benchmarks";

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

beforeEach(() => {
  signOut();
});

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
let sequence = 0;
/** A fresh id: a run-unique prefix, then random base64url characters (ids decide buckets and tie-breaks). */
const newId = (prefix: string) => {
  sequence += 1;
  let tail = "";
  for (let i = 0; i < 12; i += 1) tail += ALPHABET[Math.floor(Math.random() * 64)];
  return `${prefix}${String(sequence).padStart(5, "0")}${tail}`;
};

/** Organisations of the "stored data" tests live in their own industry, so other tests' rows never mix in. */
async function addOrganization(industry: string, sizeBand: string, extra: { id?: string; consultantPracticeId?: string | null } = {}) {
  const id = extra.id ?? newId("org");
  await db.organization.create({
    data: { id, kind: "company", name: `Org ${id}`, industry, sizeBand, consultantPracticeId: extra.consultantPracticeId ?? null },
    select: { id: true },
  });
  return id;
}

/** A completed, saved Convergence assessment with the given part scores, written directly. */
async function addCompleted(
  organizationId: string,
  parts: Record<string, number>,
  options: { optIn?: boolean; completedAt?: Date; id?: string; instrument?: "convergence" | "genai" } = {},
) {
  const id = options.id ?? newId("a");
  const completedAt = options.completedAt ?? new Date();
  await db.assessment.create({
    data: {
      id,
      instrument: options.instrument ?? "convergence",
      status: "completed",
      completedAt,
      organizationId,
      claimedAt: completedAt,
      benchmarkOptIn: options.optIn ?? true,
      benchmarkOptInAt: options.optIn === false ? null : completedAt,
      partScores: { create: Object.entries(parts).map(([part, value]) => ({ part, value })) },
    },
    select: { id: true },
  });
  return id;
}

const day = (n: number) => new Date(Date.UTC(2026, 5, 1) + n * 86_400_000);

/** The figures the app computes for a cohort, fresh from the database (every cell recomputed). */
async function cohortFigures(cohort: Pick<Cohort, "industry" | "sizeBand">) {
  await benchmarks.invalidateBenchmarks("convergence");
  const { cells } = await benchmarks.loadCells("convergence");
  const full: Cohort = { scope: "everyone", ...cohort };
  return { organizations: pure.countCohort(cells, full), histograms: pure.cohortHistograms(cells, full) };
}

const ownerActor = async (userId: string): Promise<Actor> => ({ viewer: await loadViewer(userId), browserKey: null });

// ── Percentiles on stored data ────────────────────────────────────────────────────────────────

describe("percentiles and quartiles on stored data", () => {
  it("splits ties evenly and places a cohort of exactly ten organisations", async () => {
    // Ten organisations in one industry × size: overall scores with a three-way tie at 50.
    const scores = [20, 30, 40, 50, 50, 50, 60, 70, 80, 90];
    const orgs: string[] = [];
    for (const score of scores) {
      const org = await addOrganization("healthcare", "5000+");
      orgs.push(org);
      await addCompleted(org, { overall: score, data: score });
    }
    const figures = await cohortFigures({ industry: "healthcare", sizeBand: "5000+" });
    expect(figures.organizations).toBe(10);
    const overall = figures.histograms.overall ?? [];
    expect(pure.percentileRank(overall, 50)).toBe(45); // 3 below, 3 equal: (3 + 1.5) / 10
    expect(pure.percentileRank(overall, 20)).toBe(5);
    expect(pure.quartilesOf(overall)).toEqual({ min: 20, q1: 42.5, median: 50, q3: 67.5, max: 90 });

    // Through the page's function: a tied member sits at the 45th percentile of exactly ten.
    const owner = await createAccount({ industry: "healthcare", sizeBand: "5000+" });
    // One peer leaves (its organisation is deleted, so its result belongs to nobody and counts nowhere).
    await db.organization.delete({ where: { id: orgs[0]! } });
    const mine = await addCompleted(owner.organizationId, { overall: 50, data: 50 });
    await benchmarks.invalidateBenchmarks("convergence");
    const view = await benchmarks.getAssessmentBenchmark(await ownerActor(owner.userId), mine);
    expect(view.peers).toMatchObject({ status: "shown", organizations: 10, cohort: { scope: "industry_size" } });
    const overallPart = view.peers?.status === "shown" ? view.peers.parts.find((p) => p.part === "overall") : undefined;
    // Now 30, 40, 50 ×4, 60, 70, 80, 90: 2 below, 4 equal → 40.
    expect(overallPart?.percentile).toBe(40);
   }, 30_000); // the file's first test also pays for the first rebuild of every cell, on a busy machine
});

// ── Who counts ────────────────────────────────────────────────────────────────────────────────

describe("who counts", () => {
  it("counts one organisation with many assessments once, with its latest", async () => {
    const org = await addOrganization("retail", "1-49");
    await addCompleted(org, { overall: 10 }, { completedAt: day(1) });
    await addCompleted(org, { overall: 90 }, { completedAt: day(3) });
    await addCompleted(org, { overall: 30 }, { completedAt: day(2) });
    const figures = await cohortFigures({ industry: "retail", sizeBand: "1-49" });
    expect(figures.organizations).toBe(1);
    expect(figures.histograms.overall).toEqual([{ value: 90, count: 1 }]);
  });

  it("leaves out never-opted-in, withdrawn, and older opted-in results hidden by a newer one that is not", async () => {
    const never = await addOrganization("retail", "50-249");
    await addCompleted(never, { overall: 11 }, { optIn: false });
    const owner = await createAccount({ industry: "retail", sizeBand: "50-249" });
    const withdrawnId = await addCompleted(owner.organizationId, { overall: 22 }, { optIn: true });
    const hidden = await addOrganization("retail", "50-249");
    await addCompleted(hidden, { overall: 33 }, { optIn: true, completedAt: day(1) });
    await addCompleted(hidden, { overall: 44 }, { optIn: false, completedAt: day(2) });
    const counted = await addOrganization("retail", "50-249");
    await addCompleted(counted, { overall: 55 }, { optIn: false, completedAt: day(1) });
    await addCompleted(counted, { overall: 66 }, { optIn: true, completedAt: day(2) });

    let figures = await cohortFigures({ industry: "retail", sizeBand: "50-249" });
    expect(figures.histograms.overall).toEqual([
      { value: 22, count: 1 },
      { value: 66, count: 1 },
    ]);
    // Withdrawing through the data layer takes it out, with the cache refreshed by the change itself.
    const before = await benchmarks.loadCells("convergence");
    expect(before.recomputed).toBe(0);
    await benchmarks.setBenchmarkOptIn(await ownerActor(owner.userId), withdrawnId, false);
    const after = await benchmarks.loadCells("convergence");
    expect(after.recomputed).toBe(1);
    figures = { organizations: 0, histograms: pure.cohortHistograms(after.cells, { scope: "industry_size", industry: "retail", sizeBand: "50-249" }) };
    expect(figures.histograms.overall).toEqual([{ value: 66, count: 1 }]);
    // Opting back in brings it back.
    await benchmarks.setBenchmarkOptIn(await ownerActor(owner.userId), withdrawnId, true);
    const again = await benchmarks.loadCells("convergence");
    expect(pure.cohortHistograms(again.cells, { scope: "industry_size", industry: "retail", sizeBand: "50-249" }).overall).toHaveLength(2);
  });

  it("breaks an exact tie on completion time by the larger id, in SQL and on the result page alike", async () => {
    const owner = await createAccount({ industry: "other", sizeBand: "250-999" });
    const at = day(5);
    // Same instant; "…Z" sorts after "…A" byte by byte, so the second one is the latest.
    const stem = newId("tie");
    const smaller = await addCompleted(owner.organizationId, { overall: 12 }, { completedAt: at, id: `${stem}A`, optIn: true });
    const larger = await addCompleted(owner.organizationId, { overall: 88 }, { completedAt: at, id: `${stem}Z`, optIn: true });
    const cell = { industry: "other", sizeBand: "250-999", bucket: benchmarks.bucketOf(owner.organizationId) };
    const [aggregate] = await benchmarks.computeCellAggregates(db, "convergence", cell);
    expect(aggregate?.organizations).toBe(1);
    expect(aggregate?.histograms.overall).toEqual([{ value: 88, count: 1 }]);
    const actor = await ownerActor(owner.userId);
    expect((await benchmarks.getAssessmentBenchmark(actor, larger)).choice.isLatest).toBe(true);
    expect((await benchmarks.getAssessmentBenchmark(actor, smaller)).choice.isLatest).toBe(false);
    // Withdrawing the latest takes the organisation out, even though the tied older one is shared.
    await benchmarks.setBenchmarkOptIn(actor, larger, false);
    expect(await benchmarks.computeCellAggregates(db, "convergence", cell)).toEqual([]);
  });

  it("leaves out anonymous results and practices", async () => {
    const anonymous = await createConvergenceAssessment(() => 3);
    await completeAssessment(anonymousActor(), anonymous, "convergence");
    await db.assessment.update({ where: { id: anonymous }, data: { benchmarkOptIn: true } });
    const practice = newId("practice");
    await db.organization.create({ data: { id: practice, kind: "practice", name: "P", industry: "b2b_software", sizeBand: "1-49" } });
    await addCompleted(practice, { overall: 77 });
    const rows = await benchmarks.computeCellAggregates(db, "convergence");
    const values = rows.flatMap((c) => (c.histograms.overall ?? []).map((h) => h.value));
    expect(values).not.toContain(77);
    expect(rows.every((c) => c.industry !== "b2b_software" || c.sizeBand !== "1-49")).toBe(true);
  });
});

// ── The threshold and the fallback ────────────────────────────────────────────────────────────

describe("cohort threshold and fallback", () => {
  it("shows industry × size at ten, falls back to the industry at nine, then to nothing", async () => {
    const owner = await createAccount({ industry: "higher_education", sizeBand: "250-999" });
    const mine = await addCompleted(owner.organizationId, { overall: 50 });
    const actor = await ownerActor(owner.userId);
    // Eight peers in the same cell + mine = 9: too few for the cell; one more in another size makes the industry 10.
    for (let i = 0; i < 8; i += 1) await addCompleted(await addOrganization("higher_education", "250-999"), { overall: 40 + i });
    await benchmarks.invalidateBenchmarks("convergence");
    let view = await benchmarks.getAssessmentBenchmark(actor, mine);
    // Nine in higher education in all: not even the industry; other tests' organisations may make "everyone" big enough.
    expect(view.peers?.status === "shown" ? view.peers.cohort.scope : "too_few").not.toMatch(/industry/);

    const other = await addOrganization("higher_education", "5000+");
    await addCompleted(other, { overall: 90 });
    await benchmarks.invalidateBenchmarks("convergence");
    view = await benchmarks.getAssessmentBenchmark(actor, mine);
    expect(view.peers).toMatchObject({ status: "shown", organizations: 10, cohort: { scope: "industry", industry: "higher_education" } });
    expect(view.peers?.status === "shown" && view.peers.fallbackNote).toBe(
      "Fewer than 10 organisations in Higher Education × 250–999 employees; showing Higher Education.",
    );

    await addCompleted(await addOrganization("higher_education", "250-999"), { overall: 41 });
    await benchmarks.invalidateBenchmarks("convergence");
    view = await benchmarks.getAssessmentBenchmark(actor, mine);
    expect(view.peers).toMatchObject({ status: "shown", organizations: 10, cohort: { scope: "industry_size" }, fallbackNote: null });
  });
});

// ── The database against the reference ───────────────────────────────────────────────────────

describe("the database aggregate equals the in-memory reference", () => {
  /** The reference: every stored row loaded (fine in a test), then the pure rules. */
  async function referenceCells(): Promise<import("@/lib/scoring/benchmarks").CellAggregate[]> {
    const rows = await db.assessment.findMany({
      where: { instrument: "convergence", status: "completed", completedAt: { not: null }, organization: { is: { kind: "company" } } },
      select: {
        id: true,
        organizationId: true,
        completedAt: true,
        benchmarkOptIn: true,
        organization: { select: { industry: true, sizeBand: true } },
        partScores: { select: { part: true, value: true } },
      },
    });
    const chosen = pure.selectContributors(
      rows.map((r) => ({ ...r, organizationId: r.organizationId!, completedAt: r.completedAt!, cell: r.organization! })),
    );
    const cells = new Map<string, { industry: string; sizeBand: string; organizations: number; values: Map<string, number[]> }>();
    for (const row of chosen) {
      const key = `${row.cell.industry}|${row.cell.sizeBand}`;
      const cell = cells.get(key) ?? { ...row.cell, organizations: 0, values: new Map<string, number[]>() };
      cell.organizations += 1;
      for (const p of row.partScores) cell.values.set(p.part, [...(cell.values.get(p.part) ?? []), p.value]);
      cells.set(key, cell);
    }
    return [...cells.values()].map((c) => ({
      industry: c.industry,
      sizeBand: c.sizeBand,
      organizations: c.organizations,
      histograms: Object.fromEntries([...c.values].map(([part, values]) => [part, pure.toHistogram(values)])),
    }));
  }

  const INDUSTRIES = ["retail", "healthcare", "other"] as const;
  const SIZES = ["1-49", "5000+"] as const;
  const cohortsToCheck: Cohort[] = [
    { scope: "everyone", industry: null, sizeBand: null },
    ...INDUSTRIES.map((industry): Cohort => ({ scope: "industry", industry, sizeBand: null })),
    ...SIZES.map((sizeBand): Cohort => ({ scope: "size", industry: null, sizeBand })),
    ...INDUSTRIES.flatMap((industry) => SIZES.map((sizeBand): Cohort => ({ scope: "industry_size", industry, sizeBand }))),
  ];

  const assessment = fc.record({
    day: fc.integer({ min: 0, max: 3 }), // few days: exact ties on completion time happen
    optIn: fc.boolean(),
    parts: fc.record({ overall: fc.integer({ min: 0, max: 100 }), data: fc.integer({ min: 0, max: 100 }) }, { requiredKeys: ["overall"] }),
  });
  const organization = fc.record({
    industry: fc.constantFrom(...INDUSTRIES),
    sizeBand: fc.constantFrom(...SIZES),
    // Ids ending in any base64url character or an unexpected one: every bucket, including "anything else".
    tail: fc.constantFrom(...ALPHABET.split(""), "."),
    assessments: fc.array(assessment, { minLength: 1, maxLength: 3 }),
  });

  it("for every cohort, through the whole-instrument query, the per-cell queries and the cache", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(organization, { minLength: 1, maxLength: 12 }), async (orgs) => {
        const created: string[] = [];
        try {
          for (const o of orgs) {
            const id = await addOrganization(o.industry, o.sizeBand, { id: `${newId("prop")}${o.tail}` });
            created.push(id);
            for (const a of o.assessments) await addCompleted(id, a.parts, { optIn: a.optIn, completedAt: day(a.day) });
          }
          const reference = await referenceCells();
          const whole = await benchmarks.computeCellAggregates(db, "convergence");
          await benchmarks.invalidateBenchmarks("convergence");
          const cached = (await benchmarks.loadCells("convergence")).cells;
          // Each cell through its own (bucket) query equals that cell of the whole-instrument query.
          for (const cell of whole) {
            const [alone] = await benchmarks.computeCellAggregates(db, "convergence", cell);
            expect(alone).toEqual(cell);
          }
          for (const cohort of cohortsToCheck) {
            const expected = pure.cohortHistograms(reference, cohort);
            expect(pure.countCohort(whole, cohort)).toBe(pure.countCohort(reference, cohort));
            expect(pure.cohortHistograms(whole, cohort)).toEqual(expected);
            expect(pure.cohortHistograms(cached, cohort)).toEqual(expected);
          }
        } finally {
          await db.assessment.deleteMany({ where: { organizationId: { in: created } } });
          await db.organization.deleteMany({ where: { id: { in: created } } });
        }
      }),
      { numRuns: 30 },
    );
  }, 300_000);
  it("stays equal to the reference through completions, opt-ins and withdrawals, each marking only its own cell stale", async () => {
    // Start from a cache that matches the database, then change it only the way the app does.
    await benchmarks.invalidateBenchmarks("convergence");
    await benchmarks.loadCells("convergence");
    const operation = fc.oneof(
      fc.record({ kind: fc.constant("complete" as const), org: fc.nat(5), overall: fc.integer({ min: 0, max: 100 }), optIn: fc.boolean(), day: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant("toggle" as const), pick: fc.nat(50) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), async (operations) => {
        const orgs: string[] = [];
        const assessments: string[] = [];
        try {
          for (let i = 0; i < 6; i += 1) orgs.push(await addOrganization(INDUSTRIES[i % INDUSTRIES.length]!, SIZES[i % SIZES.length]!));
          for (const op of operations) {
            let changed: string | undefined;
            if (op.kind === "complete") {
              changed = await addCompleted(orgs[op.org]!, { overall: op.overall }, { optIn: op.optIn, completedAt: day(op.day) });
              assessments.push(changed);
            } else if (assessments.length > 0) {
              changed = assessments[op.pick % assessments.length]!;
              const { benchmarkOptIn } = await db.assessment.findUniqueOrThrow({ where: { id: changed }, select: { benchmarkOptIn: true } });
              await db.assessment.update({ where: { id: changed }, data: { benchmarkOptIn: !benchmarkOptIn } });
            }
            if (changed) await benchmarks.invalidateBenchmarksFor(db, changed);
            const { cells, recomputed } = await benchmarks.loadCells("convergence");
            expect(recomputed).toBeLessThanOrEqual(1);
            const reference = await referenceCells();
            for (const cohort of cohortsToCheck) {
              expect(pure.cohortHistograms(cells, cohort)).toEqual(pure.cohortHistograms(reference, cohort));
              expect(pure.countCohort(cells, cohort)).toBe(pure.countCohort(reference, cohort));
            }
          }
        } finally {
          // Removing rows directly bypasses invalidation: refresh every cell for the next run.
          await db.assessment.deleteMany({ where: { organizationId: { in: orgs } } });
          await db.organization.deleteMany({ where: { id: { in: orgs } } });
          await benchmarks.invalidateBenchmarks("convergence");
          await benchmarks.loadCells("convergence");
        }
      }),
      { numRuns: 15 },
    );
  }, 300_000);
});

// ── The consultant's portfolio ────────────────────────────────────────────────────────────────

describe("the consultant's portfolio", () => {
  it("holds every client's latest result whatever its choice, and only the practice's clients", async () => {
    const consultant = await createConsultant();
    const other = await createConsultant();
    const clientA = await addOrganization("retail", "1000-4999", { consultantPracticeId: consultant.organizationId });
    const clientB = await addOrganization("healthcare", "1-49", { consultantPracticeId: consultant.organizationId });
    await addCompleted(clientA, { overall: 20 }, { optIn: false, completedAt: day(1) });
    await addCompleted(clientA, { overall: 60 }, { optIn: false, completedAt: day(2) });
    const bId = await addCompleted(clientB, { overall: 80 }, { optIn: false });
    await addCompleted(await addOrganization("retail", "1000-4999", { consultantPracticeId: other.organizationId }), { overall: 99 });

    const viewer = await loadViewer(consultant.userId);
    const portfolio = await benchmarks.portfolioBenchmark(viewer, "convergence");
    expect(portfolio.clients).toBe(2);
    expect(portfolio.histograms.overall).toEqual([
      { value: 60, count: 1 },
      { value: 80, count: 1 },
    ]);
    // On a client's result, the consultant also sees the client against the portfolio.
    const view = await benchmarks.getAssessmentBenchmark({ viewer, browserKey: null }, bId);
    expect(view.portfolio?.clients).toBe(2);
    expect(view.portfolio?.parts.find((p) => p.part === "overall")?.percentile).toBe(75);
    // Not for the client's own people, and not for someone without a practice.
    const owner = await createAccount();
    await expect(benchmarks.portfolioBenchmark(await loadViewer(owner.userId), "convergence")).rejects.toMatchObject({ kind: "not_found" });
  });
});

// ── The consultant's client page ──────────────────────────────────────────────────────────────

describe("the consultant's client page (loadClientBenchmarks)", () => {
  /** Financial Services × 250–999: ten shared peers scoring 10, 20, … 100, none of them the practice's clients. */
  async function tenPeers() {
    for (let i = 1; i <= 10; i += 1) await addCompleted(await addOrganization("financial_services", "250-999"), { overall: i * 10, data: i * 10 });
  }

  it("compares the client's latest result with its peers without counting it until it is shared, and with the practice's clients", async () => {
    await tenPeers();
    const consultant = await createConsultant();
    const viewer = await loadViewer(consultant.userId);
    const client = await addOrganization("financial_services", "250-999", { consultantPracticeId: consultant.organizationId });
    // An older shared result and a newer one that is not: the newer one is compared, and the client counts nowhere.
    await addCompleted(client, { overall: 95, data: 95 }, { optIn: true, completedAt: day(1) });
    const latest = await addCompleted(client, { overall: 85, data: 40 }, { optIn: false, completedAt: day(2) });
    const otherClient = await addOrganization("retail", "5000+", { consultantPracticeId: consultant.organizationId });
    await addCompleted(otherClient, { overall: 30, data: 70 }, { optIn: false });
    await benchmarks.invalidateBenchmarks("convergence");

    const [item, ...rest] = await loadClientBenchmarks(viewer, client);
    expect(rest).toEqual([]); // no GenAI assessment: nothing for that instrument
    expect(item).toMatchObject({ instrument: "convergence", assessmentId: latest, roundKind: null, benchmark: { choice: { optIn: false, isLatest: true } } });
    const peers = item!.benchmark.peers;
    expect(peers).toMatchObject({ status: "shown", organizations: 10, cohort: { scope: "industry_size" }, fallbackNote: null });
    const part = (id: string) => (peers?.status === "shown" ? peers.parts.find((p) => p.part === id) : undefined);
    // 85 against 10 … 100: eight below → 80th; the median and quartiles are the peers' alone.
    expect(part("overall")).toMatchObject({ percentile: 80, quartiles: { q1: 32.5, median: 55, q3: 77.5 } });
    expect(part("data")?.percentile).toBe(35);
    // The portfolio holds both clients, shared or not: 85 against 30 and 85 → (1 + 0.5) / 2.
    expect(item!.benchmark.portfolio?.clients).toBe(2);
    expect(item!.benchmark.portfolio?.parts.find((p) => p.part === "overall")).toMatchObject({ percentile: 75, quartiles: { median: 57.5 } });

    // Shared from now on: the client enters the cohort it is compared with (8 below, itself equal, of 11).
    await benchmarks.setBenchmarkOptIn({ viewer, browserKey: null }, latest, true);
    const [shared] = await loadClientBenchmarks(viewer, client);
    expect(shared?.benchmark.choice.optIn).toBe(true);
    expect(shared?.benchmark.peers).toMatchObject({ status: "shown", organizations: 11 });
    const overall = shared?.benchmark.peers?.status === "shown" ? shared.benchmark.peers.parts.find((p) => p.part === "overall") : undefined;
    expect(overall?.percentile).toBeCloseTo((100 * 8.5) / 11, 9);
    // Withdrawn again: out of the cohort at once.
    await benchmarks.setBenchmarkOptIn({ viewer, browserKey: null }, latest, false);
    const [withdrawn] = await loadClientBenchmarks(viewer, client);
    expect(withdrawn?.benchmark.peers).toMatchObject({ status: "shown", organizations: 10 });
  });

  it("says so when the client's own industry × size holds too few, and shows the broader group", async () => {
    await tenPeers(); // Financial Services has at least ten now, whatever ran before
    const consultant = await createConsultant();
    const viewer = await loadViewer(consultant.userId);
    const client = await addOrganization("financial_services", "1-49", { consultantPracticeId: consultant.organizationId });
    await addCompleted(client, { overall: 50 }, { optIn: true });
    await benchmarks.invalidateBenchmarks("convergence");
    const [item] = await loadClientBenchmarks(viewer, client);
    const peers = item?.benchmark.peers;
    expect(peers).toMatchObject({ status: "shown", cohort: { scope: "industry", industry: "financial_services", sizeBand: null } });
    expect(peers?.status === "shown" && peers.fallbackNote).toBe("Fewer than 10 organisations in Financial Services × 1–49 employees; showing Financial Services.");
    expect(peers?.status === "shown" && peers.definition).toMatch(/ organisations in Financial Services, of every size, that shared their latest completed Convergence diagnostic\.$/);
    // The only client of this practice: a portfolio of one, shown as such.
    expect(item?.benchmark.portfolio?.clients).toBe(1);
  });

  it("compares each instrument's latest completed result, and has nothing for a client with none", async () => {
    const consultant = await createConsultant();
    const viewer = await loadViewer(consultant.userId);
    const client = await addOrganization("healthcare", "250-999", { consultantPracticeId: consultant.organizationId });
    expect(await loadClientBenchmarks(viewer, client)).toEqual([]);
    await db.assessment.create({ data: { id: newId("open"), instrument: "convergence", organizationId: client }, select: { id: true } });
    expect(await loadClientBenchmarks(viewer, client)).toEqual([]); // unfinished: nothing to compare
    const convergence = await addCompleted(client, { overall: 40 }, { optIn: false, completedAt: day(3) });
    const genai = await addCompleted(client, { overall: 2 }, { optIn: false, completedAt: day(1), instrument: "genai" });
    const items = await loadClientBenchmarks(viewer, client);
    expect(items.map((i) => [i.instrument, i.assessmentId])).toEqual([
      ["convergence", convergence],
      ["genai", genai],
    ]);
  });

  it("is the client's consultant's only: its owner, another consultant and a signed-out caller get not_found", async () => {
    const consultant = await createConsultant();
    const client = await addOrganization("healthcare", "250-999", { consultantPracticeId: consultant.organizationId });
    await addCompleted(client, { overall: 40 });
    const owner = await createAccount();
    await db.membership.create({ data: { userId: owner.userId, organizationId: client, role: "owner" } });
    const other = await createConsultant();
    for (const viewer of [await loadViewer(owner.userId), await loadViewer(other.userId), null]) {
      await expect(loadClientBenchmarks(viewer, client)).rejects.toMatchObject({ kind: "not_found" });
    }
    expect(await loadClientBenchmarks(await loadViewer(consultant.userId), client)).toHaveLength(1);
  });
});

// ── The opt-in route ──────────────────────────────────────────────────────────────────────────

describe("PUT/POST /api/assessments/[id]/benchmark", () => {
  const context = (id: string) => ({ params: Promise.resolve({ id }) });
  const put = (id: string, body: unknown, type = "application/json") =>
    route.PUT(new Request(`http://localhost/api/assessments/${id}/benchmark`, { method: "PUT", headers: { "content-type": type }, body: typeof body === "string" ? body : JSON.stringify(body) }), context(id));
  const postForm = (id: string, fields: Record<string, string>) =>
    route.POST(
      new Request(`http://localhost/api/assessments/${id}/benchmark`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() }),
      context(id),
    );
  const stateOf = async (id: string) => db.assessment.findUniqueOrThrow({ where: { id }, select: { benchmarkOptIn: true, benchmarkOptInAt: true } });

  /** A finished diagnostic saved to a new organisation, with a member too. */
  async function savedAssessment() {
    const owner = await createAccount();
    const id = await createConvergenceAssessment(() => 3);
    await completeAssessment(anonymousActor(), id, "convergence");
    await claimAssessment({ userId: owner.userId }, id);
    const member = await createAccount();
    await db.membership.create({ data: { userId: member.userId, organizationId: owner.organizationId, role: "member" } });
    return { owner, member, id };
  }

  it("lets the owner opt in and withdraw, off until chosen", async () => {
    const { owner, id } = await savedAssessment();
    expect(await stateOf(id)).toEqual({ benchmarkOptIn: false, benchmarkOptInAt: null });
    await signInAs(owner.userId);
    const on = await put(id, { optIn: true });
    expect(on.status).toBe(200);
    expect(await on.json()).toMatchObject({ id, optIn: true });
    expect((await stateOf(id)).benchmarkOptIn).toBe(true);
    const off = await postForm(id, { optIn: "false" });
    expect(off.status).toBe(303);
    expect(off.headers.get("location")).toBe(`/diagnostic/${id}/result#benchmarks`);
    expect(await stateOf(id)).toEqual({ benchmarkOptIn: false, benchmarkOptInAt: null });
  });

  it("answers 404 to strangers and 403 to members, and writes nothing", async () => {
    const { member, id } = await savedAssessment();
    const stranger = await createAccount();
    await signInAs(stranger.userId);
    expect((await put(id, { optIn: true })).status).toBe(404);
    expect((await postForm(id, { optIn: "true" })).status).toBe(404);
    signOut();
    expect((await put(id, { optIn: true })).status).toBe(404);
    await signInAs(member.userId);
    expect((await put(id, { optIn: true })).status).toBe(403);
    expect(await stateOf(id)).toEqual({ benchmarkOptIn: false, benchmarkOptInAt: null });
  });

  it("refuses an anonymous assessment with 409: save it first", async () => {
    const id = await createConvergenceAssessment(() => 4);
    await completeAssessment(anonymousActor(), id, "convergence");
    const response = await put(id, { optIn: true });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^Save it to your organisation first/);
    expect((await stateOf(id)).benchmarkOptIn).toBe(false);
  });

  it("answers 400 to bad input and 415 to a body that is not JSON, writing nothing", async () => {
    const { owner, id } = await savedAssessment();
    await signInAs(owner.userId);
    for (const body of [{ optIn: "yes" }, {}, { optIn: true, extra: 1 }]) expect((await put(id, body)).status).toBe(400);
    expect((await put(id, "{not json")).status).toBe(400);
    expect((await put(id, "optIn=true", "text/plain")).status).toBe(415);
    expect((await postForm(id, { optIn: "maybe" })).status).toBe(400);
    expect((await put("not-an-id", { optIn: true })).status).toBe(404);
    expect(await stateOf(id)).toEqual({ benchmarkOptIn: false, benchmarkOptInAt: null });
  });

  it("refuses an unfinished saved assessment with 409", async () => {
    const owner = await createAccount();
    const id = newId("inprog").slice(0, 24).padEnd(24, "x");
    await db.assessment.create({ data: { id, instrument: "convergence", organizationId: owner.organizationId } });
    await signInAs(owner.userId);
    expect((await put(id, { optIn: true })).status).toBe(409);
  });
});
