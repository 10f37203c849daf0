import { Card } from "@/components/ui/card";
import { TableScroll } from "@/components/ui/table-scroll";
import { getPillar } from "@/lib/instruments/convergence";
import { getDimension, GTM_MOTIONS } from "@/lib/instruments/genai";
import type { CheckIn, OverallChange } from "@/lib/plan/check-in";
import { formatDate, formatValue, INSTRUMENT_NAMES, levelLabel, type InstrumentId } from "./format";
import { MovementText } from "./movement";

function OverallLine({ instrument, overall }: { instrument: InstrumentId; overall: OverallChange }) {
  const before = levelLabel(instrument, overall.beforeLevel);
  const after = levelLabel(instrument, overall.afterLevel);
  const score =
    instrument === "convergence" && overall.beforeScore !== null && overall.afterScore !== null
      ? ` (score ${overall.beforeScore} → ${overall.afterScore})`
      : "";
  return (
    <p className="mt-2 text-small text-muted">
      Overall: {before} → {after}
      {score}.
    </p>
  );
}

const cell = "py-2.5 pr-4 align-top";

/**
 * The 90-day check-in: the previous round's plan (Convergence) or roadmap priorities (GenAI), and
 * whether what each action worked on moved by the latest round.
 */
export function CheckInPanel(props: { checkIn: CheckIn; previousDate: Date; currentDate: Date; headingId: string }) {
  const { checkIn } = props;
  const instrument = checkIn.instrument;
  return (
    <Card as="section" aria-labelledby={props.headingId}>
      <h3 id={props.headingId} className="text-title text-ink">
        {INSTRUMENT_NAMES[instrument]}
      </h3>
      <p className="mt-1 text-small text-muted">
        The round of {formatDate(props.currentDate)} against the plan made from the round of {formatDate(props.previousDate)}.
      </p>
      <p className="mt-4 rounded-control bg-sunken p-4 text-body font-semibold text-ink" data-testid={`verdict-${instrument}`}>
        {checkIn.verdict}
      </p>
      <OverallLine instrument={instrument} overall={checkIn.overall} />

      <TableScroll label={checkIn.instrument === "convergence" ? "Actions of the previous plan" : "Priorities of the previous plan"} className="mt-5">
        {checkIn.instrument === "convergence" ? (
          <table className="w-full border-collapse text-left text-small">
            <caption className="mb-2 text-left text-small text-muted">
              Each action of the previous 90-day plan, and how its pillar moved
              {checkIn.leadsWithDataFoundation ? " (the data-foundation steps are measured by the Data pillar)" : ""}.
            </caption>
            <thead>
              <tr className="border-b border-border text-muted">
                <th scope="col" className={`${cell} font-semibold`}>Phase</th>
                <th scope="col" className={`${cell} font-semibold`}>Action</th>
                <th scope="col" className={`${cell} font-semibold`}>Pillar</th>
                <th scope="col" className={`${cell} text-right font-semibold`}>Before</th>
                <th scope="col" className={`${cell} text-right font-semibold`}>Latest</th>
                <th scope="col" className={`${cell} font-semibold`}>Movement</th>
              </tr>
            </thead>
            <tbody>
              {checkIn.actions.map((action) => (
                <tr key={action.actionId} className="border-b border-border">
                  <td className={`${cell} text-muted`}>
                    {action.phaseNumber}. {action.phaseName}
                  </td>
                  <th scope="row" className={`${cell} font-medium text-ink`}>
                    {action.title}
                  </th>
                  <td className={`${cell} text-ink`}>{getPillar(action.pillar).name}</td>
                  <td className={`${cell} text-right tabular-nums text-ink`}>{formatValue(instrument, action.change.before)}</td>
                  <td className={`${cell} text-right tabular-nums text-ink`}>{formatValue(instrument, action.change.after)}</td>
                  <td className={cell}>
                    <MovementText instrument={instrument} change={action.change} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <table className="w-full border-collapse text-left text-small">
            <caption className="mb-2 text-left text-small text-muted">
              {checkIn.prioritiesSource === "saved"
                ? "The three priorities saved on the previous roadmap, and how each moved."
                : `The three priorities the roadmap proposed for this client's go-to-market motion (${GTM_MOTIONS.find((m) => m.id === checkIn.motion)?.name ?? "Hybrid"}), and how each moved.`}
            </caption>
            <thead>
              <tr className="border-b border-border text-muted">
                <th scope="col" className={`${cell} font-semibold`}>Priority</th>
                <th scope="col" className={`${cell} text-right font-semibold`}>Before</th>
                <th scope="col" className={`${cell} text-right font-semibold`}>Latest</th>
                <th scope="col" className={`${cell} font-semibold`}>Movement</th>
              </tr>
            </thead>
            <tbody>
              {checkIn.priorities.map((p) => (
                <tr key={p.dimension} className="border-b border-border">
                  <th scope="row" className={`${cell} font-medium text-ink`}>
                    {getDimension(p.dimension).name}
                  </th>
                  <td className={`${cell} text-right tabular-nums text-ink`}>{formatValue(instrument, p.change.before)}</td>
                  <td className={`${cell} text-right tabular-nums text-ink`}>{formatValue(instrument, p.change.after)}</td>
                  <td className={cell}>
                    <MovementText instrument={instrument} change={p.change} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TableScroll>
    </Card>
  );
}
