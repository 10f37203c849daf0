// POST /api/respondent-links/[inviteId]/revoke – withdraws a respondent link: it stops working at once
import { getViewer } from "@/lib/auth/actor";
import { revokeRespondentLink } from "@/lib/data/teams";
import { organizationOfRound } from "@/lib/data/audit";
import { apiRoute, HttpError } from "@/lib/http/api";
import { recordRequestEvent } from "@/lib/http/audit";
import { readFormOrJson, seeOther, wantsJson } from "@/lib/http/form-or-json";
import { roundPathOf } from "@/lib/http/new-link-cookie";
import { recordIdSchema } from "@/lib/validation/teams";

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ inviteId: string }> }) => {
  const viewer = await getViewer();
  if (!viewer) throw new HttpError(401, "unauthenticated", "Sign in to do this");
  const inviteId = recordIdSchema.safeParse((await params).inviteId);
  if (!inviteId.success) throw new HttpError(404, "not_found", "Link not found");
  await readFormOrJson(request);

  const { roundId } = await revokeRespondentLink(viewer, inviteId.data);
  await recordRequestEvent(request, {
    action: "respondent_link_revoked",
    outcome: "success",
    actorUserId: viewer.userId,
    organizationId: await organizationOfRound(roundId),
    targetId: inviteId.data,
    detail: { roundId },
  });
  if (wantsJson(request)) return Response.json({ id: inviteId.data, roundId, status: "revoked" });
  return seeOther(`${roundPathOf(roundId)}#links`);
});
