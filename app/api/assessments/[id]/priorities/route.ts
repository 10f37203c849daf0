// PUT /api/assessments/[id]/priorities – sets the three priority dimensions of the Level-3-by-Q3 roadmap
import { actorOf } from "@/lib/auth/actor";
import { savePriorities } from "@/lib/data/genai";
import { limitAssessmentWrite } from "@/lib/http/rate-limited";
import { apiRoute, parseAssessmentId, parseInput, readJsonBody } from "@/lib/http/api";
import { prioritiesSchema } from "@/lib/validation/genai";

export const PUT = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseAssessmentId((await params).id);
  const { priorities } = parseInput(prioritiesSchema, await readJsonBody(request));
  const limited = await limitAssessmentWrite(request, id);
  if (limited) return limited;
  const roadmap = await savePriorities(await actorOf(request), id, priorities);
  return Response.json({ roadmap });
});
