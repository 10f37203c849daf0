import "server-only";
import type { db } from "@/lib/db";
import { invalidateBenchmarksFor } from "@/lib/data/benchmarks";
import { createUnguessableId } from "@/lib/data/ids";
import { combineOverall, type RespondentOverall } from "@/lib/scoring/team";
import type { Instrument } from "@/lib/validation/assessment";

/*
 * Rounds: one sitting of one instrument by an organisation (lib/generated schema: AssessmentRound).
 * The combined overall of a round is stored whenever one of its assessments completes, so the
 * consultant dashboard reads one row per round instead of scoring every answer.
 */

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Marks the organisation as active now (the dashboard's "last activity"). */
export async function touchOrganization(tx: Tx, organizationId: string, now: Date): Promise<void> {
  await tx.organization.update({ where: { id: organizationId }, data: { lastActivityAt: now }, select: { id: true } });
}

/** Recomputes a round's combined overall from its completed assessments. */
export async function refreshRound(tx: Tx, roundId: string, now: Date): Promise<void> {
  const completed = await tx.assessment.findMany({
    where: { roundId, status: "completed" },
    select: { overallScore: true, overallLevel: true },
  });
  const combined = combineOverall(completed.map((a): RespondentOverall => ({ score: a.overallScore, level: a.overallLevel })));
  const round = await tx.assessmentRound.update({
    where: { id: roundId },
    data: {
      completedCount: combined.respondentCount,
      overallScore: combined.score,
      overallLevel: combined.level,
      lastActivityAt: now,
    },
    select: { organizationId: true },
  });
  await touchOrganization(tx, round.organizationId, now);
}

/**
 * Stores an assessment's result at completion: the overall score and level, and one row per
 * scored part (pillar scores 0–100 or dimension levels 1–5, and "overall") for benchmarks.
 * Then refreshes its round, if any.
 */
export async function recordCompletion(
  tx: Tx,
  assessmentId: string,
  result: { score: number | null; level: number | null; parts: Readonly<Record<string, number | null>> },
  now: Date,
): Promise<void> {
  const row = await tx.assessment.update({
    where: { id: assessmentId },
    data: { overallScore: result.score, overallLevel: result.level },
    select: { roundId: true },
  });
  const parts = Object.entries(result.parts).flatMap(([part, value]) => (value === null ? [] : [{ assessmentId, part, value }]));
  await tx.assessmentPartScore.deleteMany({ where: { assessmentId } });
  if (parts.length > 0) await tx.assessmentPartScore.createMany({ data: parts });
  if (row.roundId) await refreshRound(tx, row.roundId, now);
  // A completion can change which result is its organisation's latest: its benchmark cell is stale.
  await invalidateBenchmarksFor(tx, assessmentId, now);
}

/** Saves a finished anonymous assessment into a new solo round of the organisation. */
export async function createSoloRound(
  tx: Tx,
  input: { assessmentId: string; organizationId: string; instrument: Instrument; createdById: string },
  now: Date,
): Promise<string> {
  const roundId = createUnguessableId();
  await tx.assessmentRound.create({
    data: {
      id: roundId,
      organizationId: input.organizationId,
      instrument: input.instrument,
      kind: "solo",
      createdAt: now,
      createdById: input.createdById,
      lastActivityAt: now,
    },
    select: { id: true },
  });
  await tx.assessment.update({ where: { id: input.assessmentId }, data: { roundId }, select: { id: true } });
  await refreshRound(tx, roundId, now);
  return roundId;
}
