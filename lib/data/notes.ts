import "server-only";
import { db } from "@/lib/db";
import { DomainError, notFound } from "@/lib/data/errors";
import { createUnguessableId } from "@/lib/data/ids";
import { requireOrganization } from "@/lib/data/access";
import { touchOrganization } from "@/lib/data/rounds";
import type { Viewer } from "@/lib/auth/access";
import type { NoteInput, NoteKind } from "@/lib/validation/notes";

/*
 * A consultant's private notes and recommendations on a client's rounds. Only the client's
 * consultant may read or write them (permission `consult`); to the client's own people and to
 * every other consultant they do not exist (404, never 403, so their existence does not leak).
 * Each note belongs to the practice that wrote it: a client who moves to another practice (or
 * comes back through one) never shows one practice's notes to another.
 */

export interface ConsultantNoteView {
  id: string;
  roundId: string;
  kind: NoteKind;
  body: string;
  authorId: string;
  createdAt: Date;
}

const noteSelect = { id: true, roundId: true, kind: true, body: true, authorId: true, createdAt: true } as const;

function toView(row: { id: string; roundId: string; kind: string; body: string; authorId: string; createdAt: Date }): ConsultantNoteView {
  return { ...row, kind: row.kind === "recommendation" ? "recommendation" : "note" };
}

/** The practice consulting for the organisation when the viewer is that consultant; not_found for anyone else. */
async function requireConsultant(viewer: Viewer | null, organizationId: string, what: string): Promise<string> {
  try {
    const { organization } = await requireOrganization(viewer, organizationId, "consult");
    // `consult` is the consultant relation, which requires a practice: this is the viewer's practice.
    if (!organization.consultantPracticeId) throw notFound(what);
    return organization.consultantPracticeId;
  } catch (error) {
    // The client's own people may see the round but not the notes: to them they do not exist.
    if (error instanceof DomainError && (error.kind === "forbidden" || error.kind === "not_found")) throw notFound(what);
    throw error;
  }
}

/** The round's organisation and the viewer's practice, when the viewer consults for it; not_found otherwise. */
async function requireRoundConsultant(viewer: Viewer | null, roundId: string): Promise<{ organizationId: string; practiceId: string }> {
  const round = await db.assessmentRound.findUnique({ where: { id: roundId }, select: { organizationId: true } });
  if (!round) throw notFound("Round");
  const practiceId = await requireConsultant(viewer, round.organizationId, "Round");
  return { organizationId: round.organizationId, practiceId };
}

/** The practice's notes on one round, oldest first. */
export async function listNotes(viewer: Viewer | null, roundId: string): Promise<ConsultantNoteView[]> {
  const { practiceId } = await requireRoundConsultant(viewer, roundId);
  const rows = await db.consultantNote.findMany({
    where: { roundId, practiceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: noteSelect,
  });
  return rows.map(toView);
}

/** The practice's notes on every round of a client, by round id (one query for the client page). */
export async function listOrganizationNotes(viewer: Viewer | null, organizationId: string): Promise<Map<string, ConsultantNoteView[]>> {
  const practiceId = await requireConsultant(viewer, organizationId, "Organisation");
  const rows = await db.consultantNote.findMany({
    where: { practiceId, round: { organizationId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: noteSelect,
  });
  const byRound = new Map<string, ConsultantNoteView[]>();
  for (const row of rows) {
    const list = byRound.get(row.roundId) ?? [];
    list.push(toView(row));
    byRound.set(row.roundId, list);
  }
  return byRound;
}

/** Adds a note or recommendation to a round, for the viewer's practice; marks the client active. */
export async function addNote(
  viewer: Viewer | null,
  roundId: string,
  input: NoteInput,
  now: Date = new Date(),
): Promise<ConsultantNoteView & { organizationId: string }> {
  const { organizationId, practiceId } = await requireRoundConsultant(viewer, roundId);
  if (!viewer) throw notFound("Round");
  const id = createUnguessableId();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.consultantNote.create({
      data: { id, roundId, practiceId, authorId: viewer.userId, kind: input.kind, body: input.body, createdAt: now },
      select: noteSelect,
    });
    await touchOrganization(tx, organizationId, now);
    return created;
  });
  return { ...toView(row), organizationId };
}

/** Deletes one of the practice's notes; another practice's note, or anyone else's attempt, is not_found. */
export async function deleteNote(viewer: Viewer | null, noteId: string): Promise<{ roundId: string; organizationId: string }> {
  const note = await db.consultantNote.findUnique({
    where: { id: noteId },
    select: { practiceId: true, roundId: true, round: { select: { organizationId: true } } },
  });
  if (!note) throw notFound("Note");
  const practiceId = await requireConsultant(viewer, note.round.organizationId, "Note");
  if (note.practiceId !== practiceId) throw notFound("Note");
  // The practice guard makes the delete safe even if access changed since the read.
  const deleted = await db.consultantNote.deleteMany({ where: { id: noteId, practiceId } });
  if (deleted.count !== 1) throw notFound("Note");
  return { roundId: note.roundId, organizationId: note.round.organizationId };
}

/** The organisation a round belongs to, for the consultant of that organisation only (redirects after a form). */
export async function findRoundOrganizationForConsultant(viewer: Viewer | null, roundId: string): Promise<string> {
  return (await requireRoundConsultant(viewer, roundId)).organizationId;
}
