import { z } from "zod";

/** PUT /api/assessments/[id]/benchmark: the organisation's choice, as JSON. */
export const benchmarkChoiceSchema = z.strictObject({
  optIn: z.boolean({ error: "Choose true to share this result with benchmarks, or false to withdraw it" }),
});

/** The same choice from the result page's plain form, whose fields are text. */
export const benchmarkChoiceFormSchema = z
  .strictObject({
    optIn: z.enum(["true", "false"], { error: "Choose whether to share this result with benchmarks" }),
  })
  .transform(({ optIn }) => ({ optIn: optIn === "true" }));

export type BenchmarkChoiceInput = z.infer<typeof benchmarkChoiceSchema>;
