/*
 * Who may do what: pure predicates, deny by default. The data layer (lib/data/access.ts) loads
 * the facts (memberships, the organisation's consultant practice, an assessment's owner) and asks
 * these functions; nothing else decides access.
 */

export type MembershipRole = "owner" | "member";
export type OrganizationKind = "company" | "practice";

export interface ViewerMembership {
  organizationId: string;
  role: MembershipRole;
  kind: OrganizationKind;
}

/** A signed-in user with every organisation they belong to. */
export interface Viewer {
  userId: string;
  memberships: readonly ViewerMembership[];
}

/** Whoever is calling: maybe a signed-in viewer, maybe a browser holding its own cookie key. */
export interface Actor {
  viewer: Viewer | null;
  /** The cv_browser cookie: the browser that started an assessment keeps reaching it. */
  browserKey: string | null;
}

/** How a viewer relates to one organisation. */
export type Relation = "owner" | "member" | "consultant";

export interface OrganizationFacts {
  id: string;
  kind: OrganizationKind;
  consultantPracticeId: string | null;
}

/** The viewer's relation to an organisation, or null: a stranger sees nothing of it. */
export function relationTo(viewer: Viewer | null, org: OrganizationFacts): Relation | null {
  if (!viewer) return null;
  const own = viewer.memberships.find((m) => m.organizationId === org.id);
  if (own) return own.role;
  if (org.kind === "company" && org.consultantPracticeId !== null) {
    const consultant = viewer.memberships.some(
      (m) => m.kind === "practice" && m.organizationId === org.consultantPracticeId,
    );
    if (consultant) return "consultant";
  }
  return null;
}

/** Things a relation may do to an organisation; anything not listed is refused. */
export type OrganizationPermission =
  /** read its rounds, results and combined results */
  | "view"
  /** start a round, re-assess, invite respondents, revoke respondent links */
  | "run_assessments"
  /** see each respondent's individual answers in a team round */
  | "view_respondents"
  /** invite members (single-use links) */
  | "manage_members"
  /** revoke the consultant practice's access */
  | "manage_consultant"
  /** read and write the practice's private notes; appear in the consultant dashboard and CSV */
  | "consult";

const PERMISSIONS: Record<Relation, ReadonlySet<OrganizationPermission>> = {
  owner: new Set(["view", "run_assessments", "view_respondents", "manage_members", "manage_consultant"]),
  member: new Set(["view"]),
  consultant: new Set(["view", "run_assessments", "view_respondents", "consult"]),
};

export function can(relation: Relation | null, permission: OrganizationPermission): boolean {
  return relation !== null && PERMISSIONS[relation].has(permission);
}

/** The practice the viewer consults for (consultants belong to one), or null. */
export function practiceOf(viewer: Viewer | null): string | null {
  return viewer?.memberships.find((m) => m.kind === "practice")?.organizationId ?? null;
}

/** The company the viewer belongs to as owner or member (their own organisation), or null. */
export function companyOf(viewer: Viewer | null): ViewerMembership | null {
  return viewer?.memberships.find((m) => m.kind === "company") ?? null;
}

export interface AssessmentFacts {
  organizationId: string | null;
  browserKey: string | null;
  /** One respondent's answers in a team round: private to them, the owner and the consultant. */
  isTeamRespondent?: boolean;
}

/**
 * Whether an actor may read or write an assessment by its id.
 * - An anonymous (unsaved) assessment: holding its unguessable id is the permission.
 * - A saved one: the respondent's own browser may read and write it; its organisation's people
 *   and consultant may read it (a team respondent's: only the owner and the consultant), and
 *   those who run assessments (owner, consultant) may also write.
 * Anyone else gets the same answer as for an id that does not exist (see assessmentAccess).
 */
export function canReachAssessment(
  actor: Actor,
  assessment: AssessmentFacts,
  relationToOwner: Relation | null,
  mode: "read" | "write" = "read",
): boolean {
  return assessmentAccess(actor, assessment, relationToOwner, mode) === "allowed";
}

/**
 * "allowed"; "forbidden" when the actor may see the assessment but not change it (a member);
 * "hidden" when the actor must not learn that it exists.
 */
export function assessmentAccess(
  actor: Actor,
  assessment: AssessmentFacts,
  relationToOwner: Relation | null,
  mode: "read" | "write",
): "allowed" | "forbidden" | "hidden" {
  if (assessment.organizationId === null) return "allowed";
  const ownBrowser = actor.browserKey !== null && assessment.browserKey !== null && actor.browserKey === assessment.browserKey;
  if (ownBrowser) return "allowed";
  if (relationToOwner === null) return "hidden";
  // A member sees a team's combined figures, never one respondent's own answers.
  if (assessment.isTeamRespondent === true && !can(relationToOwner, "view_respondents")) return "hidden";
  if (mode === "read") return "allowed";
  return can(relationToOwner, "run_assessments") ? "allowed" : "forbidden";
}
