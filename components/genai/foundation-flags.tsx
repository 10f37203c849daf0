import { Alert } from "@/components/ui/alert";
import { getConvergenceLevel, getPillar } from "@/lib/instruments/convergence";
import { getDimension, getGenAiLevel } from "@/lib/instruments/genai";
import {
  FOUNDATION_PILLARS,
  FOUNDATION_READY_LEVEL,
  type FoundationFlag,
  type FoundationLevels,
} from "@/lib/plan/genai-roadmap";

export interface FoundationFlagsProps {
  /** The Data and Platforms levels of this browser's latest Convergence diagnostic; null when there is none. */
  foundation: FoundationLevels | null;
  flags: readonly FoundationFlag[];
}

function pillarLevelText(pillar: "data" | "platforms", level: FoundationLevels["data"]) {
  const name = getPillar(pillar).name;
  return level === null ? `${name} not scored` : `${name} at level ${level}, ${getConvergenceLevel(level).name}`;
}

/**
 * "AI amplifies what already exists": GenAI targets that the Data and Platforms pillars of the
 * Convergence diagnostic cannot carry yet, grouped by pillar so the shared reason is said once
 * (each flag's own `reason` repeats it, which reads well alone and poorly seven times in a row).
 * Renders nothing when this browser has no diagnostic.
 */
export function FoundationFlags({ foundation, flags }: FoundationFlagsProps) {
  if (!foundation) return null;
  const levels = `${pillarLevelText("data", foundation.data)} and ${pillarLevelText("platforms", foundation.platforms)}`;

  const heading = (
    <h2 id="foundation-heading" className="text-2xl font-semibold text-ink">
      Can your foundation carry these targets?
    </h2>
  );

  if (flags.length === 0) {
    return (
      <section aria-labelledby="foundation-heading" className="flex flex-col gap-3 break-inside-avoid">
        {heading}
        <Alert tone="success" role="none" title="Yes: no target asks more than your foundation can give">
          Your latest Convergence diagnostic has {levels}.
        </Alert>
      </section>
    );
  }

  const groups = FOUNDATION_PILLARS.map((pillar) => ({ pillar, flags: flags.filter((f) => f.pillar === pillar) })).filter(
    (g) => g.flags.length > 0,
  );

  return (
    <section aria-labelledby="foundation-heading" className="flex flex-col gap-3 break-inside-avoid" data-testid="foundation-flags">
      {heading}
      <Alert
        tone="warning"
        role="none"
        title={`${flags.length === 1 ? "One target asks" : `${flags.length} targets ask`} more than your foundation can carry yet`}
      >
        <p>
          AI amplifies what already exists. Your latest Convergence diagnostic has {levels}. Strengthen the foundation
          before, or alongside, these targets.
        </p>
        {groups.map((group) => {
          const first = group.flags[0];
          if (!first) return null;
          const name = getPillar(group.pillar).name;
          return (
            <div key={group.pillar} className="mt-4" data-pillar={group.pillar}>
              <p className="font-semibold">
                {name} at level {first.pillarLevel}, {getConvergenceLevel(first.pillarLevel).name}: below level{" "}
                {FOUNDATION_READY_LEVEL} it carries structured pilots, not integrated AI.
              </p>
              <ul className="mt-2 flex flex-col gap-1 pl-5 marker:text-warning max-sm:gap-2 list-disc">
                {group.flags.map((flag) => (
                  <li key={flag.dimension} data-dimension-id={flag.dimension} data-pillar={flag.pillar}>
                    <span className="font-medium">{getDimension(flag.dimension).name}</span> aims for level {flag.target},{" "}
                    {getGenAiLevel(flag.target).name}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </Alert>
    </section>
  );
}
