import "server-only";
import { db } from "@/lib/db";
import type { Relation, Viewer } from "@/lib/auth/access";
import { requireOrganization } from "@/lib/data/access";

export interface OrganizationMember {
  userId: string;
  email: string;
  role: "owner" | "member";
  joinedAt: Date;
}

export interface MembersOverview {
  organization: { id: string; name: string; kind: "company" | "practice" };
  /** The viewer's relation: only an owner manages members. */
  relation: Relation;
  members: OrganizationMember[];
}

/** The people of an organisation the viewer can see (owners first, then by joining date). */
export async function listOrganizationMembers(viewer: Viewer | null, organizationId: string): Promise<MembersOverview> {
  const { relation } = await requireOrganization(viewer, organizationId, "view");
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: {
      id: true,
      name: true,
      kind: true,
      memberships: { select: { role: true, createdAt: true, user: { select: { id: true, email: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  const members = organization.memberships
    .map((m) => ({ userId: m.user.id, email: m.user.email, role: m.role === "owner" ? ("owner" as const) : ("member" as const), joinedAt: m.createdAt }))
    .sort((a, b) => (a.role === b.role ? 0 : a.role === "owner" ? -1 : 1));
  return {
    organization: { id: organization.id, name: organization.name, kind: organization.kind === "practice" ? "practice" : "company" },
    relation,
    members,
  };
}
