import "server-only";
import { db } from "@/lib/db";
import { DomainError, notFound } from "@/lib/data/errors";
import { decodeChoice } from "@/lib/data/assessments";
import { decodeRating } from "@/lib/data/genai";
import { findClaimRefusal, type Caller } from "@/lib/auth/permissions";
import { loadViewer } from "@/lib/data/access";
import { createSoloRound } from "@/lib/data/rounds";
import { invalidateBenchmarksFor } from "@/lib/data/benchmarks";
import { companyOf } from "@/lib/auth/access";
import { getConvergenceLevel } from "@/lib/instruments/convergence";
import { getGenAiLevel, isDimensionId, type DimensionId } from "@/lib/instruments/genai";
import type { Choice } from "@/lib/instruments/types";
import { scoreConvergence } from "@/lib/scoring/convergence";
import { scoreGenAi } from "@/lib/scoring/genai";
import type { Instrument } from "@/lib/validation/assessment";

/*
 * Everything here takes the caller ({ userId }) and looks up their organisation itself,
 * so a route cannot forget to scope a query.
 */

/** The caller with their own company (a consultant's practice cannot own assessments). */
async function callerOf(caller: { userId: string }): Promise<Caller> {
  const viewer = await loadViewer(caller.userId);
  return { userId: caller.userId, organizationId: companyOf(viewer)?.organizationId ?? null };
}

const REFUSAL_MESSAGES = {
  not_signed_in: "Sign in to save this assessment",
  no_organization: "Your account has no organisation to save it to",
  not_finished: "Finish the assessment before saving it",
  already_claimed: "This assessment has already been saved to an organisation",
} as const;

/** Saves a finished anonymous assessment to the caller's organisation, once (409 afterwards, for anyone). */
export async function claimAssessment(caller: { userId: string }, id: string, now: Date = new Date()): Promise<{ instrument: Instrument }> {
  const who = await callerOf(caller);
  return db.$transaction(async (tx) => {
    const row = await tx.assessment.findUnique({ where: { id }, select: { instrument: true, status: true, organizationId: true } });
    if (!row || (row.instrument !== "convergence" && row.instrument !== "genai")) throw notFound();
    const refusal = findClaimRefusal(who, row);
    if (refusal) throw new DomainError("conflict", REFUSAL_MESSAGES[refusal], undefined, { reason: refusal });
    // The organizationId guard makes the claim single even if two requests race.
    const claimed = await tx.assessment.updateMany({
      where: { id, status: "completed", organizationId: null },
      data: { organizationId: who.organizationId, claimedAt: now },
    });
    if (claimed.count !== 1 || !who.organizationId) {
      throw new DomainError("conflict", REFUSAL_MESSAGES.already_claimed, undefined, { reason: "already_claimed" });
    }
    await createSoloRound(
      tx,
      { assessmentId: id, organizationId: who.organizationId, instrument: row.instrument, createdById: who.userId },
      now,
    );
    // The claimed result may now be the organisation's latest (and not shared): its cell is stale.
    await invalidateBenchmarksFor(tx, id, now);
    return { instrument: row.instrument };
  });
}

/** Whether an assessment is already saved to an organisation, and whether that is the caller's. */
export async function getClaimStatus(
  caller: { userId: string } | null,
  id: string,
): Promise<{ isClaimed: boolean; isMine: boolean }> {
  const row = await db.assessment.findUnique({ where: { id }, select: { organizationId: true } });
  if (!row) throw notFound();
  const who = caller ? await callerOf(caller) : null;
  return {
    isClaimed: row.organizationId !== null,
    isMine: row.organizationId !== null && row.organizationId === who?.organizationId,
  };
}

export interface WorkspaceAssessment {
  id: string;
  instrument: Instrument;
  completedAt: Date | null;
  claimedAt: Date | null;
  level: number | null;
  levelName: string | null;
}

/** The caller's organisation's assessments, newest first, with their overall levels (one query). */
export async function listOrganizationAssessments(caller: { userId: string }): Promise<WorkspaceAssessment[]> {
  const { organizationId } = await callerOf(caller);
  if (!organizationId) return [];
  const rows = await db.assessment.findMany({
    // Team respondents' answers are listed per round (the team section), not one by one here.
    where: { organizationId, OR: [{ roundId: null }, { round: { kind: "solo" } }] },
    orderBy: [{ completedAt: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      instrument: true,
      completedAt: true,
      claimedAt: true,
      answers: { select: { questionId: true, choice: true } },
      ratings: { select: { dimensionId: true, current: true, target: true, evidence: true } },
    },
  });
  return rows.flatMap((row): WorkspaceAssessment[] => {
    if (row.instrument === "convergence") {
      const answers: Record<string, Choice> = {};
      for (const a of row.answers) {
        const choice = decodeChoice(a.choice);
        if (choice !== undefined) answers[a.questionId] = choice;
      }
      const level = scoreConvergence(answers).overallLevel;
      return [{ id: row.id, instrument: "convergence", completedAt: row.completedAt, claimedAt: row.claimedAt, level, levelName: level ? getConvergenceLevel(level).name : null }];
    }
    if (row.instrument === "genai") {
      const ratings: Partial<Record<DimensionId, NonNullable<ReturnType<typeof decodeRating>>>> = {};
      for (const r of row.ratings) {
        const rating = decodeRating(r);
        if (rating && isDimensionId(r.dimensionId)) ratings[r.dimensionId] = rating;
      }
      const level = scoreGenAi(ratings).overallLevel;
      return [{ id: row.id, instrument: "genai", completedAt: row.completedAt, claimedAt: row.claimedAt, level, levelName: level ? getGenAiLevel(level).name : null }];
    }
    return [];
  });
}
