// Completed rounds written straight through Prisma, then stored the way a completion stores them
// (recordCompletion: overall and part scores, the round's combined figures, benchmark invalidation).
import { db } from "@/lib/db";
import { QUESTIONS, type PillarId } from "@/lib/instruments/convergence";
import type { MaturityLevel } from "@/lib/instruments/types";
import { createUnguessableId } from "@/lib/data/ids";
import { recordCompletion } from "@/lib/data/rounds";
import { scoreConvergence } from "@/lib/scoring/convergence";

let sequence = 0;
export const nextId = (label: string) => `${label}-${(sequence += 1)}-${Date.now()}`;

export interface SeededRespondent {
  /** Levels by pillar; the other pillars get `otherwise`. */
  levels: Partial<Record<PillarId, MaturityLevel>>;
  function?: "marketing" | "it";
}

/** A completed Convergence round: one respondent makes a solo round, more a team round (unless `kind` says otherwise). */
export async function seedConvergenceRound(
  organizationId: string,
  createdAt: Date,
  respondents: readonly (Partial<Record<PillarId, MaturityLevel>> | SeededRespondent)[],
  otherwise: MaturityLevel = 4,
  kind: "solo" | "team" = respondents.length > 1 ? "team" : "solo",
): Promise<{ roundId: string; assessmentIds: string[] }> {
  const roundId = nextId("round");
  await db.assessmentRound.create({ data: { id: roundId, organizationId, instrument: "convergence", kind, createdAt, lastActivityAt: createdAt } });
  const assessmentIds: string[] = [];
  for (const respondent of respondents) {
    const { levels, function: respondentFunction } = "levels" in respondent ? respondent : { levels: respondent, function: undefined };
    const answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, levels[q.pillar] ?? otherwise]));
    const score = scoreConvergence(answers);
    // Assessment ids are unguessable tokens of a fixed shape: the routes refuse any other.
    const id = createUnguessableId();
    assessmentIds.push(id);
    await db.assessment.create({
      data: {
        id,
        instrument: "convergence",
        status: "completed",
        completedAt: createdAt,
        organizationId,
        roundId,
        respondentFunction: respondentFunction ?? null,
        answers: { create: QUESTIONS.map((q) => ({ questionId: q.id, choice: String(answers[q.id]) })) },
      },
    });
    const parts = Object.fromEntries([["overall", score.overallScore], ...score.pillars.map((p) => [p.pillar, p.score])]);
    await db.$transaction((tx) => recordCompletion(tx, id, { score: score.overallScore, level: score.overallLevel, parts }, createdAt));
  }
  return { roundId, assessmentIds };
}

/** A client company managed by `practiceId`, owned by `ownerUserId` (a retail company of 1,000–4,999 people). */
export async function createManagedClient(practiceId: string, ownerUserId: string, name = "Harbour & Finch Retail"): Promise<string> {
  const clientId = nextId("client");
  await db.organization.create({ data: { id: clientId, kind: "company", name, industry: "retail", sizeBand: "1000-4999", consultantPracticeId: practiceId } });
  await db.membership.create({ data: { userId: ownerUserId, organizationId: clientId, role: "owner" } });
  return clientId;
}
