import { CONVERGENCE_LEVELS, getConvergenceLevel, getPillar } from "@/lib/instruments/convergence";
import type { ConvergenceScore } from "@/lib/scoring/convergence";
import { LevelScale } from "./level-scale";

/** The headline of a result: level, name, score, and what AI does at this level. */
export function LevelSummary({ score }: { score: ConvergenceScore }) {
  if (score.overallLevel === null || score.overallScore === null) {
    return (
      <section aria-labelledby="level-heading">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">Your Convergence result</p>
        <h1 id="level-heading" className="mt-1 text-4xl font-semibold tracking-tight text-ink">
          Not enough answers to score
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-muted">
          Every question was answered “Don&apos;t know”. The plan below starts by finding out: that is the first gap to close.
        </p>
      </section>
    );
  }
  const level = getConvergenceLevel(score.overallLevel);
  const next = level.level < 5 ? getConvergenceLevel((level.level + 1) as 2 | 3 | 4 | 5) : null;
  const weakest = score.biggestDisconnect ? getPillar(score.biggestDisconnect).name : null;

  return (
    <section aria-labelledby="level-heading" className="flex flex-col gap-6">
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-muted">Your Convergence result</p>
        <h1 id="level-heading" className="mt-1 text-4xl font-semibold tracking-tight text-ink sm:text-5xl">
          Level {level.level}: {level.name}
        </h1>
        <p className="mt-3 text-lg text-ink">
          Overall score <strong className="font-semibold">{score.overallScore}</strong> out of 100.{" "}
          <span className="text-muted">{level.meaning}</span>
        </p>
        {score.isCapped && weakest ? (
          <p className="mt-2 text-sm text-muted">
            Your average alone would reach level {score.uncappedLevel}. The overall level is held one above your weakest
            pillar ({weakest}), because AI amplifies the weakest link rather than the average.
          </p>
        ) : null}
      </div>
      <LevelScale levels={CONVERGENCE_LEVELS} current={level.level} label="The five Convergence levels" />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-2xl border border-border bg-surface p-5">
          <h2 className="text-sm font-medium uppercase tracking-wide text-muted">What AI does at this level</h2>
          <p className="mt-2 text-ink">{level.aiEffect}</p>
          {level.level < 3 ? (
            <p className="mt-2 text-sm text-muted">AI starts paying back from level 3, Aligned.</p>
          ) : null}
        </div>
        <div className="rounded-2xl border border-border bg-surface p-5">
          <h2 className="text-sm font-medium uppercase tracking-wide text-muted">
            {next ? `What unlocks level ${next.level}, ${next.name}` : "Staying at the top"}
          </h2>
          <p className="mt-2 text-ink">{level.unlocksNext}</p>
        </div>
      </div>
    </section>
  );
}
