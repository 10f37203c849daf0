import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ConvergenceQuestionnaire, type QuestionnaireStep } from "@/components/questionnaire/convergence-questionnaire";
import { Container } from "@/components/ui/container";
import { absoluteUrlOf } from "@/lib/http/request-url";
import { loadAssessmentOr404 } from "@/lib/data/load";
import { PILLARS, SECONDS_PER_QUESTION, getPillarQuestions } from "@/lib/instruments/convergence";
import { DONT_KNOW_LABEL } from "@/lib/instruments/labels";
import { resultPathOf, resumePathOf } from "@/lib/http/paths";
import type { Choice } from "@/lib/instruments/types";
import type { ConvergenceAnswers } from "@/lib/scoring/convergence";

export const metadata: Metadata = { title: "Convergence Factor diagnostic", robots: { index: false } };

const STEPS: QuestionnaireStep[] = PILLARS.map((pillar) => ({
  id: pillar.id,
  title: pillar.name,
  intro: pillar.intro,
  questions: getPillarQuestions(pillar.id).map((q) => ({ id: q.id, prompt: q.prompt, options: q.options })),
}));

function answeredOnly(answers: ConvergenceAnswers): Record<string, Choice> {
  return Object.fromEntries(Object.entries(answers).filter((e): e is [string, Choice] => e[1] !== undefined));
}

export default async function DiagnosticPage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ step?: string | string[] }>;
}) {
  const { id } = await props.params;
  const assessment = await loadAssessmentOr404(id, "convergence");
  if (assessment.status === "completed") redirect(resultPathOf(assessment.id));

  const { step } = await props.searchParams;
  const requested = Number(Array.isArray(step) ? step[0] : step);
  const firstOpen = STEPS.findIndex((s) => s.questions.some((q) => assessment.answers[q.id] === undefined));
  const initialStep = Number.isInteger(requested) && requested >= 1 ? requested - 1 : Math.max(firstOpen, 0);

  const resumeUrl = await absoluteUrlOf(resumePathOf(assessment.id));

  return (
    <Container className="py-8 sm:py-12">
      <div className="mx-auto max-w-2xl">
        <h1 className="mb-6 text-3xl font-semibold tracking-tight text-ink">The Convergence Factor diagnostic</h1>
        <ConvergenceQuestionnaire
          assessmentId={assessment.id}
          steps={STEPS}
          initialAnswers={answeredOnly(assessment.answers)}
          initialStep={initialStep}
          secondsPerQuestion={SECONDS_PER_QUESTION}
          answerEndpoint={`/api/assessments/${assessment.id}/answers`}
          completeEndpoint={`/api/assessments/${assessment.id}/complete`}
          resumeUrl={resumeUrl}
          dontKnowLabel={DONT_KNOW_LABEL}
        />
      </div>
    </Container>
  );
}
