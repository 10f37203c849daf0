import { z } from "zod";

/** The longest note or recommendation a consultant can write, in characters (after trimming). */
export const NOTE_BODY_MAX = 4000;

export const NOTE_KINDS = ["note", "recommendation"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  note: "Note",
  recommendation: "Recommendation",
};

/** A consultant's private note or recommendation on a round. */
export const noteInputSchema = z.strictObject({
  kind: z.enum(NOTE_KINDS, { error: "Choose a note or a recommendation" }),
  body: z
    .string({ error: "Write the note" })
    .trim()
    .min(1, { error: "Write the note before saving it" })
    .max(NOTE_BODY_MAX, { error: `Keep the note to ${NOTE_BODY_MAX.toLocaleString("en-GB")} characters or fewer` }),
});
export type NoteInput = z.infer<typeof noteInputSchema>;

/** Round and note ids are unguessable ids; anything else cannot exist. */
export const recordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
