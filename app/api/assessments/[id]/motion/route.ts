// PUT /api/assessments/[id]/motion – saves the go-to-market motion of a GenAI assessment
import { saveMotion } from "@/lib/data/genai";
import { apiRoute, parseAssessmentId, parseInput, readJsonBody } from "@/lib/http/api";
import { motionSchema } from "@/lib/validation/genai";

export const PUT = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseAssessmentId((await params).id);
  const { motion } = parseInput(motionSchema, await readJsonBody(request));
  await saveMotion(id, motion);
  return Response.json({ motion });
});
