import "server-only";
import { db } from "@/lib/db";
import { DomainError, notFound } from "@/lib/data/errors";
import { requireOrganization } from "@/lib/data/access";
import { decodeChoice } from "@/lib/data/assessments";
import { decodeRating } from "@/lib/data/genai";
import { can, type Relation, type Viewer } from "@/lib/auth/access";
import { isDimensionId, type DimensionId } from "@/lib/instruments/genai";
import type { Choice } from "@/lib/instruments/types";
import type { ConvergenceAnswers } from "@/lib/scoring/convergence";
import type { DimensionRating, GenAiRatings } from "@/lib/scoring/genai";
import { combineConvergence, combineGenAi, type CombinedConvergence, type CombinedGenAi } from "@/lib/scoring/team";
import type { Instrument } from "@/lib/validation/assessment";

/*
 * Rounds with their respondents and combined results, for the team result, the client detail,
 * trends and the 90-day check-in. Access: the organisation's people and its consultant; each
 * respondent's own answers only for those allowed `view_respondents` (owner, consultant).
 */

export type RespondentFunction = "marketing" | "it" | "data" | "sales" | "executive" | "other";
const FUNCTIONS: readonly RespondentFunction[] = ["marketing", "it", "data", "sales", "executive", "other"];

function functionOf(value: string | null): RespondentFunction | null {
  return FUNCTIONS.find((f) => f === value) ?? null;
}

export interface Respondent {
  assessmentId: string;
  function: RespondentFunction | null;
  status: "in_progress" | "completed";
  completedAt: Date | null;
  overallLevel: number | null;
  overallScore: number | null;
  /** Convergence answers (completed respondents; empty when the viewer may not see them). */
  answers: ConvergenceAnswers;
  /** GenAI ratings (likewise). */
  ratings: GenAiRatings;
}

export interface RoundResult {
  id: string;
  organizationId: string;
  instrument: Instrument;
  kind: "solo" | "team";
  title: string;
  createdAt: Date;
  lastActivityAt: Date;
  completedCount: number;
  overallLevel: number | null;
  overallScore: number | null;
  /** Every respondent who started (answers hidden unless `respondentsVisible`). */
  respondents: Respondent[];
  respondentsVisible: boolean;
  /** Over the completed respondents. */
  combined: CombinedConvergence | CombinedGenAi;
}

const roundSelect = {
  id: true,
  organizationId: true,
  instrument: true,
  kind: true,
  title: true,
  createdAt: true,
  lastActivityAt: true,
  completedCount: true,
  overallLevel: true,
  overallScore: true,
  assessments: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      completedAt: true,
      respondentFunction: true,
      overallLevel: true,
      overallScore: true,
      answers: { select: { questionId: true, choice: true } },
      ratings: { select: { dimensionId: true, current: true, target: true, evidence: true } },
    },
  },
} as const;

type RoundRow = Awaited<ReturnType<typeof db.assessmentRound.findMany<{ select: typeof roundSelect }>>>[number];

function toResult(row: RoundRow, relation: Relation): RoundResult | null {
  if (row.instrument !== "convergence" && row.instrument !== "genai") return null;
  const respondents = row.assessments.map((a): Respondent => {
    const answers: Record<string, Choice> = {};
    for (const x of a.answers) {
      const choice = decodeChoice(x.choice);
      if (choice !== undefined) answers[x.questionId] = choice;
    }
    const ratings: Partial<Record<DimensionId, DimensionRating>> = {};
    for (const r of a.ratings) {
      const rating = decodeRating(r);
      if (rating && isDimensionId(r.dimensionId)) ratings[r.dimensionId] = rating;
    }
    return {
      assessmentId: a.id,
      function: functionOf(a.respondentFunction),
      status: a.status === "completed" ? "completed" : "in_progress",
      completedAt: a.completedAt,
      overallLevel: a.overallLevel,
      overallScore: a.overallScore,
      answers,
      ratings,
    };
  });
  const completed = respondents.filter((r) => r.status === "completed");
  const combined =
    row.instrument === "convergence" ? combineConvergence(completed.map((r) => r.answers)) : combineGenAi(completed.map((r) => r.ratings));
  const respondentsVisible = can(relation, "view_respondents");
  return {
    id: row.id,
    organizationId: row.organizationId,
    instrument: row.instrument,
    kind: row.kind === "team" ? "team" : "solo",
    title: row.title,
    createdAt: row.createdAt,
    lastActivityAt: row.lastActivityAt,
    completedCount: row.completedCount,
    overallLevel: row.overallLevel,
    overallScore: row.overallScore,
    respondents: respondentsVisible ? respondents : respondents.map((r) => ({ ...r, answers: {}, ratings: {} })),
    respondentsVisible,
    combined,
  };
}

/** One round the viewer may see, with its respondents and combined result; 404 otherwise. */
export async function loadRound(viewer: Viewer | null, roundId: string): Promise<RoundResult & { relation: Relation }> {
  const owner = await db.assessmentRound.findUnique({ where: { id: roundId }, select: { organizationId: true } });
  if (!owner) throw notFound("Round");
  const { relation } = await requireOrganization(viewer, owner.organizationId, "view").catch((error: unknown) => {
    throw error instanceof DomainError && error.kind === "not_found" ? notFound("Round") : error;
  });
  const row = await db.assessmentRound.findUnique({ where: { id: roundId }, select: roundSelect });
  const result = row ? toResult(row, relation) : null;
  if (!result) throw notFound("Round");
  return { ...result, relation };
}

/** Every round of an organisation the viewer may see, oldest first (trends, before/after, check-in). */
export async function loadOrganizationRounds(
  viewer: Viewer | null,
  organizationId: string,
  instrument?: Instrument,
): Promise<{ relation: Relation; rounds: RoundResult[] }> {
  const { relation } = await requireOrganization(viewer, organizationId, "view");
  const rows = await db.assessmentRound.findMany({
    where: { organizationId, ...(instrument ? { instrument } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: roundSelect,
  });
  return { relation, rounds: rows.flatMap((row) => toResult(row, relation) ?? []) };
}
