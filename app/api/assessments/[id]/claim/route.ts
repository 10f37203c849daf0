// POST /api/assessments/[id]/claim – saves a finished anonymous assessment to the caller's organisation, once
import { requireUser } from "@/lib/auth/session";
import { claimAssessment } from "@/lib/data/organizations";
import { apiRoute, parseAssessmentId } from "@/lib/http/api";
import { pathsOf } from "@/lib/http/paths";

export const POST = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const id = parseAssessmentId((await params).id);
  const { instrument } = await claimAssessment({ userId: user.userId }, id);
  return Response.json({ id, resultUrl: pathsOf(instrument, id).result, workspaceUrl: "/workspace" });
});
