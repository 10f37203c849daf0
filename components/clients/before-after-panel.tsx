import { BeforeAfterRadar } from "@/components/charts/before-after-radar";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TableScroll } from "@/components/ui/table-scroll";
import type { BeforeAfter } from "@/lib/plan/check-in";
import { formatDate, formatDelta, formatValue, INSTRUMENT_NAMES, levelLabel, partName, type InstrumentId } from "./format";
import { MovementText } from "./movement";

export interface RoundOption {
  id: string;
  instrument: InstrumentId;
  date: Date;
  kind: "solo" | "team";
}

const optionLabel = (o: RoundOption) => `${formatDate(o.date)} (${o.kind === "team" ? "team" : "solo"})`;

function RoundSelect({ id, name, label, options, selected }: { id: string; name: string; label: string; options: readonly RoundOption[]; selected: string | undefined }) {
  const groups = (["convergence", "genai"] as const)
    .map((instrument) => ({ instrument, options: options.filter((o) => o.instrument === instrument) }))
    .filter((g) => g.options.length > 0);
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-small font-semibold text-ink">
        {label}
      </label>
      <select id={id} name={name} className="field" defaultValue={selected}>
        {groups.map((group) => (
          <optgroup key={group.instrument} label={INSTRUMENT_NAMES[group.instrument]}>
            {group.options.map((o) => (
              <option key={o.id} value={o.id}>
                {optionLabel(o)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

const cell = "py-2.5 pr-4";

/**
 * Before/after: any two measured rounds of the same instrument, chosen with a plain GET form
 * (no JavaScript needed), drawn on one radar and listed in a table with the change per part.
 */
export function BeforeAfterPanel(props: {
  action: string;
  options: readonly RoundOption[];
  selected: { before: string | undefined; after: string | undefined };
  comparison: BeforeAfter | null;
  problem: string | null;
}) {
  const { comparison } = props;
  const instrument = comparison?.instrument;
  const beforeName = comparison ? `Before: ${formatDate(comparison.before.date)}` : "";
  const afterName = comparison ? `After: ${formatDate(comparison.after.date)}` : "";
  return (
    <div className="flex flex-col gap-6">
      <form method="get" action={props.action} className="flex flex-wrap items-end gap-4">
        <RoundSelect id="before-round" name="before" label="Before" options={props.options} selected={props.selected.before} />
        <RoundSelect id="after-round" name="after" label="After" options={props.options} selected={props.selected.after} />
        <Button type="submit" variant="secondary">
          Compare
        </Button>
      </form>
      {props.problem ? <Alert tone="warning">{props.problem}</Alert> : null}

      {comparison && instrument ? (
        <div className="grid gap-6 lg:grid-cols-[1.1fr_1fr] lg:items-start">
          <BeforeAfterRadar
            label={`Radar of the ${instrument === "convergence" ? "five pillar scores" : "thirteen dimension levels"}, ${beforeName.toLowerCase()} and ${afterName.toLowerCase()}`}
            points={comparison.parts.map((p) => ({ axis: partName(instrument, p.part), before: p.before, after: p.after }))}
            beforeName={beforeName}
            afterName={afterName}
            domain={instrument === "convergence" ? [0, 100] : [0, 5]}
            isDense={instrument === "genai"}
          />
          <TableScroll label={`${INSTRUMENT_NAMES[instrument]}: before and after`}>
            <table className="w-full border-collapse text-left text-small">
              <caption className="mb-2 text-left text-small text-muted">
                {INSTRUMENT_NAMES[instrument]}: {formatDate(comparison.before.date)} against {formatDate(comparison.after.date)}
                {instrument === "convergence" ? " (scores out of 100)" : " (levels 1 to 5)"}.
              </caption>
              <thead>
                <tr className="border-b border-border text-muted">
                  <th scope="col" className={`${cell} font-semibold`}>{instrument === "convergence" ? "Pillar" : "Dimension"}</th>
                  <th scope="col" className={`${cell} text-right font-semibold`}>Before</th>
                  <th scope="col" className={`${cell} text-right font-semibold`}>After</th>
                  <th scope="col" className={`${cell} text-right font-semibold`}>Change</th>
                  <th scope="col" className={`${cell} font-semibold`}>Movement</th>
                </tr>
              </thead>
              <tbody>
                {comparison.parts.map((p) => (
                  <tr key={p.part} className="border-b border-border">
                    <th scope="row" className={`${cell} font-medium text-ink`}>{partName(instrument, p.part)}</th>
                    <td className={`${cell} text-right tabular-nums text-ink`}>{formatValue(instrument, p.before)}</td>
                    <td className={`${cell} text-right tabular-nums text-ink`}>{formatValue(instrument, p.after)}</td>
                    <td className={`${cell} text-right tabular-nums text-ink`}>{formatDelta(p.delta)}</td>
                    <td className={cell}>
                      <MovementText instrument={instrument} change={p} />
                    </td>
                  </tr>
                ))}
                <tr>
                  <th scope="row" className={`${cell} font-semibold text-ink`}>Overall</th>
                  <td className={`${cell} text-right text-ink`}>
                    {levelLabel(instrument, comparison.overall.beforeLevel)}
                    {comparison.overall.beforeScore !== null ? ` (${comparison.overall.beforeScore})` : ""}
                  </td>
                  <td className={`${cell} text-right text-ink`}>
                    {levelLabel(instrument, comparison.overall.afterLevel)}
                    {comparison.overall.afterScore !== null ? ` (${comparison.overall.afterScore})` : ""}
                  </td>
                  <td className={`${cell} text-right tabular-nums text-ink`}>
                    {formatDelta(instrument === "convergence" ? comparison.overall.scoreDelta : comparison.overall.levelDelta)}
                  </td>
                  <td className={`${cell} text-muted`}>
                    {comparison.overall.levelDelta === null
                      ? "Not measured in both rounds"
                      : comparison.overall.levelDelta === 0
                        ? "Same level"
                        : `${comparison.overall.levelDelta > 0 ? "Up" : "Down"} ${Math.abs(comparison.overall.levelDelta)} level${Math.abs(comparison.overall.levelDelta) === 1 ? "" : "s"}`}
                  </td>
                </tr>
              </tbody>
            </table>
          </TableScroll>
        </div>
      ) : null}
    </div>
  );
}
