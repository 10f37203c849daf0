import "server-only";
import { notFound } from "next/navigation";
import { getAssessment, type AssessmentView } from "@/lib/data/assessments";
import { getGenAiAssessment, type GenAiAssessmentView } from "@/lib/data/genai";
import { DomainError } from "@/lib/data/errors";
import { pageActor } from "@/lib/auth/actor";
import { assessmentIdSchema, type Instrument } from "@/lib/validation/assessment";

/** For pages: the assessment behind a URL id that the visitor may reach, or the app's 404 page. */
export async function loadAssessmentOr404(rawId: string, instrument: Instrument): Promise<AssessmentView> {
  const id = assessmentIdSchema.safeParse(rawId);
  if (!id.success) notFound();
  try {
    return await getAssessment(await pageActor(), id.data, instrument);
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") notFound();
    throw error;
  }
}

/** For pages: the GenAI assessment behind a URL id, or the app's 404 page. */
export async function loadGenAiAssessmentOr404(rawId: string): Promise<GenAiAssessmentView> {
  const id = assessmentIdSchema.safeParse(rawId);
  if (!id.success) notFound();
  try {
    return await getGenAiAssessment(await pageActor(), id.data);
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") notFound();
    throw error;
  }
}
