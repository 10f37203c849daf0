"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";

export interface RadarPoint {
  axis: string;
  /** 0–100; null draws at the centre and is labelled as not scored. */
  value: number | null;
}

/** A radar of 0–100 scores. Props in, nothing fetched; the score table beside it carries the same data for screen readers. */
export function PillarRadar({ points, label }: { points: readonly RadarPoint[]; label: string }) {
  const data = points.map((p) => ({ axis: p.value === null ? `${p.axis} (n/a)` : p.axis, value: p.value ?? 0 }));
  return (
    <figure aria-label={label} className="h-80 w-full text-muted">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height: 320 }}>
        <RadarChart data={data} outerRadius="72%" margin={{ top: 8, right: 24, bottom: 8, left: 24 }}>
          <PolarGrid stroke="var(--color-border)" />
          <PolarAngleAxis dataKey="axis" tick={{ fill: "var(--color-ink)", fontSize: 13 }} />
          {/* Rings mark 0–100 in steps of 20 (the level bands); numbers live in the table beside it. */}
          <PolarRadiusAxis domain={[0, 100]} tickCount={6} tick={false} axisLine={false} />
          <Radar
            name="Score"
            dataKey="value"
            stroke="var(--color-brand)"
            fill="var(--color-brand)"
            fillOpacity={0.25}
            strokeWidth={2}
            isAnimationActive={false}
            dot
          />
        </RadarChart>
      </ResponsiveContainer>
    </figure>
  );
}
