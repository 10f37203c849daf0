import "server-only";
import type { Actor } from "@/lib/auth/access";
import { saveAnswer } from "@/lib/data/assessments";
import { apiRoute, parseAssessmentId, parseInput, readJsonBody, type ApiRequest } from "@/lib/http/api";
import { browserKeyOf } from "@/lib/http/browser-key";
import { limitAssessmentWrite } from "@/lib/http/rate-limited";
import { answerSchema } from "@/lib/validation/assessment";

/** How the endpoint learns who is calling; asked only once the request is valid and within its limit. */
export type ActorOf = (request: ApiRequest) => Promise<Actor>;

/**
 * PUT /api/assessments/[id]/answers: saves one answer (idempotent per question, last write wins).
 * The route handler answers with it, and so does the production server's fast path for callers
 * with no session (lib/server/answer-fast-path.ts): one set of rules for both.
 */
export const putAnswer = apiRoute(async (request: ApiRequest, { id: rawId, actorOf }: { id: string; actorOf: ActorOf }) => {
  const id = parseAssessmentId(rawId);
  const answer = parseInput(answerSchema, await readJsonBody(request));
  const limited = await limitAssessmentWrite(request, id);
  if (limited) return limited;
  await saveAnswer(await actorOf(request), id, answer);
  return Response.json({ questionId: answer.questionId, choice: answer.choice });
});

/** A caller with no session cookie: nobody signed in, only the browser's own key. */
export async function anonymousActorOf(request: ApiRequest): Promise<Actor> {
  return { viewer: null, browserKey: browserKeyOf(request) };
}
