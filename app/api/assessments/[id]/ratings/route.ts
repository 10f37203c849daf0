// PUT /api/assessments/[id]/ratings – saves one dimension's today/target rating (idempotent, last write wins)
import { actorOf } from "@/lib/auth/actor";
import { saveRating } from "@/lib/data/genai";
import { limitAssessmentWrite } from "@/lib/http/rate-limited";
import { apiRoute, parseAssessmentId, parseInput, readJsonBody } from "@/lib/http/api";
import { ratingSchema } from "@/lib/validation/genai";

export const PUT = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseAssessmentId((await params).id);
  const rating = parseInput(ratingSchema, await readJsonBody(request));
  const limited = await limitAssessmentWrite(request, id);
  if (limited) return limited;
  await saveRating(await actorOf(request), id, rating);
  return Response.json(rating);
});
