import type { ReactNode } from "react";
import { getPillar } from "@/lib/instruments/convergence";
import type { NinetyDayPlan } from "@/lib/plan/convergence-plan";

/** The four phases of the 90-day plan; the worksheet is passed in so this stays a server component. */
export function NinetyDayPlanView({ plan, toolInventory }: { plan: NinetyDayPlan; toolInventory: ReactNode }) {
  return (
    <ol className="flex flex-col gap-6">
      {plan.phases.map((phase) => (
        <li key={phase.id} className="rounded-2xl border border-border bg-surface p-5 sm:p-6" aria-labelledby={`phase-${phase.id}`}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 id={`phase-${phase.id}`} className="text-xl font-semibold text-ink">
              <span className="text-muted">Phase {phase.number} · </span>
              {phase.name}
            </h3>
            <p className="text-sm font-medium text-muted">
              Weeks {phase.weeks.from}–{phase.weeks.to}
            </p>
          </div>
          <p className="mt-1 text-muted">{phase.goal}</p>
          <ul className="mt-4 flex flex-col gap-3">
            {phase.actions.map((action) => (
              <li key={action.id} className="border-l-4 border-brand pl-4" data-action-id={action.id}>
                <p className="font-semibold text-ink">
                  {action.title}
                  <span className="ml-2 text-xs font-medium uppercase tracking-wide text-muted">
                    {action.isDataFoundationStep ? "Data foundation" : action.pillar ? getPillar(action.pillar).name : null}
                  </span>
                </p>
                <p className="text-sm text-muted">{action.detail}</p>
              </li>
            ))}
          </ul>
          {phase.hasToolInventory ? (
            <div className="mt-6 border-t border-border pt-5">
              <h4 className="text-lg font-semibold text-ink">Tool inventory worksheet</h4>
              <p className="mb-4 text-sm text-muted">
                List every tool and data source, and tag each one. Cost and overlap show up quickly. Changes save automatically.
              </p>
              {toolInventory}
            </div>
          ) : null}
          {phase.leadingIndicators.length > 0 ? (
            <div className="mt-6 border-t border-border pt-5">
              <h4 className="text-lg font-semibold text-ink">Re-measure at day 90</h4>
              <ul className="mt-2 flex flex-col gap-2">
                {phase.leadingIndicators.map((indicator) => (
                  <li key={indicator.id} className="text-sm">
                    <span className="font-medium text-ink">{indicator.question}</span>{" "}
                    <span className="text-muted">{indicator.howToMeasure}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
