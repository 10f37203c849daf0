// POST /api/organizations/[orgId]/member-invites – an owner creates a single-use member invite link (7 days), optionally emailed
import { getViewer } from "@/lib/auth/actor";
import { inviteCreateBuckets } from "@/lib/auth/rate-limit";
import { createMemberInvite, emailMemberInvite, joinPathOf } from "@/lib/data/invites";
import { checkRateLimits, recordRateLimitEvent } from "@/lib/data/rate-limit";
import { findSessionUserById } from "@/lib/data/users";
import { apiRoute, HttpError, parseInput } from "@/lib/http/api";
import { requestOriginOf } from "@/lib/http/client-address";
import { readFormOrJson, seeOther, wantsJson } from "@/lib/http/form-or-json";
import { membersPathOf, newMemberLinkCookieFor } from "@/lib/http/new-member-link-cookie";
import { recordRequestEvent } from "@/lib/http/audit";
import { refusedResponse } from "@/lib/http/rate-limited";
import { createMemberInviteSchema, recordIdParamSchema } from "@/lib/validation/invites";

/*
 * JSON: 201 { id, url, expiresAt, emailedTo } – the url carries the raw token, returned this once.
 * Form: 303 back to the members page, which shows the new link once (new-member-link-cookie.ts).
 */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ orgId: string }> }) => {
  const viewer = await getViewer();
  if (!viewer) throw new HttpError(401, "unauthenticated", "Sign in to do this");
  const orgId = recordIdParamSchema.safeParse((await params).orgId);
  if (!orgId.success) throw new HttpError(404, "not_found", "Organisation not found");
  const isJson = wantsJson(request);
  const body = await readFormOrJson(request);
  let input;
  try {
    input = parseInput(createMemberInviteSchema, body);
  } catch (error) {
    if (!isJson && error instanceof HttpError) return seeOther(`${membersPathOf(orgId.data)}&error=email`);
    throw error;
  }

  const buckets = inviteCreateBuckets(viewer.userId);
  const decision = await checkRateLimits(buckets);
  const limited = await refusedResponse(decision, request, "You have created many invitations in the last hour.", {
    actorUserId: viewer.userId,
    organizationId: orgId.data,
  });
  if (limited) return isJson ? limited : seeOther(`${membersPathOf(orgId.data)}&error=too-many`);
  // Authorises (owner only): a member gets 403, anyone else 404, and nothing is written.
  const invite = await createMemberInvite(viewer, orgId.data, new Date(), input.role);
  await recordRateLimitEvent(buckets);
  await recordRequestEvent(request, {
    action: "member_invite_created",
    outcome: "success",
    actorUserId: viewer.userId,
    organizationId: orgId.data,
    targetId: invite.id,
    detail: { role: input.role ?? "member", emailed: Boolean(input.email), as: invite.createdAs },
  });

  const url = `${requestOriginOf(request)}${joinPathOf(invite.token)}`;
  if (input.email) {
    const inviter = await findSessionUserById(viewer.userId);
    await emailMemberInvite({
      to: input.email,
      url,
      organizationName: invite.organizationName,
      inviterEmail: inviter?.email ?? "A colleague",
      expiresAt: invite.expiresAt,
    });
  }
  if (isJson) {
    return Response.json(
      { id: invite.id, url, expiresAt: invite.expiresAt.toISOString(), emailedTo: input.email ?? null },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    );
  }
  if (invite.createdAs === "consultant") {
    // The client page cannot show the link without JavaScript; an emailed invitation still works.
    return seeOther(`/clients/${encodeURIComponent(orgId.data)}?invited=${input.email ? "emailed" : "created"}#people`);
  }
  const response = seeOther(`${membersPathOf(orgId.data)}${input.email ? "&emailed=1" : ""}`);
  response.headers.append("Set-Cookie", newMemberLinkCookieFor(request, invite.token));
  return response;
});
