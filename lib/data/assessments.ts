import "server-only";
import { db } from "@/lib/db";
import { executeHot } from "@/lib/db/hot-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { DomainError, notFound } from "@/lib/data/errors";
import { createUnguessableId } from "@/lib/data/ids";
import { DONT_KNOW, isMaturityLevel, type Choice } from "@/lib/instruments/types";
import { findUnansweredQuestions, type ConvergenceAnswers } from "@/lib/scoring/convergence";
import type { ToolTag } from "@/lib/plan/convergence-plan";
import type { AnswerInput, Instrument, ToolInventoryInput } from "@/lib/validation/assessment";
import { assessmentAccess, type Actor } from "@/lib/auth/access";
import { assertAssessmentReachable } from "@/lib/data/access";
import { recordCompletion, touchOrganization } from "@/lib/data/rounds";
import { scoreConvergence } from "@/lib/scoring/convergence";

/*
 * An anonymous assessment is reached by its unguessable id: holding the id is the permission.
 * A saved one (it belongs to an organisation) only by its organisation's people, its consultant
 * and the respondent's own browser (lib/auth/access.ts). Every function here takes the actor and
 * re-checks access, existence, instrument and state, so a route cannot forget to.
 */

export type AssessmentStatus = "in_progress" | "completed";

export interface ToolInventoryRow {
  name: string;
  purpose: string;
  tag: ToolTag;
}

export interface AssessmentView {
  id: string;
  instrument: Instrument;
  status: AssessmentStatus;
  createdAt: Date;
  completedAt: Date | null;
  answers: ConvergenceAnswers;
  tools: ToolInventoryRow[];
}

function encodeChoice(choice: Choice): string {
  return choice === DONT_KNOW ? DONT_KNOW : String(choice);
}

/** A stored answer back to a choice; anything unreadable is treated as unanswered. */
export function decodeChoice(stored: string): Choice | undefined {
  if (stored === DONT_KNOW) return DONT_KNOW;
  const level = Number(stored);
  return isMaturityLevel(level) ? level : undefined;
}

function isToolTag(value: string): value is ToolTag {
  return value === "core" || value === "candidate" || value === "retire";
}

/** The instrument of an assessment the actor may reach, or not_found. */
export async function getInstrumentOf(actor: Actor, id: string): Promise<Instrument> {
  await assertAssessmentReachable(actor, id);
  const row = await db.assessment.findUnique({ where: { id }, select: { instrument: true } });
  if (row?.instrument === "convergence" || row?.instrument === "genai") return row.instrument;
  throw notFound();
}

/** Starts a new anonymous assessment and returns its id. */
export async function createAssessment(input: {
  instrument: Instrument;
  browserKey: string | null;
}): Promise<{ id: string }> {
  const id = createUnguessableId();
  await db.assessment.create({
    data: { id, instrument: input.instrument, browserKey: input.browserKey },
    select: { id: true },
  });
  return { id };
}

/** Loads an assessment with its answers and worksheet, or throws not_found. */
export async function getAssessment(actor: Actor, id: string, instrument: Instrument): Promise<AssessmentView> {
  await assertAssessmentReachable(actor, id);
  const row = await db.assessment.findUnique({
    where: { id },
    select: {
      id: true,
      instrument: true,
      status: true,
      createdAt: true,
      completedAt: true,
      answers: { select: { questionId: true, choice: true } },
      tools: { select: { name: true, purpose: true, tag: true }, orderBy: { position: "asc" } },
    },
  });
  if (!row || row.instrument !== instrument) throw notFound();

  const answers: Record<string, Choice> = {};
  for (const answer of row.answers) {
    const choice = decodeChoice(answer.choice);
    if (choice !== undefined) answers[answer.questionId] = choice;
  }
  return {
    id: row.id,
    instrument,
    status: row.status === "completed" ? "completed" : "in_progress",
    createdAt: row.createdAt,
    completedAt: row.completedAt,
    answers,
    tools: row.tools.flatMap((t) => (isToolTag(t.tag) ? [{ name: t.name, purpose: t.purpose, tag: t.tag }] : [])),
  };
}

/**
 * Answers move an assessment's updatedAt forward at most this often: it says when the assessment
 * was last worked on, which a minute's precision tells as well, and most answers then skip the write.
 */
export const ANSWER_ACTIVITY_RESOLUTION_MS = 60_000;

/**
 * The hot path: an answer to an anonymous Convergence assessment in progress, in one statement
 * that writes only while the assessment is still open (so it cannot slip in after completion),
 * without a transaction held open across awaits. On SQLite's single connection such a
 * transaction makes every other request's query wait while the event loop serves other work
 * between its statements, which is what limited answers per second. Returns false, having
 * changed nothing, for any other assessment (saved to an organisation, completed, GenAI, unknown):
 * the full checks in saveAnswer then decide. Plain SQL that SQLite and PostgreSQL both run.
 */
async function saveToOpenAnonymousAssessment(actor: Actor, id: string, questionId: string, choice: string, now: Date): Promise<boolean> {
  // Holding an anonymous assessment's id is the permission (lib/auth/access.ts); should that rule
  // ever ask for more, this answers false and the full path below checks.
  if (assessmentAccess(actor, { organizationId: null, browserKey: null }, null, "write") !== "allowed") return false;
  const saved = await executeHot(Prisma.sql`
    INSERT INTO "Answer" ("assessmentId", "questionId", "choice", "updatedAt")
    SELECT "id", ${questionId}, ${choice}, ${now} FROM "Assessment"
    WHERE "id" = ${id} AND "organizationId" IS NULL AND "instrument" = 'convergence' AND "status" = 'in_progress'
    ON CONFLICT ("assessmentId", "questionId") DO UPDATE SET "choice" = excluded."choice", "updatedAt" = excluded."updatedAt"`);
  if (saved === 0) return false;
  const stale = new Date(now.getTime() - ANSWER_ACTIVITY_RESOLUTION_MS);
  await executeHot(Prisma.sql`UPDATE "Assessment" SET "updatedAt" = ${now} WHERE "id" = ${id} AND "updatedAt" <= ${stale}`);
  return true;
}

/** Saves one answer; saving the same question again replaces it (idempotent, last write wins). */
export async function saveAnswer(actor: Actor, id: string, input: AnswerInput, now: Date = new Date()): Promise<void> {
  const choice = encodeChoice(input.choice);
  if (await saveToOpenAnonymousAssessment(actor, id, input.questionId, choice, now)) return;
  await db.$transaction(async (tx) => {
    // One flat read, and for a saved assessment the full check with its organisation and round.
    const row = await tx.assessment.findUnique({
      where: { id },
      select: { instrument: true, status: true, organizationId: true, browserKey: true, updatedAt: true },
    });
    if (!row) throw notFound();
    const { organizationId } = row;
    if (organizationId !== null) await assertAssessmentReachable(actor, id, tx, "write");
    else if (assessmentAccess(actor, row, null, "write") !== "allowed") throw notFound();
    if (row.instrument !== "convergence") throw notFound();
    if (row.status === "completed") {
      throw new DomainError("conflict", "This assessment is completed; its answers can no longer change");
    }
    await tx.answer.upsert({
      where: { assessmentId_questionId: { assessmentId: id, questionId: input.questionId } },
      create: { assessmentId: id, questionId: input.questionId, choice },
      update: { choice },
    });
    if (now.getTime() - row.updatedAt.getTime() >= ANSWER_ACTIVITY_RESOLUTION_MS) {
      await tx.assessment.update({ where: { id }, data: { updatedAt: now }, select: { id: true } });
    }
    if (organizationId) await touchOrganization(tx, organizationId, now);
  });
}

/**
 * Marks an assessment completed once every question has an answer ("Don't know"
 * counts). Completing it again is a no-op, so a double submit is harmless.
 */
export async function completeAssessment(actor: Actor, id: string, instrument: Instrument, now: Date = new Date()): Promise<void> {
  await assertAssessmentReachable(actor, id, db, "write");
  const assessment = await getAssessment(actor, id, instrument);
  if (assessment.status === "completed") return;
  const unanswered = findUnansweredQuestions(assessment.answers);
  if (unanswered.length > 0) {
    throw new DomainError(
      "conflict",
      `${unanswered.length} question${unanswered.length === 1 ? " is" : "s are"} still unanswered`,
      undefined,
      { unansweredQuestionIds: unanswered.map((q) => q.id) },
    );
  }
  const score = scoreConvergence(assessment.answers);
  await db.$transaction(async (tx) => {
    const updated = await tx.assessment.updateMany({
      where: { id, status: "in_progress" },
      data: { status: "completed", completedAt: now },
    });
    if (updated.count === 1) {
      await recordCompletion(
        tx,
        id,
        {
          score: score.overallScore,
          level: score.overallLevel,
          parts: { overall: score.overallScore, ...Object.fromEntries(score.pillars.map((p) => [p.pillar, p.score])) },
        },
        now,
      );
    }
  });
}

/** Replaces the tool-inventory worksheet of an assessment, in one transaction. */
export async function saveToolInventory(actor: Actor, id: string, input: ToolInventoryInput): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertAssessmentReachable(actor, id, tx, "write");
    const row = await tx.assessment.findUnique({ where: { id }, select: { instrument: true } });
    if (!row || row.instrument !== "convergence") throw notFound();
    await tx.toolInventoryItem.deleteMany({ where: { assessmentId: id } });
    if (input.tools.length > 0) {
      await tx.toolInventoryItem.createMany({
        data: input.tools.map((tool, position) => ({ assessmentId: id, position, ...tool })),
      });
    }
  });
}
