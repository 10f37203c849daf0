import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { NOTE_BODY_MAX, NOTE_KIND_LABELS, NOTE_KINDS, type NoteKind } from "@/lib/validation/notes";
import { formatDate } from "./format";

export interface NoteItem {
  id: string;
  kind: NoteKind;
  body: string;
  createdAt: Date;
}

/**
 * The practice's private notes and recommendations on one round, with a plain form to add one and
 * a button to delete each (both post to route handlers and work without JavaScript).
 */
export function RoundNotes({ roundId, roundName, notes, hasError }: { roundId: string; roundName: string; notes: readonly NoteItem[]; hasError: boolean }) {
  const bodyId = `note-body-${roundId}`;
  const kindId = `note-kind-${roundId}`;
  const hintId = `${bodyId}-hint`;
  const errorId = `${bodyId}-error`;
  return (
    <div className="mt-5 border-t border-border pt-4">
      <h4 className="text-small font-semibold text-ink">Notes and recommendations</h4>
      {notes.length === 0 ? (
        <p className="mt-1 text-small text-muted">None yet. What you write here stays with your practice.</p>
      ) : (
        <ul className="mt-3 flex flex-col gap-3">
          {notes.map((note) => (
            <li key={note.id} className="rounded-control border border-border bg-canvas p-3" data-note-id={note.id}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="flex items-center gap-2 text-small text-muted">
                  <Badge tone={note.kind === "recommendation" ? "brand" : "neutral"}>{NOTE_KIND_LABELS[note.kind]}</Badge>
                  <time dateTime={note.createdAt.toISOString()}>{formatDate(note.createdAt)}</time>
                </p>
                <form method="post" action={`/api/notes/${encodeURIComponent(note.id)}/delete`}>
                  <Button type="submit" variant="ghost" className="min-h-9 px-3">
                    Delete<span className="sr-only"> this {NOTE_KIND_LABELS[note.kind].toLowerCase()} of {formatDate(note.createdAt)}</span>
                  </Button>
                </form>
              </div>
              <p className="mt-2 text-small whitespace-pre-wrap text-ink">{note.body}</p>
            </li>
          ))}
        </ul>
      )}

      <form method="post" action={`/api/rounds/${encodeURIComponent(roundId)}/notes`} className="mt-4 flex flex-col gap-3">
        {hasError ? (
          <Alert tone="danger" id={errorId}>
            The note was not saved: write something (up to {NOTE_BODY_MAX.toLocaleString("en-GB")} characters) and try again.
          </Alert>
        ) : null}
        <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
          <div className="flex flex-col gap-1.5">
            <label htmlFor={kindId} className="text-small font-semibold text-ink">
              Type
            </label>
            <select id={kindId} name="kind" className="field" defaultValue="note">
              {NOTE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {NOTE_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1.5">
            <label htmlFor={bodyId} className="text-small font-semibold text-ink">
              Add a note<span className="sr-only"> to {roundName}</span>
            </label>
            <textarea
              id={bodyId}
              name="body"
              rows={3}
              required
              maxLength={NOTE_BODY_MAX}
              className="field"
              aria-invalid={hasError ? true : undefined}
              aria-describedby={hasError ? `${hintId} ${errorId}` : hintId}
            />
            <p id={hintId} className="text-small text-muted">
              Private to your consultancy: the client&apos;s people never see it.
            </p>
          </div>
        </div>
        <div>
          <Button type="submit" variant="secondary">
            Save note<span className="sr-only"> on {roundName}</span>
          </Button>
        </div>
      </form>
    </div>
  );
}
