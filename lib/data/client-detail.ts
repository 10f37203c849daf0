import "server-only";
import { db } from "@/lib/db";
import { requireOrganization } from "@/lib/data/access";
import { getAssessmentBenchmark, latestCompletedIds, type AssessmentBenchmark } from "@/lib/data/benchmarks";
import { DomainError, notFound } from "@/lib/data/errors";
import { listOrganizationNotes, type ConsultantNoteView } from "@/lib/data/notes";
import { loadOrganizationRounds, type RoundResult } from "@/lib/data/round-results";
import type { Viewer } from "@/lib/auth/access";
import { isDimensionId, type DimensionId, type GtmMotion } from "@/lib/instruments/genai";
import type { BenchmarkInstrument } from "@/lib/scoring/benchmarks-summary";
import { majorityMotion } from "@/lib/scoring/team";

/*
 * Everything the consultant's client page shows, in a handful of queries whatever the number of
 * rounds: the client, its rounds with combined results, the practice's notes, and what the
 * GenAI check-in needs to know about each round's roadmap. Only the client's consultant gets it;
 * everyone else gets not_found.
 */

export interface ClientSummary {
  id: string;
  name: string;
  industry: string;
  sizeBand: string;
  createdAt: Date;
  lastActivityAt: Date;
}

/** What a GenAI round's roadmap worked on: the motion, and the priorities the team saved (if any). */
export interface GenAiRoundPlanning {
  motion: GtmMotion;
  savedPriorities: DimensionId[] | null;
}

export interface ClientDetail {
  client: ClientSummary;
  /** Oldest first. */
  rounds: RoundResult[];
  notesByRound: Map<string, ConsultantNoteView[]>;
  genAiPlanning: Map<string, GenAiRoundPlanning>;
  /** The client's people with accounts: the consultant may invite the first owner while there is none. */
  people: { owners: number; members: number };
}


/** The client page's data, for the client's consultant only. */
export async function loadClientDetail(viewer: Viewer | null, organizationId: string): Promise<ClientDetail> {
  // Checks the `consult` permission first: anyone but the client's consultant stops here with not_found.
  const notesByRound = await listOrganizationNotes(viewer, organizationId);
  const [client, { rounds }, genAiRows, roles] = await Promise.all([
    db.organization.findUnique({
      where: { id: organizationId },
      select: { id: true, name: true, industry: true, sizeBand: true, createdAt: true, lastActivityAt: true },
    }),
    loadOrganizationRounds(viewer, organizationId),
    // Found through the client's GenAI rounds (roundId index), not by instrument and status: SQLite's
    // planner, which has no statistics, would otherwise read every completed GenAI assessment there is.
    db.assessment.findMany({
      where: { round: { is: { organizationId, instrument: "genai" } }, status: "completed" },
      orderBy: [{ completedAt: "asc" }, { id: "asc" }],
      select: { roundId: true, motion: true, roadmap: { orderBy: { position: "asc" }, select: { dimensionId: true } } },
    }),
    db.membership.groupBy({ by: ["role"], where: { organizationId }, _count: { _all: true } }),
  ]);
  if (!client) throw notFound("Organisation");
  const countOf = (role: string) => roles.find((r) => r.role === role)?._count._all ?? 0;
  return {
    client,
    rounds,
    notesByRound,
    genAiPlanning: planningByRound(genAiRows),
    people: { owners: countOf("owner"), members: countOf("member") },
  };
}

/**
 * Per GenAI round: the motion most of its respondents chose (ties: the earliest to finish) and,
 * for a one-person round, the priorities (one to three) saved on that person's roadmap.
 */
function planningByRound(
  rows: readonly { roundId: string | null; motion: string | null; roadmap: { dimensionId: string }[] }[],
): Map<string, GenAiRoundPlanning> {
  const byRound = new Map<string, typeof rows>();
  for (const row of rows) {
    if (!row.roundId) continue;
    byRound.set(row.roundId, [...(byRound.get(row.roundId) ?? []), row]);
  }
  const planning = new Map<string, GenAiRoundPlanning>();
  for (const [roundId, respondents] of byRound) {
    const motion = majorityMotion(respondents.map((r) => r.motion));
    const only = respondents.length === 1 ? respondents[0] : undefined;
    const saved = only?.roadmap.map((e) => e.dimensionId).filter(isDimensionId) ?? [];
    planning.set(roundId, { motion, savedPriorities: saved.length > 0 && saved.length === only?.roadmap.length ? saved : null });
  }
  return planning;
}

// ── Benchmarks ────────────────────────────────────────────────────────────────────────────────

/** Where the client's latest completed result of one instrument stands. */
export interface ClientBenchmark {
  instrument: BenchmarkInstrument;
  /** The result compared: the client's latest completed assessment of the instrument. */
  assessmentId: string;
  completedAt: Date;
  /** "team" when that result is one respondent's answers in a team round (the latest to finish). */
  roundKind: "solo" | "team" | null;
  /** Against the peer cohort and against the practice's own clients, with the client's sharing choice. */
  benchmark: AssessmentBenchmark;
}

const BENCHMARK_INSTRUMENTS: readonly BenchmarkInstrument[] = ["convergence", "genai"];

/**
 * For each instrument the client has completed, its latest completed assessment (the one that
 * counts in benchmarks: latest completion, then the larger id, the order lib/data/benchmarks.ts
 * uses) against its peer cohort and against the consultant's portfolio. The peer percentile is
 * shown whatever the client chose, since reading the aggregate reveals no one; only a shared
 * result is counted in it (lib/data/benchmarks.ts). The client's consultant only: anyone else
 * gets not_found.
 */
export async function loadClientBenchmarks(viewer: Viewer | null, organizationId: string, now: Date = new Date()): Promise<ClientBenchmark[]> {
  try {
    await requireOrganization(viewer, organizationId, "consult");
  } catch (error) {
    // The client's own people see their results on the result pages; here they get the same 404 as strangers.
    if (error instanceof DomainError && error.kind === "forbidden") throw notFound("Organisation");
    throw error;
  }
  const latest = await latestCompletedIds(db, organizationId);
  const ids = BENCHMARK_INSTRUMENTS.flatMap((instrument) => latest[instrument] ?? []);
  const rows = await db.assessment.findMany({ where: { id: { in: ids } }, select: { id: true, completedAt: true, round: { select: { kind: true } } } });
  const found = BENCHMARK_INSTRUMENTS.flatMap((instrument) => {
    const row = rows.find((r) => r.id === latest[instrument]);
    return row?.completedAt ? [{ instrument, row, completedAt: row.completedAt }] : [];
  });
  return Promise.all(
    found.map(async ({ instrument, row, completedAt }): Promise<ClientBenchmark> => ({
      instrument,
      assessmentId: row.id,
      completedAt,
      roundKind: row.round?.kind === "team" ? "team" : row.round?.kind === "solo" ? "solo" : null,
      benchmark: await getAssessmentBenchmark({ viewer, browserKey: null }, row.id, now),
    })),
  );
}
