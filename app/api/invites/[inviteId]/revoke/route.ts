// POST /api/invites/[inviteId]/revoke – an owner withdraws an unused member invite: its link stops working at once
import { getViewer } from "@/lib/auth/actor";
import { revokeInvite } from "@/lib/data/invites";
import { apiRoute, HttpError } from "@/lib/http/api";
import { recordRequestEvent } from "@/lib/http/audit";
import { readFormOrJson, seeOther, wantsJson } from "@/lib/http/form-or-json";
import { membersPathOf } from "@/lib/http/new-member-link-cookie";
import { recordIdParamSchema } from "@/lib/validation/invites";

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ inviteId: string }> }) => {
  const viewer = await getViewer();
  if (!viewer) throw new HttpError(401, "unauthenticated", "Sign in to do this");
  const inviteId = recordIdParamSchema.safeParse((await params).inviteId);
  if (!inviteId.success) throw new HttpError(404, "not_found", "Invitation not found");
  await readFormOrJson(request);

  const { organizationId } = await revokeInvite(viewer, inviteId.data);
  await recordRequestEvent(request, {
    action: "member_invite_revoked",
    outcome: "success",
    actorUserId: viewer.userId,
    organizationId,
    targetId: inviteId.data,
  });
  if (wantsJson(request)) return Response.json({ id: inviteId.data, status: "revoked" });
  return seeOther(`${membersPathOf(organizationId)}&revoked=1`);
});
