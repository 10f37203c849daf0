/**
 * Geometry of a radar chart with N axes, as plain numbers: the PDF draws it with react-pdf's
 * SVG primitives, and any other renderer could draw the same shape from the same points.
 *
 * Conventions: SVG coordinates (y grows downwards); axis 0 points straight up and the others
 * follow clockwise at equal angles; a value maps linearly from the domain's low end (the centre)
 * to its high end (the edge); a missing value sits at the centre.
 */

export interface Point {
  x: number;
  y: number;
}

/** Where a radar sits: its centre, the radius of its outer ring, and how many axes it has. */
export interface RadarFrame {
  cx: number;
  cy: number;
  radius: number;
  axisCount: number;
}

/** Fewer than three axes make a line, not a polygon. */
export const MIN_AXES = 3;

function assertAxisCount(axisCount: number): void {
  if (!Number.isInteger(axisCount) || axisCount < MIN_AXES) {
    throw new RangeError(`A radar needs a whole number of axes, at least ${MIN_AXES} (got ${axisCount})`);
  }
}

/** The angle in radians of axis `index` of `axisCount`: −π/2 (12 o'clock) for axis 0, then clockwise. */
export function axisAngle(index: number, axisCount: number): number {
  assertAxisCount(axisCount);
  return -Math.PI / 2 + (2 * Math.PI * index) / axisCount;
}

/** The angles of all axes, in order. */
export function axisAngles(axisCount: number): number[] {
  assertAxisCount(axisCount);
  return Array.from({ length: axisCount }, (_, i) => axisAngle(i, axisCount));
}

/** The point at `fraction` of the radius (0 = centre, 1 = outer ring) along an angle. */
export function pointOnAxis(frame: RadarFrame, angle: number, fraction: number): Point {
  return {
    x: frame.cx + frame.radius * fraction * Math.cos(angle),
    y: frame.cy + frame.radius * fraction * Math.sin(angle),
  };
}

/** The outer end of every axis: where the spokes are drawn to. */
export function axisEnds(frame: RadarFrame): Point[] {
  return axisAngles(frame.axisCount).map((angle) => pointOnAxis(frame, angle, 1));
}

/** The rings: `ringCount` polygons at equal steps from the centre, the last on the outer edge. */
export function ringPolygons(frame: RadarFrame, ringCount: number): Point[][] {
  if (!Number.isInteger(ringCount) || ringCount < 1) throw new RangeError(`Ring count must be ≥ 1 (got ${ringCount})`);
  const angles = axisAngles(frame.axisCount);
  return Array.from({ length: ringCount }, (_, ring) =>
    angles.map((angle) => pointOnAxis(frame, angle, (ring + 1) / ringCount)),
  );
}

/** Where a value falls between the centre (0) and the edge (1); null and values below the domain give 0. */
export function valueFraction(value: number | null, domain: readonly [number, number]): number {
  const [low, high] = domain;
  if (!(high > low)) throw new RangeError(`Empty domain [${low}, ${high}]`);
  if (value === null || !Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, (value - low) / (high - low)));
}

/** The polygon of one series: one point per axis, in axis order. */
export function valuePolygon(frame: RadarFrame, values: readonly (number | null)[], domain: readonly [number, number]): Point[] {
  if (values.length !== frame.axisCount) {
    throw new RangeError(`Expected ${frame.axisCount} values, got ${values.length}`);
  }
  const angles = axisAngles(frame.axisCount);
  return values.map((value, i) => pointOnAxis(frame, angles[i] ?? 0, valueFraction(value, domain)));
}

/** Points as an SVG `points` attribute ("x,y x,y ..."), rounded to 0.01 so the output is stable. */
export function toPointsAttribute(points: readonly Point[]): string {
  const round = (n: number) => String(Math.round(n * 100) / 100);
  return points.map((p) => `${round(p.x)},${round(p.y)}`).join(" ");
}

const round2 = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Several shapes of one style as a single SVG path `d` attribute, so a chart draws them as one
 * element: closed polygons, open segments (each a pair of points) and filled dots (circles of
 * radius `r`, as two arcs). Rounded like toPointsAttribute.
 */
export function polygonsPath(polygons: readonly (readonly Point[])[]): string {
  return polygons
    .filter((points) => points.length > 0)
    .map((points) => `M${points.map((p) => `${round2(p.x)} ${round2(p.y)}`).join("L")}Z`)
    .join("");
}

/** Straight segments, each from `from` to one of `ends`, as one path `d` attribute. */
export function segmentsPath(from: Point, ends: readonly Point[]): string {
  return ends.map((end) => `M${round2(from.x)} ${round2(from.y)}L${round2(end.x)} ${round2(end.y)}`).join("");
}

/** Circles of radius `r` around each point, as one path `d` attribute (each circle two half arcs). */
export function dotsPath(centres: readonly Point[], r: number): string {
  const d = round2(2 * r);
  const radius = round2(r);
  return centres
    .map((c) => `M${round2(c.x - r)} ${round2(c.y)}a${radius} ${radius} 0 1 0 ${d} 0a${radius} ${radius} 0 1 0 -${d} 0Z`)
    .join("");
}

/** Splits a label into lines of at most `maxChars` characters at spaces (a longer word keeps its own line). */
export function wrapLabel(text: string, maxChars: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export type TextAnchor = "start" | "middle" | "end";

export interface LabelLayout {
  /** The anchor point's x and the baseline of each line, top to bottom. */
  x: number;
  baselines: number[];
  textAnchor: TextAnchor;
}

/**
 * Where to write an axis's label of `lineCount` lines: just outside the outer ring, aligned
 * away from the chart (left of axes on the left, right of those on the right, centred at the
 * top and bottom), and stacked so the block grows away from the chart, never into it.
 */
export function labelLayout(
  frame: RadarFrame,
  index: number,
  options: { lineCount: number; fontSize: number; lineHeight: number; gap: number },
): LabelLayout {
  const angle = axisAngle(index, frame.axisCount);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const anchor = pointOnAxis({ ...frame, radius: frame.radius + options.gap }, angle, 1);
  // Within ~8° of vertical a label is centred over (or under) its spoke.
  const textAnchor: TextAnchor = Math.abs(cos) < 0.14 ? "middle" : cos > 0 ? "start" : "end";
  const blockHeight = (options.lineCount - 1) * options.lineHeight;
  // The cap height of Inter is about 0.73 em; centring uses it so text looks centred on the anchor.
  const capHeight = options.fontSize * 0.73;
  let firstBaseline: number;
  if (sin < -0.5) firstBaseline = anchor.y - blockHeight; // above the chart: the block ends on the anchor
  else if (sin > 0.5) firstBaseline = anchor.y + capHeight; // below: the block starts on the anchor
  else firstBaseline = anchor.y - blockHeight / 2 + capHeight / 2; // beside: centred on the anchor
  return {
    x: anchor.x,
    baselines: Array.from({ length: options.lineCount }, (_, i) => firstBaseline + i * options.lineHeight),
    textAnchor,
  };
}
