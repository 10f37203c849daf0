"use client";

import { ScoreRadar } from "./pillar-radar";

// Teal for the first function, orange (dashed) for the second: apart in hue and in line style.
const FIRST_COLOR = "var(--color-brand)";
const SECOND_COLOR = "var(--color-level-2)";

export interface FunctionGapRadarPoint {
  axis: string;
  /** The first function's median (0–100 points or a level 1–5); null draws at the centre. */
  first: number | null;
  second: number | null;
}

export interface FunctionGapRadarProps {
  label: string;
  /** Series names, e.g. "Marketing" and "IT". */
  firstName: string;
  secondName: string;
  points: readonly FunctionGapRadarPoint[];
  /** [0, 100] for Convergence pillar scores, [0, 5] for GenAI levels. */
  domain: readonly [number, number];
}

function LegendLine({ color, isDashed }: { color: string; isDashed?: boolean }) {
  return (
    <svg viewBox="0 0 24 8" aria-hidden="true" className="h-2 w-6">
      <line x1="0" y1="4" x2="24" y2="4" stroke={color} strokeWidth="3" strokeDasharray={isDashed ? "6 4" : undefined} />
    </svg>
  );
}

/**
 * Two functions' medians on one radar, one series each (the perception gap). Props in, nothing
 * fetched; the ranked gap table beside it carries the same figures for screen readers.
 */
export function FunctionGapRadar({ label, firstName, secondName, points, domain }: FunctionGapRadarProps) {
  const isLevels = domain[1] <= 5;
  const data = points.map((p) => ({
    axis: p.first === null || p.second === null ? `${p.axis} (n/a)` : p.axis,
    first: p.first ?? 0,
    second: p.second ?? 0,
  }));
  return (
    <ScoreRadar
      label={label}
      data={data}
      series={[
        { dataKey: "first", name: firstName, color: FIRST_COLOR, fillOpacity: 0.22 },
        { dataKey: "second", name: secondName, color: SECOND_COLOR, fillOpacity: 0.08, isDashed: true },
      ]}
      domain={domain}
      ringCount={6}
      heightClassName={isLevels ? "h-[22rem] sm:h-[26rem]" : "h-80"}
      fontSize={isLevels ? 11 : 13}
      labelWidth={isLevels ? 100 : undefined}
      outerRadius={isLevels ? "66%" : "72%"}
      margin={isLevels ? { top: 16, right: 16, bottom: 8, left: 16 } : undefined}
      caption={
        <figcaption className="mt-2 flex flex-wrap justify-center gap-x-6 gap-y-1 text-small text-ink">
          <span className="inline-flex items-center gap-2">
            <LegendLine color={FIRST_COLOR} />
            {firstName}
          </span>
          <span className="inline-flex items-center gap-2">
            <LegendLine color={SECOND_COLOR} isDashed />
            {secondName}
          </span>
        </figcaption>
      }
    />
  );
}
