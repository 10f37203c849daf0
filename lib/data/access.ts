import "server-only";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/data/errors";
import {
  assessmentAccess,
  can,
  relationTo,
  type Actor,
  type OrganizationFacts,
  type OrganizationKind,
  type OrganizationPermission,
  type Relation,
  type Viewer,
  type ViewerMembership,
} from "@/lib/auth/access";

/*
 * The one place that turns a caller into access decisions. Every data function that reads or
 * writes an organisation's data starts here; a stranger's answer is indistinguishable from
 * "does not exist" (404), and a known viewer lacking a permission gets 403.
 */

type Client = Pick<typeof db, "organization" | "membership" | "assessment">;

function kindOf(value: string): OrganizationKind {
  return value === "practice" ? "practice" : "company";
}

/** A signed-in user's memberships (one query), or null when the user is gone. */
export async function loadViewer(userId: string, client: Client = db): Promise<Viewer | null> {
  const rows = await client.membership.findMany({
    where: { userId },
    select: { organizationId: true, role: true, organization: { select: { kind: true } } },
    orderBy: { createdAt: "asc" },
  });
  const memberships = rows.flatMap((m): ViewerMembership[] =>
    m.role === "owner" || m.role === "member"
      ? [{ organizationId: m.organizationId, role: m.role, kind: kindOf(m.organization.kind) }]
      : [],
  );
  return { userId, memberships };
}

/** The access facts of an organisation, or null. */
export async function loadOrganizationFacts(id: string, client: Client = db): Promise<OrganizationFacts | null> {
  const org = await client.organization.findUnique({
    where: { id },
    select: { id: true, kind: true, consultantPracticeId: true },
  });
  return org ? { id: org.id, kind: kindOf(org.kind), consultantPracticeId: org.consultantPracticeId } : null;
}

/**
 * The viewer's relation to an organisation when it allows `permission`. A viewer with no relation
 * (or an unknown id) gets not_found; one who can see it but may not do this gets forbidden.
 */
export async function requireOrganization(
  viewer: Viewer | null,
  organizationId: string,
  permission: OrganizationPermission,
  client: Client = db,
): Promise<{ organization: OrganizationFacts; relation: Relation }> {
  const organization = await loadOrganizationFacts(organizationId, client);
  const relation = organization ? relationTo(viewer, organization) : null;
  if (!organization || relation === null) throw notFound("Organisation");
  if (!can(relation, permission)) throw forbidden();
  return { organization, relation };
}

/**
 * Checks that the actor may read (or write) an assessment by its id (lib/auth/access.ts) and
 * returns its owner's id; a stranger to a saved assessment gets not_found, like a wrong id, and a
 * member who may only read it gets forbidden when writing.
 */
export async function assertAssessmentReachable(
  actor: Actor,
  assessmentId: string,
  client: Client = db,
  mode: "read" | "write" = "read",
): Promise<{ organizationId: string | null; relation: Relation | null }> {
  const row = await client.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      organizationId: true,
      browserKey: true,
      round: { select: { kind: true } },
      organization: { select: { id: true, kind: true, consultantPracticeId: true } },
    },
  });
  if (!row) throw notFound();
  const relation = row.organization
    ? relationTo(actor.viewer, { id: row.organization.id, kind: kindOf(row.organization.kind), consultantPracticeId: row.organization.consultantPracticeId })
    : null;
  const access = assessmentAccess(actor, { ...row, isTeamRespondent: row.round?.kind === "team" }, relation, mode);
  if (access === "hidden") throw notFound();
  if (access === "forbidden") throw forbidden("Only the respondent, the organisation's owner or its consultant can change these answers");
  return { organizationId: row.organizationId, relation };
}
