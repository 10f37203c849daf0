import type { OrganizationKind, Relation, ViewerMembership } from "@/lib/auth/access";

/*
 * Who may join an organisation through a member invite (pure; lib/data/invites.ts asks it).
 * - Nobody joins twice.
 * - A consultant (a member of a practice) does not become a member of a company: a client's
 *   consultant reaches its results through the practice, and a consultant who is also a client's
 *   member would blur whose notes and access are whose.
 * - A consultant belongs to one practice (practiceOf takes it as the consultancy).
 */

export type JoinRefusal = "already_member" | "consultant_joining_company" | "second_practice";

/** Why this person may not join the organisation, or null when they may. */
export function joinRefusalFor(
  memberships: readonly Pick<ViewerMembership, "organizationId" | "kind">[],
  organization: { id: string; kind: OrganizationKind },
): JoinRefusal | null {
  if (memberships.some((m) => m.organizationId === organization.id)) return "already_member";
  const isConsultant = memberships.some((m) => m.kind === "practice");
  if (isConsultant && organization.kind === "company") return "consultant_joining_company";
  if (isConsultant && organization.kind === "practice") return "second_practice";
  return null;
}

/** What the person is told, in the product's words. */
export function joinRefusalMessage(refusal: JoinRefusal, organizationName: string): string {
  switch (refusal) {
    case "already_member":
      return `You already belong to ${organizationName}.`;
    case "consultant_joining_company":
      return (
        `Your account belongs to a consultancy, so it cannot join ${organizationName} as one of its members. ` +
        "A consultant sees a client's results through the consultancy. To join as a member, use an account with a different email."
      );
    case "second_practice":
      return `Your account already belongs to a consultancy, and an account can belong to only one. Use a different email to join ${organizationName}.`;
  }
}

export type InviteRole = "owner" | "member";

/**
 * Who may create a member invitation, and for which role (pure; lib/data/invites.ts asks it):
 * - the organisation's owner invites members;
 * - the client's consultant invites the client's people: members, and the client's first owner
 *   (a client created by a consultant has none until then), who can later revoke the consultant;
 * - anyone else learns nothing ("hidden": 404); a member may not invite ("forbidden": 403).
 */
export function inviteRefusalFor(
  relation: Relation | null,
  role: InviteRole,
  organizationHasOwner: boolean,
): "hidden" | "forbidden" | "owner_exists" | null {
  if (relation === null) return "hidden";
  if (relation === "member") return "forbidden";
  if (role === "member") return null;
  if (relation !== "consultant") return "forbidden";
  return organizationHasOwner ? "owner_exists" : null;
}
