import type { Metadata } from "next";
import { ClaimSection } from "@/components/accounts/claim-section";
import { BenchmarkSection } from "@/components/benchmarks/benchmark-section";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { DimensionRadar } from "@/components/charts/dimension-radar";
import { CommonLanguageTable } from "@/components/genai/common-language-table";
import { FoundationFlags } from "@/components/genai/foundation-flags";
import { GapTable } from "@/components/genai/gap-table";
import { GenAiLevelSummary } from "@/components/genai/genai-level-summary";
import { LevelDistribution } from "@/components/genai/level-distribution";
import { RoadmapPlanner, type PlannerDimension } from "@/components/genai/roadmap-planner";
import { buttonClasses } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { getConvergenceFoundationForBrowser, todayIso } from "@/lib/data/genai";
import { loadGenAiAssessmentOr404 } from "@/lib/data/load";
import { reportDownloadPath } from "@/lib/report/file-name";
import { BROWSER_KEY_COOKIE, genaiResultPathOf, genaiResumePathOf } from "@/lib/http/paths";
import { GTM_MOTIONS, MOTION_FOCUS, getDimension } from "@/lib/instruments/genai";
import { buildDefaultRoadmap, findPriorityIneligibility, flagTargetsBeyondFoundation, proposePriorities } from "@/lib/plan/genai-roadmap";
import { capitalise, countWord } from "@/lib/report/prose";
import { scoreGenAi } from "@/lib/scoring/genai";
import { OWNER_NAME_MAX, ROADMAP_TEXT_MAX } from "@/lib/validation/genai";

export const metadata: Metadata = { title: "Your Generative AI maturity", robots: { index: false } };

export default async function GenAiResultPage(props: { params: Promise<{ id: string }> }) {
  const { id } = await props.params;
  const assessment = await loadGenAiAssessmentOr404(id);
  if (assessment.status !== "completed") redirect(genaiResumePathOf(assessment.id));

  const score = scoreGenAi(assessment.ratings);
  const today = new Date();
  // Completion requires a motion; hybrid is the neutral fallback should old data lack one.
  const motion = assessment.motion ?? "hybrid";
  const roadmap = assessment.roadmap ?? buildDefaultRoadmap(proposePriorities(score, motion), today);
  const isProposed = assessment.roadmap === null;

  const browserKey = (await cookies()).get(BROWSER_KEY_COOKIE)?.value ?? null;
  const foundation = await getConvergenceFoundationForBrowser(browserKey);
  const flags = foundation ? flagTargetsBeyondFoundation(score, foundation) : [];

  const motionName = GTM_MOTIONS.find((m) => m.id === motion)?.name ?? motion;
  const focusNames = MOTION_FOCUS[motion].map((d) => getDimension(d).name);
  const plannerDimensions: PlannerDimension[] = score.dimensions.map((d) => ({
    id: d.dimension,
    name: getDimension(d.dimension).name,
    current: d.current,
    target: d.target,
    ineligibility: findPriorityIneligibility(d),
  }));

  return (
    <Container className="py-8 sm:py-12">
      <div className="mx-auto flex max-w-5xl flex-col gap-12">
        <GenAiLevelSummary score={score} />
        <p className="print:hidden">
          <a href={reportDownloadPath(assessment.id)} download className={buttonClasses({ variant: "secondary" })}>
            Download PDF
          </a>
        </p>
        <ClaimSection assessmentId={assessment.id} resultPath={genaiResultPathOf(assessment.id)} />

        <section aria-labelledby="picture-heading" className="flex flex-col gap-6">
          <div className="break-after-avoid">
            <h2 id="picture-heading" className="text-2xl font-semibold text-ink">
              Today and where you want to be
            </h2>
            <p className="mt-1 max-w-3xl text-muted">
              Each spoke is a dimension; the rings mark levels 1 to 5 from the centre out. The filled shape is where
              you are today, the dashed line your target. The table below gives the same figures.
            </p>
          </div>
          <div className="grid gap-8 lg:grid-cols-[1.35fr_1fr] lg:items-start">
            <div className="break-inside-avoid">
              <DimensionRadar
                label="Radar chart of the thirteen dimensions: today's level and target level, 1 to 5"
                points={score.dimensions.map((d) => ({
                  axis: getDimension(d.dimension).name,
                  today: d.current,
                  target: d.target,
                }))}
              />
            </div>
            <LevelDistribution score={score} />
          </div>
        </section>

        <section aria-labelledby="gaps-heading" className="flex flex-col gap-4">
          <div className="break-after-avoid">
            <h2 id="gaps-heading" className="text-2xl font-semibold text-ink">
              The gap, dimension by dimension
            </h2>
            <p className="mt-1 max-w-3xl text-muted">
              Largest gap first. Where you named what shows a level 4 or 5, it is listed under the dimension.
            </p>
          </div>
          <GapTable score={score} />
        </section>

        <FoundationFlags foundation={foundation} flags={flags} />

        <section aria-labelledby="roadmap-heading" className="flex flex-col gap-6">
          <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
            <div className="max-w-3xl">
              <p className="text-eyebrow text-brand-ink uppercase">Your roadmap</p>
              <h2 id="roadmap-heading" className="mt-2 text-3xl font-semibold tracking-tight text-ink">
                Level 3 by Q3
              </h2>
              {/* With no dimension below level 3 the planner says so in place of this introduction. */}
              {roadmap.length > 0 ? (
                <p className="mt-2 text-muted">
                  {roadmap.length === 1 ? "One dimension" : `${capitalise(countWord(roadmap.length))} dimensions`}{" "}
                  to bring to Integrated Workflows by the end of the next third quarter.{" "}
                  {isProposed
                    ? `Proposed from your go-to-market (${motionName.toLowerCase()}): the least mature of ${focusNames.join(", ")}, then of the other dimensions, counting only those below level 3.`
                    : `Your choice, first proposed from your go-to-market (${motionName.toLowerCase()}).`}{" "}
                  Change any of them, then make each card yours: name the owners, adjust the date, save.
                </p>
              ) : null}
            </div>
          </div>
          <RoadmapPlanner
            initialRoadmap={roadmap}
            dimensions={plannerDimensions}
            prioritiesEndpoint={`/api/assessments/${assessment.id}/priorities`}
            roadmapEndpoint={`/api/assessments/${assessment.id}/roadmap`}
            limits={{ ownerMax: OWNER_NAME_MAX, textMax: ROADMAP_TEXT_MAX, today: todayIso(today) }}
          />
        </section>

        <section aria-labelledby="language-heading" className="flex flex-col gap-4">
          <div className="break-after-avoid">
            <h2 id="language-heading" className="text-2xl font-semibold text-ink">
              One language for Marketing and IT
            </h2>
            <p className="mt-1 max-w-3xl text-muted">
              The same level looks different from each side. Use these descriptions when the two teams plan together.
            </p>
          </div>
          <CommonLanguageTable current={score.overallLevel} />
        </section>
        <BenchmarkSection assessmentId={assessment.id} />
      </div>
    </Container>
  );
}
