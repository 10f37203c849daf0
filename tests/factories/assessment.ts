import { QUESTIONS } from "@/lib/instruments/convergence";
import type { Choice } from "@/lib/instruments/types";
import { createAssessment, saveAnswer } from "@/lib/data/assessments";

/** A new anonymous Convergence assessment, optionally with answers. */
export async function createConvergenceAssessment(answers?: (questionIndex: number) => Choice | undefined) {
  const { id } = await createAssessment({ instrument: "convergence", browserKey: null });
  if (answers) {
    for (const [index, question] of QUESTIONS.entries()) {
      const choice = answers(index);
      if (choice !== undefined) await saveAnswer(id, { questionId: question.id, choice });
    }
  }
  return id;
}
