"use client";

import type { ReactNode } from "react";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";

export interface RadarPoint {
  axis: string;
  /** 0–100; null draws at the centre and is labelled as not scored. */
  value: number | null;
}

/** One polygon of a radar: the key of its values in the data rows, and how it is drawn. */
export interface RadarSeries {
  dataKey: string;
  name: string;
  /** A CSS colour, usually a token such as var(--color-brand). */
  color: string;
  fillOpacity: number;
  /** Draws the outline dashed and without dots, so two series differ by more than colour. */
  isDashed?: boolean;
}

export interface ScoreRadarProps {
  label: string;
  /** One row per axis: `axis` is its label, each series reads its own key. */
  data: readonly ({ axis: string } & Record<string, string | number>)[];
  series: readonly RadarSeries[];
  domain: readonly [number, number];
  /** Rings drawn from the centre to the edge, including both ends. */
  ringCount: number;
  /** Height classes of the drawing area. */
  heightClassName?: string;
  fontSize?: number;
  /** Axis labels wider than this (in px) wrap onto more lines; long names need it. */
  labelWidth?: number;
  outerRadius?: string;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Shown under the chart, e.g. a legend for more than one series. */
  caption?: ReactNode;
}

/** The shared radar: props in, nothing fetched; a table beside it carries the same data for screen readers. */
export function ScoreRadar(props: ScoreRadarProps) {
  const fontSize = props.fontSize ?? 13;
  return (
    <figure aria-label={props.label} className="w-full text-muted">
      <div className={props.heightClassName ?? "h-80"}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height: 320 }}>
          <RadarChart
            data={[...props.data]}
            outerRadius={props.outerRadius ?? "72%"}
            margin={props.margin ?? { top: 8, right: 24, bottom: 8, left: 24 }}
          >
            <PolarGrid stroke="var(--color-border)" />
            <PolarAngleAxis
              dataKey="axis"
              tick={{ fill: "var(--color-ink)", fontSize, ...(props.labelWidth ? { width: props.labelWidth } : {}) }}
            />
            {/* Rings only; the numbers live in the table beside the chart. */}
            <PolarRadiusAxis domain={[...props.domain]} tickCount={props.ringCount} tick={false} axisLine={false} />
            {props.series.map((s) => (
              <Radar
                key={s.dataKey}
                name={s.name}
                dataKey={s.dataKey}
                stroke={s.color}
                fill={s.color}
                fillOpacity={s.fillOpacity}
                strokeWidth={2}
                strokeDasharray={s.isDashed ? "6 4" : undefined}
                isAnimationActive={false}
                dot={!s.isDashed}
              />
            ))}
          </RadarChart>
        </ResponsiveContainer>
      </div>
      {props.caption}
    </figure>
  );
}

/** A radar of 0–100 scores. Props in, nothing fetched; the score table beside it carries the same data for screen readers. */
export function PillarRadar({ points, label }: { points: readonly RadarPoint[]; label: string }) {
  const data = points.map((p) => ({ axis: p.value === null ? `${p.axis} (n/a)` : p.axis, value: p.value ?? 0 }));
  return (
    <ScoreRadar
      label={label}
      data={data}
      series={[{ dataKey: "value", name: "Score", color: "var(--color-brand)", fillOpacity: 0.25 }]}
      domain={[0, 100]}
      ringCount={6}
    />
  );
}
