// POST /api/join/[token] – the signed-in user accepts a member invite and joins its organisation (single use)
import { getCurrentUser } from "@/lib/auth/session";
import { inviteAcceptBuckets } from "@/lib/auth/rate-limit";
import { acceptMemberInvite, isInviteTokenFailure, joinPathOf } from "@/lib/data/invites";
import { checkRateLimits, recordRateLimitEvent } from "@/lib/data/rate-limit";
import { apiRoute, HttpError } from "@/lib/http/api";
import { clientAddressOf } from "@/lib/http/client-address";
import { readFormOrJson, seeOther, wantsJson } from "@/lib/http/form-or-json";
import { asInviteHttpError } from "@/lib/http/invite-failures";
import { recordRequestEvent } from "@/lib/http/audit";
import { refusedResponse } from "@/lib/http/rate-limited";

/*
 * JSON: 200 { organizationId, workspaceUrl }; 401 signed out; 404 unknown token; 409 used, or
 * already a member; 410 expired or revoked; 403 a consultant joining a company; 429 after too many
 * refused tokens from one address. A plain form goes to the workspace, or back to the join page,
 * which explains what went wrong.
 */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const isJson = wantsJson(request);
  const page = joinPathOf(encodeURIComponent(token));
  await readFormOrJson(request);

  const user = await getCurrentUser();
  if (!user) {
    if (!isJson) return seeOther(`/sign-in?next=${encodeURIComponent(page)}`);
    throw new HttpError(401, "unauthenticated", "Sign in or create an account to accept this invitation");
  }

  const buckets = inviteAcceptBuckets(clientAddressOf(request.headers));
  const decision = await checkRateLimits(buckets);
  const limited = await refusedResponse(decision, request, "Too many invitation links that do not work were tried from this network.", {
    actorUserId: user.userId,
  });
  if (limited) return limited;

  try {
    const { organizationId } = await acceptMemberInvite(user.userId, token);
    await recordRequestEvent(request, { action: "member_invite_accepted", outcome: "success", actorUserId: user.userId, organizationId });
    if (!isJson) return seeOther("/workspace");
    return Response.json({ organizationId, workspaceUrl: "/workspace" });
  } catch (error) {
    if (!isInviteTokenFailure(error)) {
      if (!isJson) return seeOther(page);
      throw error;
    }
    await recordRateLimitEvent(buckets);
    await recordRequestEvent(request, {
      action: "member_invite_accepted",
      outcome: "failure",
      actorUserId: user.userId,
      detail: { reason: String(error.details?.inviteToken ?? "unknown") },
    });
    if (!isJson) return seeOther(page);
    throw asInviteHttpError(error);
  }
});
