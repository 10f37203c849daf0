// PUT /api/assessments/[id]/answers – saves one answer (idempotent per question, last write wins)
import { actorOf } from "@/lib/auth/actor";
import { saveAnswer } from "@/lib/data/assessments";
import { limitAssessmentWrite } from "@/lib/http/rate-limited";
import { apiRoute, parseAssessmentId, parseInput, readJsonBody } from "@/lib/http/api";
import { answerSchema } from "@/lib/validation/assessment";

export const PUT = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseAssessmentId((await params).id);
  const answer = parseInput(answerSchema, await readJsonBody(request));
  const limited = await limitAssessmentWrite(request, id);
  if (limited) return limited;
  await saveAnswer(await actorOf(request), id, answer);
  return Response.json({ questionId: answer.questionId, choice: answer.choice });
});
