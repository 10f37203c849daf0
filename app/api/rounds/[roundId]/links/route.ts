// POST /api/rounds/[roundId]/links – creates a respondent link for a team round; the token is shown once
import { getViewer } from "@/lib/auth/actor";
import { createRespondentLink } from "@/lib/data/teams";
import { organizationOfRound } from "@/lib/data/audit";
import { apiRoute, HttpError } from "@/lib/http/api";
import { recordRequestEvent } from "@/lib/http/audit";
import { limitOrRefuse } from "@/lib/http/rate-limited";
import { respondentLinkCreateBuckets } from "@/lib/security/rate-limits";
import { readFormOrJson, seeOther, wantsJson } from "@/lib/http/form-or-json";
import { newLinkCookieFor, respondPathOf, roundPathOf } from "@/lib/http/new-link-cookie";
import { recordIdSchema } from "@/lib/validation/teams";

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ roundId: string }> }) => {
  const viewer = await getViewer();
  if (!viewer) throw new HttpError(401, "unauthenticated", "Sign in to do this");
  const roundId = recordIdSchema.safeParse((await params).roundId);
  if (!roundId.success) throw new HttpError(404, "not_found", "Round not found");
  // The body carries nothing; reading it still refuses a malformed one (400/413/415).
  await readFormOrJson(request);
  const limited = await limitOrRefuse(request, respondentLinkCreateBuckets(viewer.userId), "You have created many respondent links in the last hour.", {
    actorUserId: viewer.userId,
    targetId: roundId.data,
  });
  if (limited) return limited;

  const link = await createRespondentLink(viewer, roundId.data);
  await recordRequestEvent(request, {
    action: "respondent_link_created",
    outcome: "success",
    actorUserId: viewer.userId,
    organizationId: await organizationOfRound(link.roundId),
    targetId: link.id,
    detail: { roundId: link.roundId },
  });
  const path = respondPathOf(link.token);
  if (wantsJson(request)) {
    return Response.json(
      { id: link.id, token: link.token, url: `${new URL(request.url).origin}${path}`, path, expiresAt: link.expiresAt.toISOString() },
      { status: 201 },
    );
  }
  // A plain form: the round page shows the new link from a short-lived cookie (lib/http/new-link-cookie.ts).
  const response = seeOther(`${roundPathOf(link.roundId)}#new-link`);
  response.headers.append("Set-Cookie", newLinkCookieFor(request, link.roundId, link.token));
  return response;
});
