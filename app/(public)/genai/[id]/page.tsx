import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { GenAiQuestionnaire, type GenAiQuestionnaireDimension } from "@/components/questionnaire/genai-questionnaire";
import { Container } from "@/components/ui/container";
import { absoluteUrlOf } from "@/lib/http/request-url";
import { loadGenAiAssessmentOr404 } from "@/lib/data/load";
import { genaiResultPathOf, genaiResumePathOf } from "@/lib/http/paths";
import { DIMENSIONS, EVIDENCE_NOTE_MAX, GENAI_LEVELS, GTM_MOTIONS, SECONDS_PER_DIMENSION } from "@/lib/instruments/genai";
import type { DimensionRating } from "@/lib/scoring/genai";

export const metadata: Metadata = { title: "Generative AI maturity model", robots: { index: false } };

const NOT_APPLICABLE_LABEL = "Not applicable: we do not run this";

const QUESTIONNAIRE_DIMENSIONS: GenAiQuestionnaireDimension[] = DIMENSIONS.map((d) => ({
  id: d.id,
  name: d.name,
  summary: d.summary,
  levels: d.levels,
}));

const LEVEL_NAMES = GENAI_LEVELS.map((l) => l.name);

export default async function GenAiQuestionnairePage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ step?: string | string[] }>;
}) {
  const { id } = await props.params;
  const assessment = await loadGenAiAssessmentOr404(id);
  if (assessment.status === "completed") redirect(genaiResultPathOf(assessment.id));

  const ratings: Record<string, DimensionRating> = Object.fromEntries(
    Object.entries(assessment.ratings).filter((e): e is [string, DimensionRating] => e[1] !== undefined),
  );

  // Section 1 is the motion, then one per dimension; open the first unanswered one unless a step is asked for.
  const { step } = await props.searchParams;
  const requested = Number(Array.isArray(step) ? step[0] : step);
  const firstOpenDimension = QUESTIONNAIRE_DIMENSIONS.findIndex((d) => ratings[d.id] === undefined);
  const firstOpen =
    assessment.motion === null ? 0 : firstOpenDimension === -1 ? QUESTIONNAIRE_DIMENSIONS.length : firstOpenDimension + 1;
  const initialStep = Number.isInteger(requested) && requested >= 1 ? requested - 1 : firstOpen;

  const resumeUrl = await absoluteUrlOf(genaiResumePathOf(assessment.id));

  return (
    <Container className="py-8 sm:py-12">
      <div className="mx-auto max-w-2xl">
        <h1 className="mb-6 text-3xl font-semibold tracking-tight text-ink">The Generative AI maturity model</h1>
        <GenAiQuestionnaire
          assessmentId={assessment.id}
          motions={GTM_MOTIONS}
          dimensions={QUESTIONNAIRE_DIMENSIONS}
          levelNames={LEVEL_NAMES}
          initialMotion={assessment.motion}
          initialRatings={ratings}
          initialStep={initialStep}
          secondsPerSection={SECONDS_PER_DIMENSION}
          evidenceMax={EVIDENCE_NOTE_MAX}
          notApplicableLabel={NOT_APPLICABLE_LABEL}
          motionEndpoint={`/api/assessments/${assessment.id}/motion`}
          ratingEndpoint={`/api/assessments/${assessment.id}/ratings`}
          completeEndpoint={`/api/assessments/${assessment.id}/complete`}
          resumeUrl={resumeUrl}
        />
      </div>
    </Container>
  );
}
