import { ExampleResult } from "@/components/site/example-result";
import { StartDiagnosticForm } from "@/components/site/start-diagnostic-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { Eyebrow, Heading, Lead } from "@/components/ui/heading";
import { DIMENSIONS, GENAI_LEVELS } from "@/lib/instruments/genai";
import { minutesToComplete } from "@/lib/instruments/timing";
import {
  CONVERGENCE_LEVELS,
  PILLARS,
  QUESTIONS,
  SECONDS_PER_QUESTION,
  getPillarQuestions,
} from "@/lib/instruments/convergence";

/** Level at which AI starts to return more than it costs. */
const AI_PAYBACK_LEVEL = 3;

// Static class names per level, so Tailwind sees every one of them.
const STEP_STYLE: Record<number, string> = {
  1: "bg-level-1 text-on-level-1 w-[58%] lg:min-h-28",
  2: "bg-level-2 text-on-level-2 w-[68.5%] lg:min-h-36",
  3: "bg-level-3 text-on-level-3 w-[79%] lg:min-h-44",
  4: "bg-level-4 text-on-level-4 w-[89.5%] lg:min-h-52",
  5: "bg-level-5 text-on-level-5 w-full lg:min-h-60",
};

const DELIVERABLES = [
  {
    title: "Your level and score",
    text: "One overall level from 1 to 5 and the score behind it, so the next measurement in 90 days shows real movement.",
    icon: "M4 16V10m5 6V6m5 10V8m5 8V4",
  },
  {
    title: "A radar of the five pillars",
    text: "Where you are strong and where you lag, pillar by pillar, in one picture you can put in front of the board.",
    icon: "M11 3.5 18.5 9l-2.9 8.5H6.4L3.5 9 11 3.5Zm0 4.5 3 2.2-1.1 3.3H9.1L8 10.2 11 8Z",
  },
  {
    title: "The biggest disconnect",
    text: "The weakest link named in plain words, and why it holds back the other four.",
    icon: "M8 6.5 5.5 4m11 11L14 12.5M7 12l-2.5 2.5a2.5 2.5 0 0 0 3.5 3.5L10.5 15.5M15 10l2.5-2.5A2.5 2.5 0 0 0 14 4l-2.5 2.5",
  },
  {
    title: "What AI will do for you",
    text: "Whether AI will contradict itself, waste effort or pay back at your level, and what it takes to reach the next one.",
    icon: "M9.5 3.5 11 8l4.5 1.5L11 11l-1.5 4.5L8 11 3.5 9.5 8 8l1.5-4.5ZM16 13.5l.75 2.25L19 16.5l-2.25.75L16 19.5l-.75-2.25L13 16.5l2.25-.75.75-2.25Z",
  },
] as const;

const PLAN_PHASES = [
  {
    weeks: "Weeks 1–3",
    name: "Audit & Align",
    text: "List every tool and tag it Core, Candidate or Retire. Name an owner for each dataset and agree on shared goals.",
    bar: "bg-brand/45",
  },
  {
    weeks: "Weeks 4–6",
    name: "Connect & Clean",
    text: "Repair the data foundation: one customer ID, duplicates merged, consent that matches across systems.",
    bar: "bg-brand/65",
  },
  {
    weeks: "Weeks 7–9",
    name: "Collaborate & Pilot",
    text: "Run one pilot with Marketing, IT and Data working to the same goal and the same KPI definitions.",
    bar: "bg-brand/85",
  },
  {
    weeks: "Weeks 10–12",
    name: "Measure & Scale",
    text: "Re-take the diagnostic on day 90, check the leading indicators, and scale what moved them.",
    bar: "bg-brand",
  },
] as const;

const LEVEL_CHIP: Record<number, string> = {
  1: "bg-level-1 text-on-level-1",
  2: "bg-level-2 text-on-level-2",
  3: "bg-level-3 text-on-level-3",
  4: "bg-level-4 text-on-level-4",
  5: "bg-level-5 text-on-level-5",
};

// An illustrative respondent for the hero preview; labelled as an example on the page.
const EXAMPLE_VALUES: Record<string, number> = { data: 2.4, platforms: 3.2, process: 2.2, kpis: 1.6, people: 2.8 };

/** "AI contradictions: models fed…" → "AI contradictions". */
function aiHeadline(aiEffect: string): string {
  const [headline] = aiEffect.split(":");
  return headline?.trim() || aiEffect;
}

export default function LandingPage() {
  const questionCount = QUESTIONS.length;
  const exampleLevel = CONVERGENCE_LEVELS[1];
  const kpis = PILLARS.find((p) => p.id === "kpis");
  const genaiDimensionCount = DIMENSIONS.length;
  const genaiMinutes = minutesToComplete("genai");

  return (
    <>
      {/* Hero */}
      <section aria-labelledby="hero-title" className="relative overflow-hidden">
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-x-0 top-0 -z-10 h-[36rem] bg-[radial-gradient(60rem_28rem_at_85%_-10%,color-mix(in_oklab,var(--color-brand)_14%,transparent),transparent_70%)]"
        />
        <Container className="grid items-center gap-12 pt-14 pb-16 sm:pt-20 sm:pb-24 lg:grid-cols-[minmax(0,1.15fr)_minmax(0,0.85fr)] lg:gap-16">
          <div>
            <Eyebrow>A diagnostic for marketing leaders</Eyebrow>
            <Heading level={1} id="hero-title" className="mt-5 max-w-[14ch]">
              Find the disconnects before AI scales them.
            </Heading>
            <Lead className="mt-6 max-w-[36rem]">
              {questionCount} questions on your data, platforms, process, KPIs and people, about{" "}
              {SECONDS_PER_QUESTION} seconds each. You see your maturity level, the gap that holds the rest back, what
              AI will do for you at that level, and a 90-day plan to close it.
            </Lead>

            <div className="mt-9 flex flex-wrap items-center gap-x-5 gap-y-3">
              <StartDiagnosticForm />
              <p className="text-small text-muted">No account, no email address.</p>
            </div>
            <p className="mt-4 text-small text-muted">
              Planning for generative AI?{" "}
              <a href="#genai" className="font-semibold text-brand-ink underline underline-offset-4 hover:decoration-2">
                Take the Generative AI maturity model
              </a>
            </p>

            <dl className="mt-12 grid max-w-md grid-cols-3 border-y border-border">
              {[
                { term: "Questions", value: String(questionCount) },
                { term: "Time", value: `${minutesToComplete("convergence")} min` },
                { term: "Sign-up", value: "None" },
              ].map((fact, i) => (
                <div key={fact.term} className={`flex flex-col-reverse py-4 ${i > 0 ? "border-l border-border pl-4 sm:pl-6" : ""}`}>
                  <dt className="mt-1 text-xs text-muted">{fact.term}</dt>
                  <dd className="text-2xl font-semibold tracking-tight tabular-nums">{fact.value}</dd>
                </div>
              ))}
            </dl>
          </div>

          {exampleLevel && kpis ? (
            <div className="mx-auto w-full max-w-md lg:max-w-none">
              <ExampleResult
                axes={PILLARS.map((p) => ({ name: p.name, value: EXAMPLE_VALUES[p.id] ?? 1 }))}
                levelNumber={exampleLevel.level}
                levelName={exampleLevel.name}
                disconnectName={kpis.name}
                disconnectText="Marketing, Sales and Finance count a qualified lead three different ways, so reviews turn into debates about whose number is right."
                firstPhase="Audit & Align, weeks 1–3"
              />
            </div>
          ) : null}
        </Container>
      </section>

      {/* Second instrument: the Generative AI maturity model */}
      <section id="genai" aria-labelledby="genai-title" className="border-t border-border">
        <Container className="py-16 sm:py-20">
          <div className="grid gap-10 rounded-panel border border-border bg-surface p-5 shadow-card sm:p-10 lg:grid-cols-[minmax(0,1.1fr)_minmax(0,0.9fr)] lg:gap-14">
            <div>
              <Eyebrow>Also for marketing leaders</Eyebrow>
              <Heading level={2} id="genai-title" className="mt-4">
                Generative AI maturity model
              </Heading>
              <Lead className="mt-5">
                {genaiDimensionCount} dimensions of B2B marketing, from content to customer experience. For each one,
                say where your team is today and where it wants to be, and leave with a &ldquo;Level 3 by Q3&rdquo;
                roadmap that names an owner in Marketing and one in IT.
              </Lead>
              <div className="mt-8 flex flex-wrap items-center gap-x-5 gap-y-3">
                <StartDiagnosticForm instrument="genai" label="Start the GenAI assessment" />
                <p className="text-small text-muted">About {genaiMinutes} minutes. No account.</p>
              </div>
            </div>
            <div>
              <Heading level={3} size="subtitle">
                Five levels, one language for Marketing and IT
              </Heading>
              <ol className="mt-4 flex flex-col gap-2">
                {GENAI_LEVELS.map((level) => (
                  <li key={level.level} className="flex items-center gap-3 text-small">
                    <span
                      aria-hidden="true"
                      className={`grid size-7 shrink-0 place-items-center rounded-control text-xs font-semibold tabular-nums ${LEVEL_CHIP[level.level] ?? ""}`}
                    >
                      {level.level}
                    </span>
                    <span>
                      <span className="sr-only">Level {level.level}: </span>
                      <span className="font-semibold text-ink">{level.name}</span>
                    </span>
                  </li>
                ))}
              </ol>
              <p className="mt-5 text-small text-muted">
                If you have taken the Convergence diagnostic in this browser, targets your data and platforms cannot
                carry yet are flagged: AI amplifies what already exists.
              </p>
            </div>
          </div>
        </Container>
      </section>

      {/* Pillars */}
      <section id="pillars" aria-labelledby="pillars-title" className="border-t border-border bg-surface">
        <Container className="grid gap-12 py-20 sm:py-24 lg:grid-cols-[minmax(0,0.85fr)_minmax(0,1.15fr)] lg:gap-16">
          <div>
            <Eyebrow>What it measures</Eyebrow>
            <Heading level={2} id="pillars-title" className="mt-4">
              Five pillars. The trouble is in the gaps between them.
            </Heading>
            <Lead className="mt-5">
              Most marketing organisations are strong somewhere. The diagnostic looks for the places where the parts
              stop fitting together, because that is where budgets leak and AI projects stall.
            </Lead>
            <p className="mt-8 inline-flex flex-wrap items-baseline gap-x-2 gap-y-1 rounded-control border border-border bg-canvas px-4 py-3 text-small text-muted">
              <span className="font-semibold text-ink">People + Platforms + Process</span>
              <span aria-hidden="true">=</span>
              <span className="sr-only">equals</span>
              <span className="font-semibold text-brand-ink">Performance</span>
            </p>
          </div>

          <ol className="divide-y divide-border border-y border-border">
            {PILLARS.map((pillar, i) => {
              const count = getPillarQuestions(pillar.id).length;
              return (
                <li key={pillar.id} className="grid grid-cols-[2.5rem_minmax(0,1fr)] gap-x-4 gap-y-1 py-6 sm:grid-cols-[3rem_minmax(0,1fr)_auto] sm:items-baseline">
                  <span aria-hidden="true" className="row-span-2 text-small font-semibold text-muted tabular-nums sm:row-span-1">
                    {String(i + 1).padStart(2, "0")}
                  </span>
                  <div>
                    <Heading level={3}>{pillar.name}</Heading>
                    <p className="mt-1 text-muted">{pillar.intro}</p>
                  </div>
                  <p className="col-start-2 mt-2 text-small text-muted sm:col-start-3 sm:mt-0 sm:text-right">
                    {count} {count === 1 ? "question" : "questions"}
                  </p>
                </li>
              );
            })}
          </ol>
        </Container>
      </section>

      {/* Levels */}
      <section id="levels" aria-labelledby="levels-title" className="border-t border-border">
        <Container className="py-20 sm:py-24">
          <div className="max-w-2xl">
            <Eyebrow>The maturity model</Eyebrow>
            <Heading level={2} id="levels-title" className="mt-4">
              Five levels, from {CONVERGENCE_LEVELS[0]?.name} to {CONVERGENCE_LEVELS[CONVERGENCE_LEVELS.length - 1]?.name}
            </Heading>
            <Lead className="mt-5">
              Your answers place you on one of five levels. Each one describes how well the pillars work together, and
              what AI does for an organisation standing there.
            </Lead>
          </div>

          <ol className="mt-14 grid gap-8 lg:grid-cols-5 lg:items-end lg:gap-3 lg:border-b-2 lg:border-ink">
            {CONVERGENCE_LEVELS.map((level) => {
              const paysBack = level.level >= AI_PAYBACK_LEVEL;
              return (
                <li key={level.level} className="flex flex-col">
                  <div className="lg:px-1">
                    {level.level === AI_PAYBACK_LEVEL ? (
                      <Badge tone="brand" className="mb-3">
                        <svg viewBox="0 0 16 16" aria-hidden="true" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
                          <path d="M3 11.5 7 7.5l2.5 2.5L13 6.5M9.5 6.5H13V10" />
                        </svg>
                        AI pays back from here
                      </Badge>
                    ) : null}
                    <Heading level={3}>
                      <span className="sr-only">Level {level.level}: </span>
                      {level.name}
                    </Heading>
                    <p className="mt-2 text-small text-muted">{level.meaning}</p>
                  </div>
                  <div
                    className={`mt-4 flex items-center gap-4 rounded-control px-4 py-3 lg:mt-5 lg:w-full lg:flex-col lg:items-start lg:justify-between lg:rounded-b-none lg:py-4 ${STEP_STYLE[level.level] ?? ""}`}
                  >
                    <span aria-hidden="true" className="text-2xl leading-none font-semibold tabular-nums lg:text-4xl">
                      {level.level}
                    </span>
                    <span className="text-xs font-semibold">
                      {aiHeadline(level.aiEffect)}
                      {paysBack ? <span className="sr-only"> (AI pays back)</span> : null}
                    </span>
                  </div>
                </li>
              );
            })}
          </ol>

          <div className="mt-10 grid gap-6 sm:grid-cols-2 lg:mt-8">
            <p className="flex gap-3 text-small text-muted">
              <span aria-hidden="true" className="mt-1.5 h-0.5 w-5 shrink-0 bg-border-strong" />
              <span>
                <strong className="font-semibold text-ink">Levels 1 and 2.</strong> AI amplifies what already exists:
                records that disagree produce answers that disagree, and every pilot needs hand-prepared data.
              </span>
            </p>
            <p className="flex gap-3 text-small text-muted">
              <span aria-hidden="true" className="mt-1.5 h-0.5 w-5 shrink-0 bg-brand" />
              <span>
                <strong className="font-semibold text-ink">Level 3 and up.</strong> Shared IDs, owners and KPI
                definitions make AI output reliable enough to act on. This is where the investment starts to return.
              </span>
            </p>
          </div>
        </Container>
      </section>

      {/* What you get */}
      <section id="what-you-get" aria-labelledby="get-title" className="border-t border-border bg-surface">
        <Container className="py-20 sm:py-24">
          <div className="max-w-2xl">
            <Eyebrow>Your result</Eyebrow>
            <Heading level={2} id="get-title" className="mt-4">
              What you leave with
            </Heading>
            <Lead className="mt-5">
              A result you can take into the next leadership meeting, on screen the moment you answer the last
              question.
            </Lead>
          </div>

          <ul className="mt-12 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {DELIVERABLES.map((item) => (
              <Card as="li" key={item.title} tone="flat" className="bg-canvas">
                <span aria-hidden="true" className="grid size-10 place-items-center rounded-control bg-brand-soft text-brand-ink">
                  <svg viewBox="0 0 22 22" className="size-5.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
                    <path d={item.icon} />
                  </svg>
                </span>
                <Heading level={3} size="subtitle" className="mt-5">
                  {item.title}
                </Heading>
                <p className="mt-2 text-small text-muted">{item.text}</p>
              </Card>
            ))}
          </ul>

          <Card as="div" tone="flat" padding="lg" className="mt-4 bg-canvas">
            <div className="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between sm:gap-8">
              <Heading level={3}>A 90-day plan in four phases</Heading>
              <p className="max-w-md text-small text-muted sm:text-right">
                The actions in each phase are picked from your weakest pillars. Weak data comes first.
              </p>
            </div>
            <ol className="mt-8 grid gap-8 sm:grid-cols-2 lg:grid-cols-4 lg:gap-4">
              {PLAN_PHASES.map((phase) => (
                <li key={phase.name}>
                  <div aria-hidden="true" className={`h-1.5 rounded-pill ${phase.bar}`} />
                  <p className="mt-4 text-xs font-semibold tracking-[0.08em] text-brand-ink uppercase">{phase.weeks}</p>
                  <Heading level={4} className="mt-1">
                    {phase.name}
                  </Heading>
                  <p className="mt-2 text-small text-muted">{phase.text}</p>
                </li>
              ))}
            </ol>
          </Card>
        </Container>
      </section>

      {/* Closing call to action */}
      <section aria-labelledby="start-title" className="border-t border-border">
        <Container className="py-16 sm:py-20">
          <div className="flex flex-col gap-8 rounded-panel surface-emphasis px-6 py-10 sm:px-12 sm:py-14 lg:flex-row lg:items-center lg:justify-between">
            <div className="max-w-xl">
              <Heading level={2} size="headline" id="start-title">
                Start with an honest baseline.
              </Heading>
              <p className="mt-4 text-lead text-muted">
                Answers save as you go, and your result stays at a private link that only you hold. Share it with
                your executive team when you are ready.
              </p>
            </div>
            <div className="shrink-0">
              <StartDiagnosticForm />
            </div>
          </div>
        </Container>
      </section>
    </>
  );
}
