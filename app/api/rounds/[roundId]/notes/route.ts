// POST /api/rounds/[roundId]/notes – adds the consultant's private note or recommendation to a round (JSON, or the client page's plain form)
import { getViewer } from "@/lib/auth/actor";
import { addNote, findRoundOrganizationForConsultant } from "@/lib/data/notes";
import { apiRoute, HttpError, parseInput } from "@/lib/http/api";
import { limitOrRefuse } from "@/lib/http/rate-limited";
import { noteWriteBuckets } from "@/lib/security/rate-limits";
import { isFormPost, readFormOrJson, seeOther } from "@/lib/http/form-or-json";
import { noteInputSchema, recordIdSchema } from "@/lib/validation/notes";

const clientRoundPath = (organizationId: string, roundId: string, query = "") =>
  `/clients/${encodeURIComponent(organizationId)}${query}#round-${encodeURIComponent(roundId)}`;

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ roundId: string }> }) => {
  const parsedId = recordIdSchema.safeParse((await params).roundId);
  if (!parsedId.success) throw new HttpError(404, "not_found", "Round not found");
  const roundId = parsedId.data;

  // Authorise before reading the input: anyone but the client's consultant gets 404, whatever they send.
  const viewer = await getViewer();
  const organizationId = await findRoundOrganizationForConsultant(viewer, roundId);
  const raw = await readFormOrJson(request);
  if (viewer) {
    const limited = await limitOrRefuse(request, noteWriteBuckets(viewer.userId), "You have written many notes in the last few minutes.", {
      actorUserId: viewer.userId,
      organizationId,
      targetId: roundId,
    });
    if (limited) return limited;
  }

  if (isFormPost(request)) {
    const parsed = noteInputSchema.safeParse(raw);
    // A plain form goes back to the page, which explains the problem beside the form; nothing is written.
    if (!parsed.success) return seeOther(clientRoundPath(organizationId, roundId, `?noteError=${encodeURIComponent(roundId)}`));
    await addNote(viewer, roundId, parsed.data);
    return seeOther(clientRoundPath(organizationId, roundId));
  }

  const note = await addNote(viewer, roundId, parseInput(noteInputSchema, raw));
  return Response.json(
    { note: { id: note.id, roundId: note.roundId, kind: note.kind, body: note.body, createdAt: note.createdAt.toISOString() } },
    { status: 201 },
  );
});
