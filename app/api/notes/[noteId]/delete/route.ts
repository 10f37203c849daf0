// POST /api/notes/[noteId]/delete – deletes one of the consultant practice's notes (JSON, or the client page's plain form)
import { getViewer } from "@/lib/auth/actor";
import { deleteNote } from "@/lib/data/notes";
import { apiRoute, HttpError } from "@/lib/http/api";
import { limitOrRefuse } from "@/lib/http/rate-limited";
import { noteWriteBuckets } from "@/lib/security/rate-limits";
import { seeOther, wantsJson } from "@/lib/http/form-or-json";
import { recordIdSchema } from "@/lib/validation/notes";

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ noteId: string }> }) => {
  const parsedId = recordIdSchema.safeParse((await params).noteId);
  if (!parsedId.success) throw new HttpError(404, "not_found", "Note not found");

  const viewer = await getViewer();
  if (viewer) {
    const limited = await limitOrRefuse(request, noteWriteBuckets(viewer.userId), "You have changed many notes in the last few minutes.", {
      actorUserId: viewer.userId,
      targetId: parsedId.data,
    });
    if (limited) return limited;
  }
  const { roundId, organizationId } = await deleteNote(viewer, parsedId.data);
  if (wantsJson(request)) return Response.json({ id: parsedId.data, deleted: true });
  return seeOther(`/clients/${encodeURIComponent(organizationId)}#round-${encodeURIComponent(roundId)}`);
});
