"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** One line: a pillar or dimension, with one value per round (null where it was not measured). */
export interface TrendLine {
  key: string;
  name: string;
  values: readonly (number | null)[];
}

export interface TrendChartProps {
  /** What the figure shows, e.g. "Convergence pillar scores over time". */
  label: string;
  /** The rounds on the horizontal axis, oldest first. */
  rounds: readonly { id: string; label: string }[];
  lines: readonly TrendLine[];
  domain: readonly [number, number];
  ticks: readonly number[];
  /** The unit of a value in the table and tooltip, e.g. "Score out of 100" or "Level (1–5)". */
  valueHeading: string;
  /** "combined": every line on one chart (a handful of lines). "grid": one small chart per line (many lines). */
  layout: "combined" | "grid";
}

// Colour and dash both differ between lines, so no line is told apart by colour alone.
// Gold (level 3) is left out: it lacks contrast against the light background.
const STYLES = [
  { color: "var(--color-brand)", dash: undefined },
  { color: "var(--color-level-1)", dash: "8 4" },
  { color: "var(--color-level-2)", dash: "2 4" },
  { color: "var(--color-level-5)", dash: "12 4 2 4" },
  { color: "var(--color-level-4)", dash: "4 4" },
] as const;

const styleOf = (index: number) => STYLES[index % STYLES.length] ?? STYLES[0];

type Row = { round: string } & Record<string, number | string | null>;

function rowsOf(rounds: TrendChartProps["rounds"], lines: readonly TrendLine[]): Row[] {
  return rounds.map((round, i) => {
    const row: Row = { round: round.label };
    for (const line of lines) row[line.key] = line.values[i] ?? null;
    return row;
  });
}

function Chart({ props, lines, height, showAxisLabels }: { props: TrendChartProps; lines: readonly TrendLine[]; height: string; showAxisLabels: boolean }) {
  const fontSize = showAxisLabels ? 12 : 10;
  return (
    // The table below carries the same figures for screen readers; the drawing is decoration to them.
    <div className={height} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height: 240 }}>
        <LineChart data={rowsOf(props.rounds, lines)} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--color-border)" vertical={false} />
          <XAxis dataKey="round" tick={{ fill: "var(--color-muted)", fontSize }} stroke="var(--color-border-strong)" />
          <YAxis
            domain={[...props.domain]}
            ticks={[...props.ticks]}
            allowDecimals={false}
            width={32}
            tick={{ fill: "var(--color-muted)", fontSize }}
            stroke="var(--color-border-strong)"
          />
          <Tooltip
            contentStyle={{ background: "var(--color-surface)", border: "1px solid var(--color-border)", color: "var(--color-ink)", fontSize: 13 }}
            labelStyle={{ color: "var(--color-ink)", fontWeight: 600 }}
          />
          {lines.map((line) => {
            const index = props.lines.indexOf(line);
            const style = styleOf(index);
            return (
              <Line
                key={line.key}
                type="linear"
                dataKey={line.key}
                name={line.name}
                stroke={style.color}
                strokeWidth={2}
                strokeDasharray={style.dash}
                dot={{ r: 3.5, fill: style.color, stroke: style.color }}
                isAnimationActive={false}
                connectNulls={false}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

function Legend({ lines }: { lines: readonly TrendLine[] }) {
  return (
    <ul aria-hidden="true" className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-small text-ink">
      {lines.map((line, index) => {
        const style = styleOf(index);
        return (
          <li key={line.key} className="inline-flex items-center gap-2">
            <svg viewBox="0 0 28 8" className="h-2 w-7">
              <line x1="0" y1="4" x2="28" y2="4" stroke={style.color} strokeWidth="3" strokeDasharray={style.dash} />
            </svg>
            {line.name}
          </li>
        );
      })}
    </ul>
  );
}

/** Values per round as a line chart, with a visually hidden table of the same figures. Props in, nothing fetched. */
export function TrendChart(props: TrendChartProps) {
  const format = (value: number | null | undefined) => (value === null || value === undefined ? "Not measured" : String(value));
  return (
    <figure aria-label={props.label} className="w-full">
      {props.layout === "combined" ? (
        <>
          <Chart props={props} lines={props.lines} height="h-72" showAxisLabels />
          <Legend lines={props.lines} />
        </>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {props.lines.map((line) => (
            <div key={line.key} className="rounded-control border border-border p-3">
              <p aria-hidden="true" className="mb-1 text-small font-semibold text-ink">
                {line.name}
              </p>
              <Chart props={{ ...props, lines: [line] }} lines={[line]} height="h-32" showAxisLabels={false} />
            </div>
          ))}
        </div>
      )}
      <table className="sr-only">
        <caption>{props.label}</caption>
        <thead>
          <tr>
            <th scope="col">{props.valueHeading}</th>
            {props.rounds.map((round) => (
              <th key={round.id} scope="col">
                {round.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.lines.map((line) => (
            <tr key={line.key}>
              <th scope="row">{line.name}</th>
              {props.rounds.map((round, i) => (
                <td key={round.id}>{format(line.values[i])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
