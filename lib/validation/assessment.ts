import { z } from "zod";
import { isConvergenceQuestionId } from "@/lib/instruments/convergence";
import { DONT_KNOW } from "@/lib/instruments/types";
import { TOOL_TAGS } from "@/lib/plan/convergence-plan";

/** Instruments that can be started today. */
export const instrumentSchema = z.enum(["convergence", "genai"], {
  error: "Unknown instrument: use \"convergence\" or \"genai\"",
});
export type Instrument = z.infer<typeof instrumentSchema>;

/** 18 random bytes in base64url: 24 characters, 144 bits. */
export const ASSESSMENT_ID_LENGTH = 24;
export const assessmentIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{24}$/, { error: "Not an assessment id" });

export const createAssessmentSchema = z.strictObject({
  instrument: instrumentSchema.default("convergence"),
});
export type CreateAssessmentInput = z.infer<typeof createAssessmentSchema>;

export const choiceSchema = z.union(
  [z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(DONT_KNOW)],
  { error: `Choice must be a level from 1 to 5 or "${DONT_KNOW}"` },
);

export const answerSchema = z.strictObject({
  questionId: z
    .string({ error: "questionId is required" })
    .max(64, { error: "Unknown question" })
    .refine(isConvergenceQuestionId, { error: "Unknown question" }),
  choice: choiceSchema,
});
export type AnswerInput = z.infer<typeof answerSchema>;

export const TOOL_NAME_MAX = 80;
export const TOOL_PURPOSE_MAX = 200;
export const TOOL_INVENTORY_MAX = 100;

export const toolInventoryItemSchema = z.strictObject({
  name: z
    .string({ error: "Name is required" })
    .trim()
    .min(1, { error: "Name is required" })
    .max(TOOL_NAME_MAX, { error: `Name is at most ${TOOL_NAME_MAX} characters` }),
  purpose: z
    .string()
    .trim()
    .max(TOOL_PURPOSE_MAX, { error: `Purpose is at most ${TOOL_PURPOSE_MAX} characters` })
    .default(""),
  tag: z.enum(TOOL_TAGS, { error: "Tag must be core, candidate or retire" }),
});

export const toolInventorySchema = z.strictObject({
  tools: z
    .array(toolInventoryItemSchema)
    .max(TOOL_INVENTORY_MAX, { error: `At most ${TOOL_INVENTORY_MAX} tools` }),
});
export type ToolInventoryInput = z.infer<typeof toolInventorySchema>;
