// PUT /api/assessments/[id]/benchmark – the organisation's choice to share this saved result anonymously with benchmarks, or to withdraw it (JSON {optIn})
// POST /api/assessments/[id]/benchmark – the same from the result page's plain form (optIn=true|false): 303 back to the result
import { actorOf } from "@/lib/auth/actor";
import { setBenchmarkOptIn } from "@/lib/data/benchmarks";
import { limitAssessmentWrite } from "@/lib/http/rate-limited";
import { apiRoute, parseAssessmentId, parseInput, readJsonBody } from "@/lib/http/api";
import { isFormPost, readFormOrJson, seeOther, wantsJson } from "@/lib/http/form-or-json";
import { pathsOf } from "@/lib/http/paths";
import { benchmarkChoiceFormSchema, benchmarkChoiceSchema } from "@/lib/validation/benchmarks";

type Context = { params: Promise<{ id: string }> };

const answer = (id: string, result: { optIn: boolean; optInAt: Date | null }) =>
  Response.json({ id, optIn: result.optIn, optInAt: result.optInAt?.toISOString() ?? null });

export const PUT = apiRoute(async (request: Request, { params }: Context) => {
  const id = parseAssessmentId((await params).id);
  const input = parseInput(benchmarkChoiceSchema, await readJsonBody(request));
  const limited = await limitAssessmentWrite(request, id);
  if (limited) return limited;
  const result = await setBenchmarkOptIn(await actorOf(request), id, input.optIn);
  return answer(id, result);
});

export const POST = apiRoute(async (request: Request, { params }: Context) => {
  const id = parseAssessmentId((await params).id);
  const raw = await readFormOrJson(request);
  const input = isFormPost(request) ? parseInput(benchmarkChoiceFormSchema, raw) : parseInput(benchmarkChoiceSchema, raw);
  const limited = await limitAssessmentWrite(request, id);
  if (limited) return limited;
  const result = await setBenchmarkOptIn(await actorOf(request), id, input.optIn);
  return wantsJson(request) ? answer(id, result) : seeOther(`${pathsOf(result.instrument, id).result}#benchmarks`);
});
