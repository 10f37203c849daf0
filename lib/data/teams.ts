import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { can, type Relation, type Viewer } from "@/lib/auth/access";
import { requireOrganization } from "@/lib/data/access";
import { decodeChoice } from "@/lib/data/assessments";
import { DomainError, forbidden, notFound } from "@/lib/data/errors";
import { decodeRating } from "@/lib/data/genai";
import { createUnguessableId } from "@/lib/data/ids";
import { loadRound, type RespondentFunction, type RoundResult } from "@/lib/data/round-results";
import { touchOrganization } from "@/lib/data/rounds";
import { isDimensionId, type DimensionId } from "@/lib/instruments/genai";
import type { Choice } from "@/lib/instruments/types";
import type { DimensionRating } from "@/lib/scoring/genai";
import { rankFunctionGaps, type FunctionGapResult } from "@/lib/scoring/team-gaps";
import type { PillarId } from "@/lib/instruments/convergence";
import type { Instrument } from "@/lib/validation/assessment";
import { respondentTokenSchema, type RespondentFunctionValue, type RoundKind } from "@/lib/validation/teams";

/*
 * Team assessments: rounds started by those who run assessments (an organisation's owner, or its
 * consultant), respondent links, and respondents who answer through a link without an account.
 *
 * - A respondent link is a bearer token (32 random bytes) shown once to its creator; only its
 *   SHA-256 is stored (Invite.tokenHash). It works for RESPONDENT_LINK_TTL_MS and can be used by
 *   any number of respondents until it expires or is revoked.
 * - A respondent's assessment belongs to the organisation and the round, and remembers the
 *   respondent's browser key: that browser (and the organisation's people) can reach it, nobody
 *   else (lib/auth/access.ts).
 * - A token that never existed answers not_found (404). An expired or revoked one answers a
 *   DomainError "conflict" with details.reason "link_expired" | "link_revoked", which the respond
 *   endpoint turns into 410 Gone: the link existed and will not work again, so a new one is needed.
 */

/** How long a respondent link works: fourteen days. */
export const RESPONDENT_LINK_TTL_MS = 14 * 24 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function instrumentOf(value: string): Instrument {
  if (value === "convergence" || value === "genai") return value;
  throw notFound("Round");
}

/** Rewrites an organisation's not_found as the thing asked for, so a stranger learns nothing. */
function asNotFound(what: string) {
  return (error: unknown): never => {
    throw error instanceof DomainError && error.kind === "not_found" ? notFound(what) : error;
  };
}

/** A round with the viewer's relation, when the viewer may do `permission` to its organisation. */
async function requireRound(viewer: Viewer | null, roundId: string, permission: "view" | "run_assessments") {
  const round = await db.assessmentRound.findUnique({
    where: { id: roundId },
    select: { id: true, organizationId: true, instrument: true, kind: true },
  });
  if (!round) throw notFound("Round");
  const { relation } = await requireOrganization(viewer, round.organizationId, permission).catch(asNotFound("Round"));
  return { round, relation };
}

// --- Rounds ----------------------------------------------------------------------------------

export interface StartedRound {
  roundId: string;
  instrument: Instrument;
  kind: RoundKind;
  /** A solo round's assessment, for its starter to answer now; null for a team round. */
  assessmentId: string | null;
}

/**
 * Starts a round of an instrument for an organisation (owner or its consultant; a member gets
 * forbidden, a stranger not_found). A team round starts empty and fills through respondent links.
 * A solo round starts with its one assessment, tied to the starter's browser so they can answer
 * it there: this is also how a re-assessment of the same instrument begins.
 */
export async function startRound(
  viewer: Viewer | null,
  organizationId: string,
  input: { instrument: Instrument; kind: RoundKind; title?: string },
  browserKey: string | null,
  now: Date = new Date(),
): Promise<StartedRound> {
  const { organization } = await requireOrganization(viewer, organizationId, "run_assessments");
  if (!viewer) throw notFound("Organisation");
  if (organization.kind !== "company") {
    throw forbidden("A consultancy does not take assessments itself: start the round for one of its clients");
  }
  const roundId = createUnguessableId();
  const assessmentId = input.kind === "solo" ? createUnguessableId() : null;
  await db.$transaction(async (tx) => {
    await tx.assessmentRound.create({
      data: {
        id: roundId,
        organizationId,
        instrument: input.instrument,
        kind: input.kind,
        title: (input.title ?? "").trim(),
        createdAt: now,
        createdById: viewer.userId,
        lastActivityAt: now,
      },
      select: { id: true },
    });
    if (assessmentId) {
      await tx.assessment.create({
        data: { id: assessmentId, instrument: input.instrument, organizationId, roundId, browserKey, createdAt: now },
        select: { id: true },
      });
    }
    await touchOrganization(tx, organizationId, now);
  });
  return { roundId, instrument: input.instrument, kind: input.kind, assessmentId };
}

export interface RoundSummary {
  id: string;
  instrument: Instrument;
  kind: RoundKind;
  title: string;
  createdAt: Date;
  /** Everyone who started, and those who finished. */
  respondentCount: number;
  completedCount: number;
  overallLevel: number | null;
}

/** An organisation's rounds, newest first, with counts (one query); and whether the viewer may start one. */
export async function listRoundSummaries(
  viewer: Viewer | null,
  organizationId: string,
): Promise<{ relation: Relation; canRunAssessments: boolean; rounds: RoundSummary[] }> {
  const { relation } = await requireOrganization(viewer, organizationId, "view");
  const rows = await db.assessmentRound.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      instrument: true,
      kind: true,
      title: true,
      createdAt: true,
      completedCount: true,
      overallLevel: true,
      _count: { select: { assessments: true } },
    },
  });
  const rounds = rows.flatMap((r): RoundSummary[] =>
    r.instrument === "convergence" || r.instrument === "genai"
      ? [
          {
            id: r.id,
            instrument: r.instrument,
            kind: r.kind === "team" ? "team" : "solo",
            title: r.title,
            createdAt: r.createdAt,
            respondentCount: r._count.assessments,
            completedCount: r.completedCount,
            overallLevel: r.overallLevel,
          },
        ]
      : [],
  );
  return { relation, canRunAssessments: can(relation, "run_assessments"), rounds };
}

// --- Respondent links --------------------------------------------------------------------------

export type RespondentLinkStatus = "active" | "expired" | "revoked";

export interface RespondentLinkRow {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  uses: number;
  status: RespondentLinkStatus;
}

function statusOf(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): RespondentLinkStatus {
  if (link.revokedAt) return "revoked";
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

/**
 * Creates a respondent link for a team round (owner or consultant). The raw token is returned
 * this once and never stored: show it to its creator now.
 */
export async function createRespondentLink(
  viewer: Viewer | null,
  roundId: string,
  now: Date = new Date(),
): Promise<{ id: string; token: string; roundId: string; expiresAt: Date }> {
  const { round } = await requireRound(viewer, roundId, "run_assessments");
  if (!viewer) throw notFound("Round");
  if (round.kind !== "team") {
    throw new DomainError("conflict", "Respondent links are for team rounds: a solo round has a single respondent");
  }
  const token = randomBytes(32).toString("base64url");
  const id = createUnguessableId();
  const expiresAt = new Date(now.getTime() + RESPONDENT_LINK_TTL_MS);
  await db.invite.create({
    data: {
      id,
      tokenHash: hashToken(token),
      organizationId: round.organizationId,
      kind: "respondent",
      roundId,
      createdById: viewer.userId,
      expiresAt,
      createdAt: now,
    },
    select: { id: true },
  });
  return { id, token, roundId, expiresAt };
}

/** A round's respondent links, newest first (those who run assessments only). */
export async function listRespondentLinks(viewer: Viewer | null, roundId: string, now: Date = new Date()): Promise<RespondentLinkRow[]> {
  await requireRound(viewer, roundId, "run_assessments");
  const rows = await db.invite.findMany({
    where: { roundId, kind: "respondent" },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, createdAt: true, expiresAt: true, revokedAt: true, uses: true },
  });
  return rows.map((r) => ({ ...r, status: statusOf(r, now) }));
}

/** Revokes a respondent link (owner or consultant); revoking it again changes nothing. */
export async function revokeRespondentLink(viewer: Viewer | null, inviteId: string, now: Date = new Date()): Promise<{ roundId: string }> {
  const invite = await db.invite.findUnique({
    where: { id: inviteId },
    select: { organizationId: true, roundId: true, kind: true },
  });
  if (!invite || invite.kind !== "respondent" || !invite.roundId) throw notFound("Link");
  await requireOrganization(viewer, invite.organizationId, "run_assessments").catch(asNotFound("Link"));
  await db.invite.updateMany({ where: { id: inviteId, revokedAt: null }, data: { revokedAt: now } });
  return { roundId: invite.roundId };
}

/**
 * The link a viewer has just created, to show it once more on the round page: only to someone
 * who runs the round's assessments, and only while the link works. Null otherwise.
 */
export async function revealNewRespondentLink(
  viewer: Viewer | null,
  roundId: string,
  token: string | null,
  now: Date = new Date(),
): Promise<{ token: string; expiresAt: Date } | null> {
  if (!token || !respondentTokenSchema.safeParse(token).success) return null;
  const row = await db.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { roundId: true, kind: true, organizationId: true, expiresAt: true, revokedAt: true },
  });
  if (!row || row.kind !== "respondent" || row.roundId !== roundId || statusOf(row, now) !== "active") return null;
  const allowed = await requireOrganization(viewer, row.organizationId, "run_assessments").then(
    () => true,
    () => false,
  );
  return allowed ? { token, expiresAt: row.expiresAt } : null;
}

// --- Respondents -------------------------------------------------------------------------------

export type RespondentLinkInfo =
  | {
      status: "active";
      organizationName: string;
      instrument: Instrument;
      roundTitle: string;
      expiresAt: Date;
      /** Assessments this browser already started through the round's links. */
      startedHere: { assessmentId: string; status: "in_progress" | "completed"; function: string | null }[];
    }
  | { status: "expired" | "revoked"; organizationName: string };

const linkSelect = {
  id: true,
  kind: true,
  organizationId: true,
  expiresAt: true,
  revokedAt: true,
  organization: { select: { name: true } },
  round: { select: { id: true, instrument: true, kind: true, title: true } },
} as const;

type Client = Pick<typeof db, "invite">;

/** The link behind a raw token, or not_found (a malformed or unknown token, or not a team round's). */
async function findRespondentLink(client: Client, token: string) {
  if (!respondentTokenSchema.safeParse(token).success) throw notFound("Link");
  const row = await client.invite.findUnique({ where: { tokenHash: hashToken(token) }, select: linkSelect });
  if (!row || row.kind !== "respondent" || !row.round || row.round.kind !== "team") throw notFound("Link");
  return { ...row, round: row.round };
}

const GONE_MESSAGES = {
  expired: "This link has expired. Ask the person who sent it for a new one.",
  revoked: "This link was withdrawn. Ask the person who sent it for a new one.",
} as const;

/** Whether an error is a respondent link that existed but no longer works (answer 410). */
export function isRespondentLinkGone(error: unknown): error is DomainError {
  const reason = error instanceof DomainError ? error.details?.reason : undefined;
  return reason === "link_expired" || reason === "link_revoked";
}

function linkGone(status: "expired" | "revoked"): DomainError {
  return new DomainError("conflict", GONE_MESSAGES[status], undefined, { reason: status === "expired" ? "link_expired" : "link_revoked" });
}

/** What the respondent page shows for a token: who invited them and to what, or that the link is gone. */
export async function describeRespondentLink(token: string, browserKey: string | null, now: Date = new Date()): Promise<RespondentLinkInfo> {
  const link = await findRespondentLink(db, token);
  const status = statusOf(link, now);
  if (status !== "active") return { status, organizationName: link.organization.name };
  const started = browserKey
    ? await db.assessment.findMany({
        where: { roundId: link.round.id, browserKey },
        orderBy: { createdAt: "asc" },
        select: { id: true, status: true, respondentFunction: true },
      })
    : [];
  return {
    status,
    organizationName: link.organization.name,
    instrument: instrumentOf(link.round.instrument),
    roundTitle: link.round.title,
    expiresAt: link.expiresAt,
    startedHere: started.map((a) => ({
      assessmentId: a.id,
      status: a.status === "completed" ? "completed" : "in_progress",
      function: a.respondentFunction,
    })),
  };
}

/**
 * Starts a respondent's assessment through a link: no account needed. The assessment belongs to
 * the round's organisation and to this browser (its key), and counts as one use of the link.
 */
export async function startAsRespondent(
  token: string,
  respondentFunction: RespondentFunctionValue,
  browserKey: string,
  now: Date = new Date(),
): Promise<{ assessmentId: string; instrument: Instrument }> {
  return db.$transaction(async (tx) => {
    const link = await findRespondentLink(tx, token);
    const status = statusOf(link, now);
    if (status !== "active") throw linkGone(status);
    // The guard makes a revocation that lands first win, even if the two requests race.
    const used = await tx.invite.updateMany({
      where: { id: link.id, revokedAt: null, expiresAt: { gt: now } },
      data: { uses: { increment: 1 } },
    });
    if (used.count !== 1) throw linkGone("revoked");
    const instrument = instrumentOf(link.round.instrument);
    const assessmentId = createUnguessableId();
    await tx.assessment.create({
      data: {
        id: assessmentId,
        instrument,
        organizationId: link.organizationId,
        roundId: link.round.id,
        respondentFunction,
        browserKey,
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.assessmentRound.update({ where: { id: link.round.id }, data: { lastActivityAt: now }, select: { id: true } });
    await touchOrganization(tx, link.organizationId, now);
    return { assessmentId, instrument };
  });
}

// --- The round page ----------------------------------------------------------------------------

export interface FunctionTally {
  function: RespondentFunction | null;
  completed: number;
  inProgress: number;
}

export interface TeamRoundView {
  round: RoundResult & { relation: Relation };
  organizationName: string;
  /** Owner or consultant: may create and revoke links. */
  canRunAssessments: boolean;
  /** The round's links for those who run assessments; null for everyone else. */
  links: RespondentLinkRow[] | null;
  /** Respondents per function (who started, who finished), in the form's order. */
  functions: FunctionTally[];
  /** Marketing against IT over the completed respondents. */
  gap: FunctionGapResult<PillarId> | FunctionGapResult<DimensionId>;
}

const FUNCTION_ORDER: readonly (RespondentFunction | null)[] = ["marketing", "it", "data", "sales", "executive", "other", null];

/**
 * Everything the round page shows, for the organisation's people and its consultant (anyone else:
 * not_found). Individual answers only for those allowed to see respondents (see loadRound); the
 * Marketing-vs-IT gap is computed here from the stored answers and carries medians only.
 */
export async function loadTeamRound(viewer: Viewer | null, roundId: string, now: Date = new Date()): Promise<TeamRoundView> {
  const round = await loadRound(viewer, roundId);
  const canRunAssessments = can(round.relation, "run_assessments");
  const [organization, links, completed] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: round.organizationId }, select: { name: true } }),
    canRunAssessments && round.kind === "team" ? listRespondentLinks(viewer, roundId, now) : Promise.resolve(null),
    db.assessment.findMany({
      where: { roundId, status: "completed", respondentFunction: { in: ["marketing", "it"] } },
      select: {
        respondentFunction: true,
        answers: { select: { questionId: true, choice: true } },
        ratings: { select: { dimensionId: true, current: true, target: true, evidence: true } },
      },
    }),
  ]);

  const respondents = completed.map((a) => {
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
    return { function: a.respondentFunction, answers, ratings };
  });

  const functions = FUNCTION_ORDER.flatMap((fn): FunctionTally[] => {
    const of = round.respondents.filter((r) => r.function === fn);
    return of.length === 0
      ? []
      : [{ function: fn, completed: of.filter((r) => r.status === "completed").length, inProgress: of.filter((r) => r.status !== "completed").length }];
  });

  return {
    round,
    organizationName: organization.name,
    canRunAssessments,
    links,
    functions,
    gap: rankFunctionGaps({ instrument: round.instrument, respondents }, "marketing", "it"),
  };
}
