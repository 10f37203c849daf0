import "server-only";
import type { Actor } from "@/lib/auth/access";
import { assertAssessmentReachable } from "@/lib/data/access";
import { recordCompletion, touchOrganization } from "@/lib/data/rounds";
import { db } from "@/lib/db";
import { DomainError, notFound } from "@/lib/data/errors";
import { DIMENSION_IDS, NOT_APPLICABLE, isDimensionId, type DimensionId, type GtmMotion } from "@/lib/instruments/genai";
import { isMaturityLevel, type MaturityLevel } from "@/lib/instruments/types";
import { buildDefaultRoadmap, checkPriorityChange, proposePriorities, type RoadmapEntry } from "@/lib/plan/genai-roadmap";
import { scoreConvergence } from "@/lib/scoring/convergence";
import { scoreGenAi, type DimensionRating, type GenAiRatings } from "@/lib/scoring/genai";
import { decodeChoice } from "@/lib/data/assessments";
import type { RatingInput, RoadmapEntryInput } from "@/lib/validation/genai";

/*
 * The GenAI model's data. Like the diagnostic, an assessment is reached by its
 * unguessable id, and every function re-checks the instrument and the state.
 */

export interface GenAiAssessmentView {
  id: string;
  status: "in_progress" | "completed";
  motion: GtmMotion | null;
  ratings: GenAiRatings;
  /** Null while nothing was saved: the proposed priorities and the model's defaults stand. */
  roadmap: RoadmapEntry[] | null;
  browserKey: string | null;
}

function isMotion(value: string | null): value is GtmMotion {
  return value === "inbound" || value === "outbound" || value === "hybrid";
}

export function decodeRating(row: { current: string; target: number | null; evidence: string }): DimensionRating | undefined {
  if (row.current === NOT_APPLICABLE) return { current: NOT_APPLICABLE, target: null, evidence: row.evidence };
  const current = Number(row.current);
  if (!isMaturityLevel(current)) return undefined;
  const target = isMaturityLevel(row.target) ? row.target : current;
  return { current, target, evidence: row.evidence };
}

/** Today's date (UTC) as YYYY-MM-DD: the earliest allowed roadmap date. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Loads a GenAI assessment with its ratings and saved roadmap, or throws not_found. */
export async function getGenAiAssessment(actor: Actor, id: string): Promise<GenAiAssessmentView> {
  await assertAssessmentReachable(actor, id);
  const row = await db.assessment.findUnique({
    where: { id },
    select: {
      id: true,
      instrument: true,
      status: true,
      motion: true,
      browserKey: true,
      ratings: { select: { dimensionId: true, current: true, target: true, evidence: true } },
      roadmap: { orderBy: { position: "asc" } },
    },
  });
  if (!row || row.instrument !== "genai") throw notFound();

  const ratings: Partial<Record<DimensionId, DimensionRating>> = {};
  for (const r of row.ratings) {
    const rating = decodeRating(r);
    if (rating && isDimensionId(r.dimensionId)) ratings[r.dimensionId] = rating;
  }
  const roadmap = row.roadmap.flatMap((e): RoadmapEntry[] =>
    isDimensionId(e.dimensionId)
      ? [
          {
            dimension: e.dimensionId,
            whatItLooksLike: e.whatItLooksLike,
            infrastructure: e.infrastructure,
            training: e.training,
            governance: e.governance,
            successMeasure: e.successMeasure,
            targetDate: e.targetDate,
            marketingOwner: e.marketingOwner,
            itOwner: e.itOwner,
            marketingWin: e.marketingWin,
            itWin: e.itWin,
          },
        ]
      : [],
  );
  return {
    id: row.id,
    status: row.status === "completed" ? "completed" : "in_progress",
    motion: isMotion(row.motion) ? row.motion : null,
    ratings,
    // A saved roadmap holds one to three entries (fewer when fewer dimensions are below level 3);
    // one with an entry it cannot read falls back to the proposal as a whole.
    roadmap: roadmap.length > 0 && roadmap.length === row.roadmap.length ? roadmap : null,
    browserKey: row.browserKey,
  };
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function requireGenAi(tx: Tx, actor: Actor, id: string, state: "in_progress" | "completed"): Promise<{ organizationId: string | null }> {
  const reached = await assertAssessmentReachable(actor, id, tx, "write");
  const row = await tx.assessment.findUnique({ where: { id }, select: { instrument: true, status: true } });
  if (!row || row.instrument !== "genai") throw notFound();
  if (state === "in_progress" && row.status === "completed") {
    throw new DomainError("conflict", "This assessment is completed; its answers can no longer change");
  }
  if (state === "completed" && row.status !== "completed") {
    throw new DomainError("conflict", "Finish the assessment before planning its roadmap");
  }
  return { organizationId: reached.organizationId };
}

/** Saves the go-to-market motion (idempotent). */
export async function saveMotion(actor: Actor, id: string, motion: GtmMotion): Promise<void> {
  await db.$transaction(async (tx) => {
    await requireGenAi(tx, actor, id, "in_progress");
    await tx.assessment.update({ where: { id }, data: { motion }, select: { id: true } });
  });
}

/** Saves one dimension's rating; saving it again replaces it (last write wins). */
export async function saveRating(actor: Actor, id: string, input: RatingInput, now: Date = new Date()): Promise<void> {
  const data = {
    current: String(input.current),
    target: input.current === NOT_APPLICABLE ? null : input.target,
    evidence: input.current === NOT_APPLICABLE ? "" : input.evidence,
  };
  await db.$transaction(async (tx) => {
    const { organizationId } = await requireGenAi(tx, actor, id, "in_progress");
    await tx.dimensionRating.upsert({
      where: { assessmentId_dimensionId: { assessmentId: id, dimensionId: input.dimensionId } },
      create: { assessmentId: id, dimensionId: input.dimensionId, ...data },
      update: data,
    });
    await tx.assessment.update({ where: { id }, data: { updatedAt: now }, select: { id: true } });
    if (organizationId) await touchOrganization(tx, organizationId, now);
  });
}

/** What is still missing before a GenAI assessment can be completed ("motion" and dimension ids). */
export function findMissingGenAiAnswers(view: Pick<GenAiAssessmentView, "motion" | "ratings">): string[] {
  const missing: string[] = view.motion ? [] : ["motion"];
  return [...missing, ...DIMENSION_IDS.filter((d) => view.ratings[d] === undefined)];
}

/** The roadmap as it stands: saved entries, or defaults for the proposed priorities. */
export function currentRoadmap(view: GenAiAssessmentView, now: Date = new Date()): RoadmapEntry[] {
  if (view.roadmap) return view.roadmap;
  const priorities = proposePriorities(scoreGenAi(view.ratings), view.motion ?? "hybrid");
  return buildDefaultRoadmap(priorities, now);
}

async function writeRoadmap(tx: Tx, id: string, entries: readonly RoadmapEntry[]): Promise<void> {
  await tx.roadmapEntry.deleteMany({ where: { assessmentId: id } });
  await tx.roadmapEntry.createMany({
    data: entries.map(({ dimension, ...fields }, position) => ({ assessmentId: id, position, dimensionId: dimension, ...fields })),
  });
}

/**
 * Sets the priorities (see checkPriorityChange for what is refused). An entry whose dimension stays in the list keeps
 * its edits (wherever it moves); a new dimension starts from the model's
 * defaults but keeps the owners and date of the entry it replaces.
 */
export async function savePriorities(actor: Actor, id: string, priorities: readonly DimensionId[], now: Date = new Date()): Promise<RoadmapEntry[]> {
  const view = await getGenAiAssessment(actor, id);
  if (view.status !== "completed") throw new DomainError("conflict", "Finish the assessment before planning its roadmap");
  const before = currentRoadmap(view, now);
  // Checked before any write: a refused list changes nothing.
  const refusal = checkPriorityChange(scoreGenAi(view.ratings), before.map((e) => e.dimension), priorities);
  if (refusal) throw new DomainError("invalid", refusal, { priorities: refusal });
  const defaults = buildDefaultRoadmap(priorities, now);
  const next = priorities.map((dimension, position): RoadmapEntry => {
    const kept = before.find((e) => e.dimension === dimension);
    if (kept) return kept;
    const replaced = before[position];
    const fresh = defaults[position];
    if (!fresh) throw new Error("buildDefaultRoadmap returned fewer entries than priorities");
    return replaced
      ? { ...fresh, marketingOwner: replaced.marketingOwner, itOwner: replaced.itOwner, targetDate: replaced.targetDate }
      : fresh;
  });
  await db.$transaction(async (tx) => {
    await requireGenAi(tx, actor, id, "completed");
    await writeRoadmap(tx, id, next);
  });
  return next;
}

/** Saves the user's edits to one roadmap entry (position 0–2). */
export async function saveRoadmapEntry(actor: Actor, id: string, position: number, input: RoadmapEntryInput, now: Date = new Date()): Promise<RoadmapEntry> {
  const view = await getGenAiAssessment(actor, id);
  if (view.status !== "completed") throw new DomainError("conflict", "Finish the assessment before planning its roadmap");
  const entries = currentRoadmap(view, now);
  const existing = entries[position];
  if (!existing) throw new DomainError("not_found", "Roadmap entry not found");
  const updated: RoadmapEntry = { ...existing, ...input };
  const next = entries.map((e, i) => (i === position ? updated : e));
  await db.$transaction(async (tx) => {
    await requireGenAi(tx, actor, id, "completed");
    await writeRoadmap(tx, id, next);
  });
  return updated;
}

/** Completes a GenAI assessment once the motion and every dimension are answered ("Not applicable" counts). */
export async function completeGenAiAssessment(actor: Actor, id: string, now: Date = new Date()): Promise<void> {
  await assertAssessmentReachable(actor, id, db, "write");
  const view = await getGenAiAssessment(actor, id);
  if (view.status === "completed") return;
  const missing = findMissingGenAiAnswers(view);
  if (missing.length > 0) {
    throw new DomainError(
      "conflict",
      `${missing.length} answer${missing.length === 1 ? " is" : "s are"} still missing`,
      undefined,
      { unansweredQuestionIds: missing },
    );
  }
  const score = scoreGenAi(view.ratings);
  const level = score.overallLevel;
  const parts = { overall: level, ...Object.fromEntries(score.dimensions.map((d) => [d.dimension, d.current])) };
  await db.$transaction(async (tx) => {
    const updated = await tx.assessment.updateMany({ where: { id, status: "in_progress" }, data: { status: "completed", completedAt: now } });
    // The GenAI model has levels, not points: the overall score stays empty.
    if (updated.count === 1) await recordCompletion(tx, id, { score: null, level, parts }, now);
  });
}

/** Data and Platforms levels of this browser's latest completed Convergence diagnostic, or null. */
export async function getConvergenceFoundationForBrowser(
  browserKey: string | null,
): Promise<{ data: MaturityLevel | null; platforms: MaturityLevel | null } | null> {
  if (!browserKey) return null;
  const latest = await db.assessment.findFirst({
    where: { browserKey, instrument: "convergence", status: "completed" },
    orderBy: { completedAt: "desc" },
    select: { answers: { select: { questionId: true, choice: true } } },
  });
  if (!latest) return null;
  const answers = Object.fromEntries(latest.answers.map((a) => [a.questionId, decodeChoice(a.choice)]));
  const score = scoreConvergence(answers);
  const levelOf = (pillar: "data" | "platforms") => score.pillars.find((p) => p.pillar === pillar)?.level ?? null;
  return { data: levelOf("data"), platforms: levelOf("platforms") };
}
