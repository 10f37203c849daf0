// PUT /api/assessments/[id]/tools – replaces the Phase 1 tool-inventory worksheet
import { actorOf } from "@/lib/auth/actor";
import { saveToolInventory } from "@/lib/data/assessments";
import { limitAssessmentWrite } from "@/lib/http/rate-limited";
import { apiRoute, parseAssessmentId, parseInput, readJsonBody } from "@/lib/http/api";
import { toolInventorySchema } from "@/lib/validation/assessment";

export const PUT = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseAssessmentId((await params).id);
  const input = parseInput(toolInventorySchema, await readJsonBody(request));
  const limited = await limitAssessmentWrite(request, id);
  if (limited) return limited;
  await saveToolInventory(await actorOf(request), id, input);
  return Response.json({ count: input.tools.length });
});
