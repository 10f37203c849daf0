// POST /api/organizations/[orgId]/consultant/revoke – the owner ends the consultant practice's access (form: 303 to /workspace)
import { getViewer } from "@/lib/auth/actor";
import { revokeConsultant } from "@/lib/data/consultants";
import { apiRoute, HttpError, parseInput } from "@/lib/http/api";
import { recordRequestEvent } from "@/lib/http/audit";
import { readFormOrJson, seeOther, wantsJson } from "@/lib/http/form-or-json";
import { organizationIdSchema, revokeConsultantSchema } from "@/lib/validation/consultants";

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ orgId: string }> }) => {
  const viewer = await getViewer();
  if (!viewer) throw new HttpError(401, "unauthenticated", "Sign in to do this");
  const orgId = organizationIdSchema.safeParse((await params).orgId);
  if (!orgId.success) throw new HttpError(404, "not_found", "Organisation not found");
  parseInput(revokeConsultantSchema, await readFormOrJson(request));

  const { wasManaged } = await revokeConsultant(viewer, orgId.data);
  await recordRequestEvent(request, {
    action: "consultant_access_revoked",
    outcome: "success",
    actorUserId: viewer.userId,
    organizationId: orgId.data,
    detail: { wasManaged },
  });
  return wantsJson(request) ? Response.json({ revoked: true, wasManaged }) : seeOther("/workspace");
});
