// PUT /api/assessments/[id]/roadmap/[position] – saves the edits to one roadmap entry (position 0–2)
import { actorOf } from "@/lib/auth/actor";
import { saveRoadmapEntry, todayIso } from "@/lib/data/genai";
import { limitAssessmentWrite } from "@/lib/http/rate-limited";
import { HttpError, apiRoute, parseAssessmentId, parseInput, readJsonBody } from "@/lib/http/api";
import { roadmapEntrySchemaFor, roadmapPositionSchema } from "@/lib/validation/genai";

export const PUT = apiRoute(
  async (request: Request, { params }: { params: Promise<{ id: string; position: string }> }) => {
    const raw = await params;
    const id = parseAssessmentId(raw.id);
    const position = roadmapPositionSchema.safeParse(raw.position);
    if (!position.success) throw new HttpError(404, "not_found", "Roadmap entry not found");
    const entry = parseInput(roadmapEntrySchemaFor(todayIso()), await readJsonBody(request));
    const limited = await limitAssessmentWrite(request, id);
    if (limited) return limited;
    return Response.json(await saveRoadmapEntry(await actorOf(request), id, position.data, entry));
  },
);
