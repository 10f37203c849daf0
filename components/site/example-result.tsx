import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

export interface ExampleAxis {
  name: string;
  /** Example score on the 1–5 scale. */
  value: number;
}

export interface ExampleResultProps {
  axes: readonly ExampleAxis[];
  levelNumber: 1 | 2 | 3 | 4 | 5;
  levelName: string;
  disconnectName: string;
  disconnectText: string;
  firstPhase: string;
}

const LEVEL_SWATCH: Record<ExampleResultProps["levelNumber"], string> = {
  1: "bg-level-1 text-on-level-1",
  2: "bg-level-2 text-on-level-2",
  3: "bg-level-3 text-on-level-3",
  4: "bg-level-4 text-on-level-4",
  5: "bg-level-5 text-on-level-5",
};

const SIZE = 300;
const CENTER = SIZE / 2;
const RADIUS = 100;
// Room around the chart for the axis labels.
const VIEWBOX = "-42 20 384 260";

function point(index: number, count: number, radius: number): [number, number] {
  const angle = (-90 + (360 / count) * index) * (Math.PI / 180);
  return [CENTER + radius * Math.cos(angle), CENTER + radius * Math.sin(angle)];
}

function polygon(count: number, radiusOf: (index: number) => number): string {
  return Array.from({ length: count }, (_, i) => point(i, count, radiusOf(i)).map((n) => n.toFixed(1)).join(",")).join(" ");
}

/** A static, server-rendered preview of a result page, clearly labelled as an example. */
export function ExampleResult({ axes, levelNumber, levelName, disconnectName, disconnectText, firstPhase }: ExampleResultProps) {
  const count = axes.length;
  const description = `Radar chart of example pillar scores out of 5: ${axes.map((a) => `${a.name} ${a.value.toFixed(1)}`).join(", ")}.`;
  return (
    <Card as="figure" tone="raised" padding="none" className="overflow-hidden shadow-raised" aria-label="An example result, for illustration">
      <div className="flex items-center justify-between gap-3 border-b border-border px-5 py-3.5 sm:px-6">
        <Badge tone="neutral">Example result</Badge>
        <span className="text-xs text-muted">For illustration</span>
      </div>

      <div className="px-5 pt-5 sm:px-6">
        <div className="flex items-center gap-3.5">
          <span
            aria-hidden="true"
            className={`grid size-12 shrink-0 place-items-center rounded-control text-2xl font-semibold tabular-nums ${LEVEL_SWATCH[levelNumber]}`}
          >
            {levelNumber}
          </span>
          <p className="min-w-0">
            <span className="block text-xs font-medium text-muted">Overall: level {levelNumber} of 5</span>
            <span className="block text-title">{levelName}</span>
          </p>
        </div>

        <svg viewBox={VIEWBOX} role="img" aria-label={description} className="mx-auto mt-4 block w-full max-w-[23rem]">
          {[1, 2, 3, 4, 5].map((ring) => (
            <polygon
              key={ring}
              points={polygon(count, () => (RADIUS * ring) / 5)}
              fill="none"
              strokeWidth="1"
              className={ring === 5 ? "stroke-border-strong" : "stroke-border"}
            />
          ))}
          {axes.map((axis, i) => {
            const [x, y] = point(i, count, RADIUS);
            return <line key={axis.name} x1={CENTER} y1={CENTER} x2={x} y2={y} strokeWidth="1" className="stroke-border" />;
          })}
          <polygon
            points={polygon(count, (i) => (RADIUS * (axes[i]?.value ?? 0)) / 5)}
            strokeWidth="2"
            strokeLinejoin="round"
            className="fill-brand/15 stroke-brand"
          />
          {axes.map((axis, i) => {
            const [x, y] = point(i, count, (RADIUS * axis.value) / 5);
            return <circle key={axis.name} cx={x} cy={y} r="3.5" className="fill-brand stroke-surface" strokeWidth="1.5" />;
          })}
          {axes.map((axis, i) => {
            const [x, y] = point(i, count, RADIUS + 20);
            const anchor = Math.abs(x - CENTER) < 4 ? "middle" : x > CENTER ? "start" : "end";
            return (
              <text
                key={axis.name}
                x={x}
                y={y}
                dy="0.35em"
                textAnchor={anchor}
                className="fill-muted text-[13px] font-medium"
                aria-hidden="true"
              >
                {axis.name}
              </text>
            );
          })}
        </svg>
      </div>

      <div className="m-5 mt-1 rounded-control bg-sunken p-4 sm:m-6 sm:mt-1">
        <p className="text-xs font-semibold tracking-[0.08em] text-muted uppercase">Biggest disconnect</p>
        <p className="mt-1 font-semibold text-ink">{disconnectName}</p>
        <p className="mt-1 text-small text-muted">{disconnectText}</p>
      </div>

      <p className="flex items-center gap-2 border-t border-border px-5 py-3.5 text-small text-muted sm:px-6">
        <span aria-hidden="true" className="size-1.5 rounded-pill bg-brand" />
        First move: {firstPhase}
      </p>
    </Card>
  );
}
