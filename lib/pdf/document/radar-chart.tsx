/**
 * A radar chart drawn as vector graphics with react-pdf's SVG primitives, from the shared
 * geometry in lib/report/radar-geometry.ts. It prints sharp at any zoom and its labels are
 * real text (searchable, and read by pdftotext in the tests).
 */
import { G, Line, Path, Polygon, Svg, Text, Tspan, View } from "@react-pdf/renderer";
import {
  axisEnds,
  labelLayout,
  pointOnAxis,
  axisAngle,
  dotsPath,
  polygonsPath,
  ringPolygons,
  segmentsPath,
  toPointsAttribute,
  valuePolygon,
  wrapLabel,
  type RadarFrame,
} from "@/lib/report/radar-geometry";
import type { ReportRadar } from "@/lib/report/types";
import { FONT_STACK } from "../fonts";
import { COLORS, type } from "./theme";

const SERIES_COLORS = { filled: COLORS.brand, dashed: COLORS.target } as const;

export interface RadarChartProps {
  radar: ReportRadar;
  width: number;
  height: number;
  radius: number;
  labelFontSize: number;
  /** Labels wrap at this many characters. */
  labelMaxChars: number;
}

// SVG text takes its font from props that react-pdf reads but its typings do not declare.
const svgFont = (fontSize: number, fontWeight: number) =>
  ({ fontFamily: FONT_STACK, fontSize, fontWeight }) as Record<string, unknown>;

/** The radar itself, followed by a legend when it has more than one series. */
export function RadarChart({ radar, width, height, radius, labelFontSize, labelMaxChars }: RadarChartProps) {
  const frame: RadarFrame = { cx: width / 2, cy: height / 2, radius, axisCount: radar.axes.length };
  const rings = ringPolygons(frame, radar.ringCount);
  const spokes = axisEnds(frame);
  const [low, high] = radar.domain;
  const lineHeight = labelFontSize * 1.2;
  const topAngle = axisAngle(0, frame.axisCount);

  return (
    <View style={{ alignItems: "center" }}>
      <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        {/* The outer ring, tinted, first; then the inner rings and the spokes over its tint. Shapes
            of one style are one path: every SVG element costs layout and drawing time. */}
        {rings.length > 0 ? (
          <Polygon points={toPointsAttribute(rings[rings.length - 1] ?? [])} fill={COLORS.canvas} stroke={COLORS.borderStrong} strokeWidth={0.8} />
        ) : null}
        <Path
          d={`${polygonsPath(rings.slice(0, -1))}${segmentsPath({ x: frame.cx, y: frame.cy }, spokes)}`}
          fill="none"
          stroke={COLORS.border}
          strokeWidth={0.6}
        />
        {radar.series.map((series) => {
          const points = valuePolygon(frame, series.values, radar.domain);
          const color = SERIES_COLORS[series.style];
          return series.style === "filled" ? (
            <G key={series.id}>
              <Polygon points={toPointsAttribute(points)} fill={color} fillOpacity={0.2} stroke={color} strokeWidth={1.6} />
              <Path d={dotsPath(points, 2.2)} fill={color} />
            </G>
          ) : (
            <Polygon
              key={series.id}
              points={toPointsAttribute(points)}
              fill="none"
              stroke={color}
              strokeWidth={1.4}
              strokeDasharray="4 3"
            />
          );
        })}
        {/* Ring values along the top spoke, just inside each ring so the axis label above stays
            clear; the outer ring's value is left to the caption, where it would crowd the label. */}
        {rings.slice(0, -1).map((_, i) => {
          const value = low + ((high - low) * (i + 1)) / radar.ringCount;
          const p = pointOnAxis(frame, topAngle, (i + 1) / radar.ringCount);
          return (
            <Text key={`tick-${i}`} x={p.x + 3} y={p.y + 7} fill={COLORS.muted} {...svgFont(6, 400)}>
              <Tspan x={p.x + 3} y={p.y + 7}>
                {String(Math.round(value * 100) / 100)}
              </Tspan>
            </Text>
          );
        })}
        {radar.axes.map((axis, i) => {
          const lines = wrapLabel(axis, labelMaxChars);
          const layout = labelLayout(frame, i, { lineCount: lines.length, fontSize: labelFontSize, lineHeight, gap: 7 });
          return (
            <Text key={`label-${i}`} x={layout.x} y={layout.baselines[0] ?? 0} fill={COLORS.ink} {...svgFont(labelFontSize, 600)}>
              {lines.map((line, j) => (
                <Tspan key={j} x={layout.x} y={layout.baselines[j] ?? 0} textAnchor={layout.textAnchor}>
                  {line}
                </Tspan>
              ))}
            </Text>
          );
        })}
      </Svg>
      {radar.series.length > 1 ? (
        <View style={{ flexDirection: "row", justifyContent: "center", marginTop: 4 }}>
          {radar.series.map((series) => (
            <View key={series.id} style={{ flexDirection: "row", alignItems: "center", marginHorizontal: 10 }}>
              <Svg width={22} height={8} viewBox="0 0 22 8">
                <Line
                  x1={0}
                  y1={4}
                  x2={22}
                  y2={4}
                  stroke={SERIES_COLORS[series.style]}
                  strokeWidth={2.5}
                  {...(series.style === "dashed" ? { strokeDasharray: "4 3" } : {})}
                />
              </Svg>
              <Text style={{ ...type(8.5), marginLeft: 5 }}>{series.name}</Text>
            </View>
          ))}
        </View>
      ) : null}
      <Text style={{ ...type(8), color: COLORS.muted, marginTop: 6, textAlign: "center", maxWidth: 400 }}>{radar.caption}</Text>
    </View>
  );
}
