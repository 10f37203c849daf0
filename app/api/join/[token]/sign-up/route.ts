// POST /api/join/[token]/sign-up – creates an account that joins the invite's organisation as a member (no organisation of its own)
import { inviteAcceptBuckets, signUpBuckets } from "@/lib/auth/rate-limit";
import { acceptMemberInviteAsNewUser, isInviteTokenFailure } from "@/lib/data/invites";
import { checkRateLimits, consumeRateLimits, recordRateLimitEvent } from "@/lib/data/rate-limit";
import { apiRoute, parseInput, readJsonBody } from "@/lib/http/api";
import { clientAddressOf } from "@/lib/http/client-address";
import { asInviteHttpError } from "@/lib/http/invite-failures";
import { recordRequestEvent } from "@/lib/http/audit";
import { refusedResponse } from "@/lib/http/rate-limited";
import { joinSignUpSchema } from "@/lib/validation/invites";

/*
 * JSON only (the join page's form signs in afterwards): 201 { email, workspaceUrl }. 400 with field
 * messages; 409 for an email already in use (sign in and accept instead) or a used link; 404/410 as
 * for POST /api/join/[token]; 429 under the sign-up and refused-token limits of the address.
 */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const input = parseInput(joinSignUpSchema, await readJsonBody(request));
  const address = clientAddressOf(request.headers);

  const acceptBuckets = inviteAcceptBuckets(address);
  const guessing = await checkRateLimits(acceptBuckets);
  const guessed = await refusedResponse(guessing, request, "Too many invitation links that do not work were tried from this network.");
  if (guessed) return guessed;
  const signUps = await consumeRateLimits(signUpBuckets(address));
  const limited = await refusedResponse(signUps, request, "Too many accounts have been created from this network recently.");
  if (limited) return limited;

  try {
    const { userId, organizationId } = await acceptMemberInviteAsNewUser(input, token);
    await recordRequestEvent(request, { action: "sign_up", outcome: "success", actorUserId: userId, organizationId, targetId: userId, detail: { through: "invite" } });
    await recordRequestEvent(request, { action: "member_invite_accepted", outcome: "success", actorUserId: userId, organizationId });
  } catch (error) {
    if (!isInviteTokenFailure(error)) throw error;
    await recordRateLimitEvent(acceptBuckets);
    await recordRequestEvent(request, { action: "member_invite_accepted", outcome: "failure", detail: { reason: String(error.details?.inviteToken ?? "unknown") } });
    throw asInviteHttpError(error);
  }
  return Response.json({ email: input.email, workspaceUrl: "/workspace" }, { status: 201 });
});
