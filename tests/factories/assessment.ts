import { QUESTIONS } from "@/lib/instruments/convergence";
import type { Choice } from "@/lib/instruments/types";
import { createAssessment, saveAnswer } from "@/lib/data/assessments";
import { completeGenAiAssessment, saveMotion, saveRating } from "@/lib/data/genai";
import { DIMENSION_IDS, type DimensionId, type GtmMotion } from "@/lib/instruments/genai";
import type { RatingInput } from "@/lib/validation/genai";
import type { Actor } from "@/lib/auth/access";

/** Whoever holds an anonymous assessment's id (in the browser that started it, when given). */
export function anonymousActor(browserKey: string | null = null): Actor {
  return { viewer: null, browserKey };
}

/** A new anonymous Convergence assessment, optionally with answers. */
export async function createConvergenceAssessment(
  answers?: (questionIndex: number) => Choice | undefined,
  browserKey: string | null = null,
) {
  const { id } = await createAssessment({ instrument: "convergence", browserKey });
  if (answers) {
    for (const [index, question] of QUESTIONS.entries()) {
      const choice = answers(index);
      if (choice !== undefined) await saveAnswer(anonymousActor(browserKey), id, { questionId: question.id, choice });
    }
  }
  return id;
}

/** A new anonymous GenAI assessment; `rate` gives each dimension's rating (undefined leaves it open). */
export async function createGenAiAssessment(options: {
  motion?: GtmMotion;
  rate?: (dimension: DimensionId, index: number) => RatingInput | undefined;
  complete?: boolean;
  browserKey?: string | null;
} = {}) {
  const { id } = await createAssessment({ instrument: "genai", browserKey: options.browserKey ?? null });
  if (options.motion) await saveMotion(anonymousActor(), id, options.motion);
  if (options.rate) {
    for (const [index, dimension] of DIMENSION_IDS.entries()) {
      const rating = options.rate(dimension, index);
      if (rating) await saveRating(anonymousActor(), id, rating);
    }
  }
  if (options.complete) await completeGenAiAssessment(anonymousActor(), id);
  return id;
}
