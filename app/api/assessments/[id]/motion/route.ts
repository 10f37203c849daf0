// PUT /api/assessments/[id]/motion – saves the go-to-market motion of a GenAI assessment
import { actorOf } from "@/lib/auth/actor";
import { saveMotion } from "@/lib/data/genai";
import { limitAssessmentWrite } from "@/lib/http/rate-limited";
import { apiRoute, parseAssessmentId, parseInput, readJsonBody } from "@/lib/http/api";
import { motionSchema } from "@/lib/validation/genai";

export const PUT = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseAssessmentId((await params).id);
  const { motion } = parseInput(motionSchema, await readJsonBody(request));
  const limited = await limitAssessmentWrite(request, id);
  if (limited) return limited;
  await saveMotion(await actorOf(request), id, motion);
  return Response.json({ motion });
});
