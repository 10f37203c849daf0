import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, companyOf, practiceOf, type Viewer } from "@/lib/auth/access";
import { requireOrganization } from "@/lib/data/access";
import { forbidden, notFound } from "@/lib/data/errors";
import { createUnguessableId } from "@/lib/data/ids";
import { CLIENTS_PAGE_SIZE, type ClientSort, type CreateClientInput, type SortDirection } from "@/lib/validation/consultants";

/*
 * The consultant workspace: a practice's clients (companies whose consultantPracticeId names the
 * practice). Every function takes the viewer and scopes by the viewer's own practice, so another
 * practice's clients can never be listed, exported or changed from here.
 */

/** One row of the dashboard (and of the CSV export). Levels are 1–5; changes are against the previous completed round. */
export interface ClientSummary {
  id: string;
  name: string;
  industry: string;
  sizeBand: string;
  /** The latest Convergence round with at least one completed respondent: its combined level and score. */
  convergenceLevel: number | null;
  convergenceScore: number | null;
  /** Latest minus the previous completed Convergence round; null without a previous one. */
  convergenceLevelChange: number | null;
  convergenceScoreChange: number | null;
  /** The latest completed GenAI round's combined level, and its change against the previous one. */
  genaiLevel: number | null;
  genaiLevelChange: number | null;
  /** Completed responses in the latest Convergence round plus the latest GenAI round. */
  respondents: number;
  lastActivityAt: Date;
}

export interface ClientPage {
  rows: ClientSummary[];
  /** The practice's clients in all. */
  total: number;
  /** The page shown (clamped to the last page), from 1. */
  page: number;
  pageSize: number;
  pageCount: number;
}

export interface ListClientsOptions {
  sort: ClientSort;
  direction: SortDirection;
  page: number;
  pageSize?: number;
}

/** The viewer's practice, or not_found: to anyone else the consultant workspace does not exist. */
function requirePractice(viewer: Viewer | null): string {
  const practiceId = practiceOf(viewer);
  if (!practiceId) throw notFound("Consultant workspace");
  return practiceId;
}

/** Adds a client company managed by the viewer's practice (403 for anyone who is not a consultant). */
export async function createClient(viewer: Viewer | null, input: CreateClientInput, now: Date = new Date()): Promise<{ id: string }> {
  const practiceId = practiceOf(viewer);
  if (!practiceId) throw forbidden("Only consultants can add clients");
  const id = createUnguessableId();
  await db.organization.create({
    data: {
      id,
      kind: "company",
      name: input.name,
      industry: input.industry,
      sizeBand: input.sizeBand,
      consultantPracticeId: practiceId,
      createdAt: now,
      lastActivityAt: now,
    },
    select: { id: true },
  });
  return { id };
}

// ── The dashboard query ──────────────────────────────────────────────────────────────────────
//
// One statement for the rows, whatever the number of clients: the rounds of the clients in scope
// are ranked newest first per client and instrument (ROW_NUMBER), the latest two completed rounds
// of each are folded into one row per client, and that is joined to the clients. Written in SQL
// that SQLite (3.25+) and PostgreSQL both run: double-quoted identifiers, CASE, window functions,
// no dialect-only functions. The ORDER BY is chosen from fixed fragments below, never from input.
//
// The scope: when the sort needs only the organisation's own columns (name, industry, last
// activity), the page's 25 clients are chosen first and only their rounds are read, so the page
// costs the same with 10 clients or 10,000. A sort on levels, change or respondents needs every
// client's figures before it can pick a page, so the scope is then the whole practice.

/** Sort keys per column; each is an expression over the columns of "clients" (and of "Organization"). */
const SORT_KEYS: Record<ClientSort, readonly Prisma.Sql[]> = {
  name: [Prisma.sql`LOWER("name")`],
  industry: [Prisma.sql`"industry"`],
  convergence: [Prisma.sql`"convergenceLevel"`, Prisma.sql`"convergenceScore"`],
  genai: [Prisma.sql`"genaiLevel"`],
  // The Convergence score moves first and most finely; the GenAI level breaks ties.
  change: [Prisma.sql`"convergenceScoreChange"`, Prisma.sql`"genaiLevelChange"`],
  activity: [Prisma.sql`"lastActivityAt"`],
  respondents: [Prisma.sql`"respondents"`],
};

/** Sorts whose keys are columns of Organization itself: the page can be chosen before any round is read. */
const ORGANIZATION_SORTS: ReadonlySet<ClientSort> = new Set(["name", "industry", "activity"]);

const DIRECTIONS: Record<SortDirection, Prisma.Sql> = { asc: Prisma.sql`ASC`, desc: Prisma.sql`DESC` };

/** ORDER BY: the chosen keys with empty values last in either direction, then name and id (stable pages). */
function orderByOf(sort: ClientSort, direction: SortDirection): Prisma.Sql {
  const keys = SORT_KEYS[sort].flatMap((key) => [
    Prisma.sql`CASE WHEN ${key} IS NULL THEN 1 ELSE 0 END ASC`,
    Prisma.sql`${key} ${DIRECTIONS[direction]}`,
  ]);
  return Prisma.join([...keys, Prisma.sql`LOWER("name") ASC`, Prisma.sql`"name" ASC`, Prisma.sql`"id" ASC`], ", ");
}

interface ClientRowRaw {
  id: string;
  name: string;
  industry: string;
  sizeBand: string;
  lastActivityAt: Date | string | number;
  convergenceLevel: unknown;
  convergenceScore: unknown;
  convergenceLevelChange: unknown;
  convergenceScoreChange: unknown;
  genaiLevel: unknown;
  genaiLevelChange: unknown;
  respondents: unknown;
}

function selectClients(
  practiceId: string,
  sort: ClientSort,
  direction: SortDirection,
  limit: { take: number; skip: number } | null,
) {
  const orderBy = orderByOf(sort, direction);
  const isPagedFirst = limit !== null && ORGANIZATION_SORTS.has(sort);
  const scopePage = isPagedFirst ? Prisma.sql`ORDER BY ${orderBy} LIMIT ${limit.take} OFFSET ${limit.skip}` : Prisma.empty;
  const resultPage = limit !== null && !isPagedFirst ? Prisma.sql`LIMIT ${limit.take} OFFSET ${limit.skip}` : Prisma.empty;
  return db.$queryRaw<ClientRowRaw[]>`
    WITH "scope" AS (
      SELECT "id"
      FROM "Organization"
      WHERE "consultantPracticeId" = ${practiceId}
        AND "kind" = 'company'
      ${scopePage}
    ),
    "ranked" AS (
      SELECT r."organizationId", r."instrument", r."overallLevel", r."overallScore", r."completedCount",
        ROW_NUMBER() OVER (
          PARTITION BY r."organizationId", r."instrument"
          ORDER BY r."createdAt" DESC, r."id" DESC
        ) AS "position"
      FROM "AssessmentRound" r
      WHERE r."organizationId" IN (SELECT "id" FROM "scope")
        AND r."completedCount" > 0
        AND r."instrument" IN ('convergence', 'genai')
    ),
    "latest" AS (
      SELECT "organizationId",
        MAX(CASE WHEN "instrument" = 'convergence' AND "position" = 1 THEN "overallLevel" END) AS "convergenceLevel",
        MAX(CASE WHEN "instrument" = 'convergence' AND "position" = 1 THEN "overallScore" END) AS "convergenceScore",
        MAX(CASE WHEN "instrument" = 'convergence' AND "position" = 2 THEN "overallLevel" END) AS "convergencePreviousLevel",
        MAX(CASE WHEN "instrument" = 'convergence' AND "position" = 2 THEN "overallScore" END) AS "convergencePreviousScore",
        MAX(CASE WHEN "instrument" = 'genai' AND "position" = 1 THEN "overallLevel" END) AS "genaiLevel",
        MAX(CASE WHEN "instrument" = 'genai' AND "position" = 2 THEN "overallLevel" END) AS "genaiPreviousLevel",
        SUM(CASE WHEN "position" = 1 THEN "completedCount" ELSE 0 END) AS "respondents"
      FROM "ranked"
      WHERE "position" <= 2
      GROUP BY "organizationId"
    ),
    "clients" AS (
      SELECT o."id", o."name", o."industry", o."sizeBand", o."lastActivityAt",
        l."convergenceLevel", l."convergenceScore",
        l."convergenceLevel" - l."convergencePreviousLevel" AS "convergenceLevelChange",
        l."convergenceScore" - l."convergencePreviousScore" AS "convergenceScoreChange",
        l."genaiLevel",
        l."genaiLevel" - l."genaiPreviousLevel" AS "genaiLevelChange",
        COALESCE(l."respondents", 0) AS "respondents"
      FROM "Organization" o
      LEFT JOIN "latest" l ON l."organizationId" = o."id"
      WHERE o."id" IN (SELECT "id" FROM "scope")
    )
    SELECT "id", "name", "industry", "sizeBand", "lastActivityAt",
      "convergenceLevel", "convergenceScore", "convergenceLevelChange", "convergenceScoreChange",
      "genaiLevel", "genaiLevelChange", "respondents"
    FROM "clients"
    ORDER BY ${orderBy}
    ${resultPage}`;
}

// Drivers differ: SQLite gives numbers, PostgreSQL gives SUM/COUNT as bigint.
function numberOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

function dateOf(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

function toSummary(row: ClientRowRaw): ClientSummary {
  return {
    id: row.id,
    name: row.name,
    industry: row.industry,
    sizeBand: row.sizeBand,
    convergenceLevel: numberOrNull(row.convergenceLevel),
    convergenceScore: numberOrNull(row.convergenceScore),
    convergenceLevelChange: numberOrNull(row.convergenceLevelChange),
    convergenceScoreChange: numberOrNull(row.convergenceScoreChange),
    genaiLevel: numberOrNull(row.genaiLevel),
    genaiLevelChange: numberOrNull(row.genaiLevelChange),
    respondents: numberOrNull(row.respondents) ?? 0,
    lastActivityAt: dateOf(row.lastActivityAt),
  };
}

/**
 * One page of the viewer's practice's clients, sorted (empty values last, then by name and id).
 * Two queries however many clients there are: the count, and the page. not_found for anyone
 * without a practice.
 */
export async function listClients(viewer: Viewer | null, options: ListClientsOptions): Promise<ClientPage> {
  const practiceId = requirePractice(viewer);
  const pageSize = Math.min(Math.max(1, Math.trunc(options.pageSize ?? CLIENTS_PAGE_SIZE)), 100);
  const total = await db.organization.count({ where: { consultantPracticeId: practiceId, kind: "company" } });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(options.page)), pageCount);
  const rows =
    total === 0
      ? []
      : await selectClients(practiceId, options.sort, options.direction, { take: pageSize, skip: (page - 1) * pageSize });
  return { rows: rows.map(toSummary), total, page, pageSize, pageCount };
}

/** Every client of the viewer's practice for the CSV export, by name (one query); not_found without a practice. */
export async function exportClientsCsv(viewer: Viewer | null): Promise<ClientSummary[]> {
  const practiceId = requirePractice(viewer);
  const rows = await selectClients(practiceId, "name", "asc", null);
  return rows.map(toSummary);
}

/**
 * Ends a practice's access to a client (owner only: a member gets forbidden, a stranger or the
 * consultant of another practice not_found, the consultant themself forbidden). From the next
 * request on, the practice's consultants get 404 on the client and it leaves their dashboard.
 */
export async function revokeConsultant(viewer: Viewer | null, organizationId: string): Promise<{ wasManaged: boolean }> {
  const { organization } = await requireOrganization(viewer, organizationId, "manage_consultant");
  if (organization.consultantPracticeId === null) return { wasManaged: false };
  const updated = await db.organization.updateMany({
    where: { id: organization.id, consultantPracticeId: organization.consultantPracticeId },
    data: { consultantPracticeId: null },
  });
  return { wasManaged: updated.count === 1 };
}

export interface ConsultantAccess {
  organizationId: string;
  practiceName: string;
  /** Whether the viewer may revoke it (the organisation's owner). */
  canRevoke: boolean;
}

/** The practice managing the viewer's own company, if any (for the workspace); one query. */
export async function findConsultantAccess(viewer: Viewer | null): Promise<ConsultantAccess | null> {
  const company = companyOf(viewer);
  if (!company) return null;
  const org = await db.organization.findUnique({
    where: { id: company.organizationId },
    select: { consultantPractice: { select: { name: true } } },
  });
  if (!org?.consultantPractice) return null;
  return {
    organizationId: company.organizationId,
    practiceName: org.consultantPractice.name,
    canRevoke: can(company.role, "manage_consultant"),
  };
}
