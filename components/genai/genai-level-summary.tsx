import { GENAI_LEVELS, getGenAiLevel } from "@/lib/instruments/genai";
import { GENAI_OVERALL_RULE, type GenAiScore } from "@/lib/scoring/genai";
import { LevelScale } from "@/components/results/level-scale";


/** The headline of a GenAI result: level and name, the rule behind it, and what each team sees there. */
export function GenAiLevelSummary({ score }: { score: GenAiScore }) {
  const counts = (
    <>
      Based on {score.ratedCount} rated {score.ratedCount === 1 ? "dimension" : "dimensions"}
      {score.notApplicableCount > 0 ? `; ${score.notApplicableCount} marked not applicable and left out` : ""}.
    </>
  );

  if (score.overallLevel === null) {
    return (
      <section aria-labelledby="level-heading">
        <p className="text-eyebrow text-brand-ink uppercase">Your Generative AI maturity</p>
        <h1 id="level-heading" className="mt-2 text-4xl font-semibold tracking-tight text-ink">
          No level yet
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-muted">
          Every dimension was marked not applicable, so there is nothing to place on the scale. {GENAI_OVERALL_RULE}
        </p>
      </section>
    );
  }

  const level = getGenAiLevel(score.overallLevel);
  return (
    <section aria-labelledby="level-heading" className="flex flex-col gap-6">
      <div>
        <p className="text-eyebrow text-brand-ink uppercase">Your Generative AI maturity</p>
        <h1 id="level-heading" className="mt-2 text-4xl font-semibold tracking-tight text-ink sm:text-5xl">
          Level {level.level}: {level.name}
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-ink">{level.meaning}</p>
        <div className="mt-4 max-w-3xl rounded-control border border-border bg-surface p-4 text-small">
          <h2 className="font-semibold text-ink">How this level is set</h2>
          <p className="mt-1 text-muted" data-testid="overall-rule">
            {GENAI_OVERALL_RULE}
          </p>
          <p className="mt-1 text-muted">{counts}</p>
        </div>
      </div>
      <LevelScale levels={GENAI_LEVELS} current={level.level} label="The five levels of the Generative AI maturity model" />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-card border border-border bg-surface p-5 break-inside-avoid">
          <h2 className="text-eyebrow text-muted uppercase">What the Marketing team sees at this level</h2>
          <p className="mt-2 text-ink">{level.marketingSees}</p>
        </div>
        <div className="rounded-card border border-border bg-surface p-5 break-inside-avoid">
          <h2 className="text-eyebrow text-muted uppercase">What the IT team sees at this level</h2>
          <p className="mt-2 text-ink">{level.itSees}</p>
        </div>
      </div>
    </section>
  );
}
