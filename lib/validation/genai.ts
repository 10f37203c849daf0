import { z } from "zod";
import { EVIDENCE_NOTE_MAX, NOT_APPLICABLE, isDimensionId, type DimensionId, type GtmMotion } from "@/lib/instruments/genai";

const levelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
  error: "A level is a whole number from 1 to 5",
});

export const dimensionIdSchema = z
  .string({ error: "dimensionId is required" })
  .max(64, { error: "Unknown dimension" })
  .refine(isDimensionId, { error: "Unknown dimension" })
  .transform((id) => id as DimensionId);

export const motionSchema = z.strictObject({
  motion: z.enum(["inbound", "outbound", "hybrid"] satisfies GtmMotion[], {
    error: "Motion must be inbound, outbound or hybrid",
  }),
});

export const ratingSchema = z
  .strictObject({
    dimensionId: dimensionIdSchema,
    current: z.union([levelSchema, z.literal(NOT_APPLICABLE)], {
      error: `Today's level is a whole number from 1 to 5, or "${NOT_APPLICABLE}"`,
    }),
    target: levelSchema.nullable(),
    evidence: z
      .string()
      .trim()
      .max(EVIDENCE_NOTE_MAX, { error: `The note is at most ${EVIDENCE_NOTE_MAX} characters` })
      .default(""),
  })
  .superRefine((rating, ctx) => {
    if (rating.current === NOT_APPLICABLE) {
      if (rating.target !== null) ctx.addIssue({ code: "custom", path: ["target"], message: "A dimension that does not apply has no target" });
    } else if (rating.target === null) {
      ctx.addIssue({ code: "custom", path: ["target"], message: "Choose a target level" });
    } else if (rating.target < rating.current) {
      ctx.addIssue({ code: "custom", path: ["target"], message: "The target cannot be below today's level" });
    }
  });
export type RatingInput = z.infer<typeof ratingSchema>;

export const prioritiesSchema = z.strictObject({
  priorities: z
    .array(dimensionIdSchema)
    .min(1, { error: "Choose at least one priority" })
    .max(3, { error: "Choose at most three priorities" })
    .refine((ids) => new Set(ids).size === ids.length, { error: "Each priority must be a different dimension" }),
});

export const ROADMAP_TEXT_MAX = 600;
export const OWNER_NAME_MAX = 80;

const roadmapText = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .max(ROADMAP_TEXT_MAX, { error: `${label} is at most ${ROADMAP_TEXT_MAX} characters` });

// The label is used as written, never lower-cased: it carries names such as "IT" and "Marketing".
const ownerName = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `Name the ${label}` })
    .max(OWNER_NAME_MAX, { error: `${label} is at most ${OWNER_NAME_MAX} characters` });

/** The position in the URL of a roadmap entry: 0, 1 or 2. */
export const roadmapPositionSchema = z.coerce
  .number()
  .int()
  .min(0)
  .max(2);

/** A roadmap entry as edited by the user; `today` is passed in so "not in the past" stays testable. */
export function roadmapEntrySchemaFor(today: string) {
  return z.strictObject({
    whatItLooksLike: roadmapText("What level 3 looks like"),
    infrastructure: roadmapText("Infrastructure"),
    training: roadmapText("Training"),
    governance: roadmapText("Governance"),
    successMeasure: roadmapText("How success is measured"),
    marketingWin: roadmapText("The win for Marketing"),
    itWin: roadmapText("The win for IT"),
    marketingOwner: ownerName("Marketing owner"),
    itOwner: ownerName("IT owner"),
    targetDate: z
      .string({ error: "Target date is required" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Use a date like 2027-09-30" })
      .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
        error: "That date does not exist",
      })
      .refine((d) => d >= today, { error: "The target date cannot be in the past" }),
  });
}
export type RoadmapEntryInput = z.infer<ReturnType<typeof roadmapEntrySchemaFor>>;
