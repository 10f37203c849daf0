// POST /api/organizations/[orgId]/rounds – starts a round: solo (answer it now, in this browser) or team (invite respondents)
import { getViewer } from "@/lib/auth/actor";
import { startRound } from "@/lib/data/teams";
import { apiRoute, HttpError, parseInput } from "@/lib/http/api";
import { limitOrRefuse } from "@/lib/http/rate-limited";
import { roundCreateBuckets } from "@/lib/security/rate-limits";
import { browserKeyFor, withBrowserKey } from "@/lib/http/browser-key";
import { readFormOrJson, seeOther, wantsJson } from "@/lib/http/form-or-json";
import { roundPathOf } from "@/lib/http/new-link-cookie";
import { pathsOf } from "@/lib/http/paths";
import { recordIdSchema, startRoundSchema } from "@/lib/validation/teams";

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ orgId: string }> }) => {
  const viewer = await getViewer();
  if (!viewer) throw new HttpError(401, "unauthenticated", "Sign in to do this");
  const orgId = recordIdSchema.safeParse((await params).orgId);
  if (!orgId.success) throw new HttpError(404, "not_found", "Organisation not found");
  const input = parseInput(startRoundSchema, await readFormOrJson(request));
  const limited = await limitOrRefuse(request, roundCreateBuckets(viewer.userId), "You have started many rounds in the last hour.", {
    actorUserId: viewer.userId,
    organizationId: orgId.data,
  });
  if (limited) return limited;

  const key = browserKeyFor(request);
  const started = await startRound(viewer, orgId.data, input, key.browserKey);
  const next = started.assessmentId ? pathsOf(started.instrument, started.assessmentId).resume : roundPathOf(started.roundId);
  const response = wantsJson(request)
    ? Response.json({ ...started, roundUrl: roundPathOf(started.roundId), next }, { status: 201, headers: { Location: next } })
    : seeOther(next);
  // Only a solo round ties an assessment to this browser; a team round needs no cookie.
  return started.assessmentId ? withBrowserKey(response, key) : response;
});
