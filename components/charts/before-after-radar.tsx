"use client";

import { ScoreRadar } from "./pillar-radar";

const AFTER_COLOR = "var(--color-brand)";
// Indigo in light mode, pale lavender in dark: apart from the brand teal in both.
const BEFORE_COLOR = "var(--color-level-5)";

export interface BeforeAfterPoint {
  axis: string;
  /** Null (not measured) draws at the centre and is labelled "n/a". */
  before: number | null;
  after: number | null;
}

/**
 * Two rounds on one radar: the earlier one dashed, the later one filled. The geometry is the
 * shared ScoreRadar's; props in, nothing fetched; the delta table beside it carries the figures.
 */
export function BeforeAfterRadar(props: {
  label: string;
  points: readonly BeforeAfterPoint[];
  beforeName: string;
  afterName: string;
  domain: readonly [number, number];
  /** Many long axis names (the thirteen GenAI dimensions) need a smaller type and more room. */
  isDense?: boolean;
}) {
  const data = props.points.map((p) => ({
    axis: p.before === null || p.after === null ? `${p.axis} (n/a)` : p.axis,
    before: p.before ?? props.domain[0],
    after: p.after ?? props.domain[0],
  }));
  return (
    <ScoreRadar
      label={props.label}
      data={data}
      series={[
        { dataKey: "before", name: props.beforeName, color: BEFORE_COLOR, fillOpacity: 0.06, isDashed: true },
        { dataKey: "after", name: props.afterName, color: AFTER_COLOR, fillOpacity: 0.3 },
      ]}
      domain={props.domain}
      ringCount={props.domain[1] - props.domain[0] > 10 ? 6 : props.domain[1] - props.domain[0] + 1}
      {...(props.isDense
        ? {
            heightClassName: "h-[22rem] sm:h-[26rem]",
            fontSize: 11,
            labelWidth: 100,
            outerRadius: "66%",
            margin: { top: 16, right: 16, bottom: 8, left: 16 },
          }
        : {})}
      caption={
        <figcaption className="mt-2 flex flex-wrap justify-center gap-x-6 gap-y-1 text-small text-ink">
          <span className="inline-flex items-center gap-2">
            <svg viewBox="0 0 24 8" aria-hidden="true" className="h-2 w-6">
              <line x1="0" y1="4" x2="24" y2="4" stroke={BEFORE_COLOR} strokeWidth="3" strokeDasharray="6 4" />
            </svg>
            {props.beforeName}
          </span>
          <span className="inline-flex items-center gap-2">
            <svg viewBox="0 0 24 8" aria-hidden="true" className="h-2 w-6">
              <line x1="0" y1="4" x2="24" y2="4" stroke={AFTER_COLOR} strokeWidth="3" />
            </svg>
            {props.afterName}
          </span>
        </figcaption>
      }
    />
  );
}
