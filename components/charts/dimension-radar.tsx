"use client";

import { ScoreRadar } from "./pillar-radar";

const TODAY_COLOR = "var(--color-brand)";
// Indigo in light mode, pale lavender in dark: apart from the brand teal in both.
const TARGET_COLOR = "var(--color-level-5)";

export interface DimensionRadarPoint {
  axis: string;
  /** Level 1–5 today; null (not applicable or unanswered) draws at the centre. */
  today: number | null;
  /** Target level 1–5; null draws at the centre. */
  target: number | null;
}

/**
 * The thirteen GenAI dimensions on one radar: today (filled) against the target (dashed).
 * Props in, nothing fetched; the gap table on the page carries the same figures.
 */
export function DimensionRadar({ points, label }: { points: readonly DimensionRadarPoint[]; label: string }) {
  const data = points.map((p) => ({
    axis: p.today === null ? `${p.axis} (n/a)` : p.axis,
    today: p.today ?? 0,
    target: p.target ?? p.today ?? 0,
  }));
  return (
    <ScoreRadar
      label={label}
      data={data}
      series={[
        { dataKey: "target", name: "Target", color: TARGET_COLOR, fillOpacity: 0.06, isDashed: true },
        { dataKey: "today", name: "Today", color: TODAY_COLOR, fillOpacity: 0.3 },
      ]}
      domain={[0, 5]}
      ringCount={6}
      heightClassName="h-[22rem] sm:h-[26rem]"
      fontSize={11}
      labelWidth={100}
      outerRadius="66%"
      margin={{ top: 16, right: 16, bottom: 8, left: 16 }}
      caption={
        <figcaption className="mt-2 flex flex-wrap justify-center gap-x-6 gap-y-1 text-small text-ink">
          <span className="inline-flex items-center gap-2">
            <svg viewBox="0 0 24 8" aria-hidden="true" className="h-2 w-6">
              <line x1="0" y1="4" x2="24" y2="4" stroke={TODAY_COLOR} strokeWidth="3" />
            </svg>
            Today
          </span>
          <span className="inline-flex items-center gap-2">
            <svg viewBox="0 0 24 8" aria-hidden="true" className="h-2 w-6">
              <line x1="0" y1="4" x2="24" y2="4" stroke={TARGET_COLOR} strokeWidth="3" strokeDasharray="6 4" />
            </svg>
            Target
          </span>
        </figcaption>
      }
    />
  );
}
