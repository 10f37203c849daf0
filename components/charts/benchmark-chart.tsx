"use client";

import { Bar, CartesianGrid, ComposedChart, ReferenceDot, ResponsiveContainer, XAxis, YAxis } from "recharts";

export interface BenchmarkChartRow {
  label: string;
  /** The cohort's quartiles; null draws no box (too few to show). */
  q1: number | null;
  median: number | null;
  q3: number | null;
  /** This result; null draws no marker. */
  you: number | null;
}

export interface BenchmarkChartProps {
  /** What the chart shows, for screen readers (the table beside it has the figures). */
  label: string;
  rows: readonly BenchmarkChartRow[];
  domain: readonly [number, number];
  ticks: readonly number[];
  /** The name of the marker in the legend, e.g. "Your score". */
  youLabel: string;
  /** Who the boxes stand for, in the legend: "the group" (peers) or "your clients" (a portfolio). */
  groupLabel?: string;
}

const ROW_HEIGHT = 34;

/** A short vertical stroke centred on the point recharts gives (the median on its row). */
function MedianTick(props: { cx?: number; cy?: number }) {
  const { cx, cy } = props;
  if (cx === undefined || cy === undefined) return <g />;
  return <line x1={cx} x2={cx} y1={cy - 9} y2={cy + 9} stroke="var(--color-brand)" strokeWidth={3} />;
}

/**
 * One row per part: a box from the group's lower to upper quartile, split at the median, and a
 * dot for this result. Props in, nothing fetched; the same chart draws a peer cohort and a
 * consultant's portfolio.
 */
export function BenchmarkChart({ label, rows, domain, ticks, youLabel, groupLabel = "the group" }: BenchmarkChartProps) {
  // Stacked bars: an invisible run up to the lower quartile, then quartile → median → quartile.
  const data = rows.map((r) => ({
    label: r.label,
    offset: r.q1 ?? 0,
    lower: r.q1 !== null && r.median !== null ? r.median - r.q1 : 0,
    upper: r.median !== null && r.q3 !== null ? r.q3 - r.median : 0,
  }));
  return (
    <figure aria-label={label} className="w-full text-muted">
      <div style={{ height: rows.length * ROW_HEIGHT + 48 }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: rows.length * ROW_HEIGHT + 48 }}>
          <ComposedChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} barCategoryGap={8}>
            <CartesianGrid horizontal={false} stroke="var(--color-border)" />
            <XAxis type="number" domain={[...domain]} ticks={[...ticks]} allowDataOverflow tick={{ fill: "var(--color-muted)", fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={176} tick={{ fill: "var(--color-ink)", fontSize: 13 }} interval={0} />
            <Bar dataKey="offset" stackId="box" fill="transparent" isAnimationActive={false} />
            <Bar dataKey="lower" stackId="box" fill="var(--color-brand-soft)" stroke="var(--color-brand)" isAnimationActive={false} />
            <Bar dataKey="upper" stackId="box" fill="var(--color-brand-soft)" stroke="var(--color-brand)" isAnimationActive={false} />
            {/* The median as a tick of its own, so it shows even when the middle half has no width. */}
            {rows.map((r) =>
              r.median === null ? null : (
                <ReferenceDot key={`median-${r.label}`} x={r.median} y={r.label} r={9} shape={MedianTick} ifOverflow="extendDomain" />
              ),
            )}
            {rows.map((r) =>
              r.you === null ? null : (
                <ReferenceDot
                  key={r.label}
                  x={Math.min(domain[1], Math.max(domain[0], r.you))}
                  y={r.label}
                  r={6}
                  fill="var(--color-level-2)"
                  stroke="var(--color-surface)"
                  strokeWidth={2}
                  ifOverflow="extendDomain"
                />
              ),
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-1 text-small">
        <span className="inline-flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-3 w-6 border border-brand bg-brand-soft" />
          Middle half of {groupLabel} (lower to upper quartile); the bold stroke is the median
        </span>
        <span className="inline-flex items-center gap-2">
          <span aria-hidden="true" className="inline-block size-3 rounded-full bg-level-2" />
          {youLabel}
        </span>
      </figcaption>
    </figure>
  );
}
