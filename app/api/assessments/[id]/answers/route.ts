// PUT /api/assessments/[id]/answers – saves one answer (idempotent per question, last write wins)
import { saveAnswer } from "@/lib/data/assessments";
import { apiRoute, parseAssessmentId, parseInput, readJsonBody } from "@/lib/http/api";
import { answerSchema } from "@/lib/validation/assessment";

export const PUT = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseAssessmentId((await params).id);
  const answer = parseInput(answerSchema, await readJsonBody(request));
  await saveAnswer(id, answer);
  return Response.json({ questionId: answer.questionId, choice: answer.choice });
});
