import type { Metadata } from "next";
import { ClaimSection } from "@/components/accounts/claim-section";
import { BenchmarkSection } from "@/components/benchmarks/benchmark-section";
import { redirect } from "next/navigation";
import { PillarRadar } from "@/components/charts/pillar-radar";
import { NinetyDayPlanView } from "@/components/plan/ninety-day-plan";
import { ToolInventory } from "@/components/plan/tool-inventory";
import { PillarScoreTable } from "@/components/results/pillar-score-table";
import { LevelSummary } from "@/components/results/level-summary";
import { buttonClasses } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { loadAssessmentOr404 } from "@/lib/data/load";
import { reportDownloadPath } from "@/lib/report/file-name";
import { resultPathOf, resumePathOf } from "@/lib/http/paths";
import { getPillar } from "@/lib/instruments/convergence";
import { buildNinetyDayPlan, TOOL_TAGS, TOOL_TAG_LABELS } from "@/lib/plan/convergence-plan";
import { scoreConvergence } from "@/lib/scoring/convergence";
import { TOOL_INVENTORY_MAX, TOOL_NAME_MAX, TOOL_PURPOSE_MAX } from "@/lib/validation/assessment";

export const metadata: Metadata = { title: "Your Convergence result", robots: { index: false } };

const TAG_OPTIONS = TOOL_TAGS.map((value) => ({ value, ...TOOL_TAG_LABELS[value] }));

export default async function ResultPage(props: { params: Promise<{ id: string }> }) {
  const { id } = await props.params;
  const assessment = await loadAssessmentOr404(id, "convergence");
  if (assessment.status !== "completed") redirect(resumePathOf(assessment.id));

  const score = scoreConvergence(assessment.answers);
  const plan = buildNinetyDayPlan(score);
  const disconnect = score.biggestDisconnect ? getPillar(score.biggestDisconnect) : null;
  const disconnectScore = score.pillars.find((p) => p.pillar === score.biggestDisconnect);

  return (
    <Container className="py-8 sm:py-12">
      <div className="mx-auto flex max-w-4xl flex-col gap-10">
        <LevelSummary score={score} />
        <p className="print:hidden">
          <a href={reportDownloadPath(assessment.id)} download className={buttonClasses({ variant: "secondary" })}>
            Download PDF
          </a>
        </p>
        <ClaimSection assessmentId={assessment.id} resultPath={resultPathOf(assessment.id)} />

        <section aria-labelledby="pillars-heading" className="grid gap-6 lg:grid-cols-[1.1fr_1fr] lg:items-center">
          <div>
            <h2 id="pillars-heading" className="mb-2 text-2xl font-semibold text-ink">
              Your five pillars
            </h2>
            <PillarRadar
              label="Radar chart of the five pillar scores, out of 100"
              points={score.pillars.map((p) => ({ axis: getPillar(p.pillar).name, value: p.score }))}
            />
          </div>
          <PillarScoreTable pillars={score.pillars} biggestDisconnect={score.biggestDisconnect} />
        </section>

        {disconnect && disconnectScore ? (
          <section aria-labelledby="disconnect-heading" className="rounded-2xl border border-warning bg-warning-soft p-6">
            <p className="text-sm font-medium uppercase tracking-wide text-muted">Your biggest disconnect</p>
            <h2 id="disconnect-heading" className="mt-1 text-2xl font-semibold text-ink">
              {disconnect.name}: {disconnectScore.score} out of 100
            </h2>
            <p className="mt-2 text-ink">{disconnect.disconnect}</p>
          </section>
        ) : null}

        {score.unscoredPillars.length > 0 ? (
          <p className="rounded-lg border border-border p-4 text-sm text-muted">
            You answered “Don&apos;t know” to every question in{" "}
            {score.unscoredPillars.map((p) => getPillar(p).name).join(", ")}, so{" "}
            {score.unscoredPillars.length === 1 ? "it has" : "they have"} no score. Not knowing is a gap in itself: the plan
            starts there.
          </p>
        ) : null}

        <section aria-labelledby="plan-heading">
          <h2 id="plan-heading" className="text-2xl font-semibold text-ink">
            Your 90-day plan
          </h2>
          <p className="mt-1 mb-6 text-muted">
            Built around your weakest pillars: {plan.focusPillars.map((p) => getPillar(p).name).join(" and ")}.
            {plan.leadsWithDataFoundation
              ? " Your data foundation comes first, because every later step and every AI use depends on it."
              : null}{" "}
            Ninety days of focus is usually enough to move up one level.
          </p>
          <NinetyDayPlanView
            plan={plan}
            toolInventory={
              <ToolInventory
                endpoint={`/api/assessments/${assessment.id}/tools`}
                initialTools={assessment.tools}
                tagOptions={TAG_OPTIONS}
                nameMax={TOOL_NAME_MAX}
                purposeMax={TOOL_PURPOSE_MAX}
                maxRows={TOOL_INVENTORY_MAX}
              />
            }
          />
        </section>
        <BenchmarkSection assessmentId={assessment.id} />
      </div>
    </Container>
  );
}
