import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  axisAngle,
  axisAngles,
  axisEnds,
  labelLayout,
  ringPolygons,
  toPointsAttribute,
  polygonsPath,
  segmentsPath,
  dotsPath,
  valueFraction,
  valuePolygon,
  wrapLabel,
  type RadarFrame,
} from "./radar-geometry";

const frame = (axisCount: number): RadarFrame => ({ cx: 100, cy: 100, radius: 50, axisCount });
const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

describe("axes", () => {
  it("puts axis 0 at 12 o'clock and the others clockwise at equal angles", () => {
    expect(axisAngle(0, 5)).toBeCloseTo(-Math.PI / 2);
    const angles = axisAngles(13);
    expect(angles).toHaveLength(13);
    for (let i = 1; i < angles.length; i++) expect((angles[i] ?? 0) - (angles[i - 1] ?? 0)).toBeCloseTo((2 * Math.PI) / 13);
    // Clockwise in SVG (y down): axis 1 of 4 points right.
    const [top, right, bottom, left] = axisEnds(frame(4));
    expect(top).toEqual({ x: expect.closeTo(100), y: expect.closeTo(50) });
    expect(right).toEqual({ x: expect.closeTo(150), y: expect.closeTo(100) });
    expect(bottom).toEqual({ x: expect.closeTo(100), y: expect.closeTo(150) });
    expect(left).toEqual({ x: expect.closeTo(50), y: expect.closeTo(100) });
  });

  it("refuses fewer than three axes or a fractional count", () => {
    expect(() => axisAngles(2)).toThrow(RangeError);
    expect(() => axisAngle(0, 4.5)).toThrow(RangeError);
  });

  it("places every axis end on the outer radius, for any N", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 40 }), (n) =>
        axisEnds(frame(n)).every((p) => close(Math.hypot(p.x - 100, p.y - 100), 50)),
      ),
    );
  });
});

describe("rings", () => {
  it("draws ringCount polygons of N points at equal radial steps, the last on the edge", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 20 }), fc.integer({ min: 1, max: 10 }), (n, rings) => {
        const polygons = ringPolygons(frame(n), rings);
        return (
          polygons.length === rings &&
          polygons.every((polygon, r) =>
            polygon.length === n && polygon.every((p) => close(Math.hypot(p.x - 100, p.y - 100), (50 * (r + 1)) / rings)),
          )
        );
      }),
    );
  });

  it("refuses a ring count below one", () => {
    expect(() => ringPolygons(frame(5), 0)).toThrow(RangeError);
  });
});

describe("values", () => {
  it("maps the domain linearly from the centre to the edge, clamping outside it", () => {
    expect(valueFraction(0, [0, 100])).toBe(0);
    expect(valueFraction(40, [0, 100])).toBeCloseTo(0.4);
    expect(valueFraction(100, [0, 100])).toBe(1);
    expect(valueFraction(3, [0, 5])).toBeCloseTo(0.6);
    expect(valueFraction(120, [0, 100])).toBe(1);
    expect(valueFraction(-5, [0, 100])).toBe(0);
  });

  it("puts a missing value at the centre", () => {
    expect(valueFraction(null, [0, 100])).toBe(0);
    const [p] = valuePolygon(frame(5), [null, 50, 50, 50, 50], [0, 100]);
    expect(p).toEqual({ x: 100, y: 100 });
  });

  it("gives one point per axis, at the value's distance along that axis", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 100 })), { minLength: 3, maxLength: 13 }), (values) => {
        const points = valuePolygon(frame(values.length), values, [0, 100]);
        return points.every((p, i) => close(Math.hypot(p.x - 100, p.y - 100), ((values[i] ?? 0) / 100) * 50));
      }),
    );
  });

  it("refuses a value list that does not match the axes, and an empty domain", () => {
    expect(() => valuePolygon(frame(5), [1, 2, 3], [0, 5])).toThrow(RangeError);
    expect(() => valueFraction(1, [5, 5])).toThrow(RangeError);
  });

  it("writes an SVG points attribute rounded to hundredths", () => {
    expect(toPointsAttribute([{ x: 1.23456, y: 2 }, { x: 0, y: -3.999 }])).toBe("1.23,2 0,-4");
  });
});

describe("labels", () => {
  it("wraps at spaces and keeps a long word whole", () => {
    expect(wrapLabel("Product Marketing & Competitive Intelligence", 17)).toEqual([
      "Product Marketing",
      "& Competitive",
      "Intelligence",
    ]);
    expect(wrapLabel("Data", 10)).toEqual(["Data"]);
    expect(wrapLabel("Supercalifragilistic tools", 8)).toEqual(["Supercalifragilistic", "tools"]);
  });

  it("centres the top and bottom labels and aligns side labels away from the chart", () => {
    const options = { lineCount: 1, fontSize: 10, lineHeight: 12, gap: 5 };
    expect(labelLayout(frame(4), 0, options).textAnchor).toBe("middle");
    expect(labelLayout(frame(4), 1, options).textAnchor).toBe("start");
    expect(labelLayout(frame(4), 2, options).textAnchor).toBe("middle");
    expect(labelLayout(frame(4), 3, options).textAnchor).toBe("end");
  });

  it("stacks a label's lines away from the chart: upwards at the top, downwards at the bottom", () => {
    const options = { lineCount: 3, fontSize: 10, lineHeight: 12, gap: 5 };
    const top = labelLayout(frame(4), 0, options);
    // The last line of the top label ends on the anchor, 5 pt above the outer ring (y = 45).
    expect(top.baselines.at(-1)).toBeCloseTo(45);
    expect(top.baselines).toEqual([expect.closeTo(21), expect.closeTo(33), expect.closeTo(45)]);
    const bottom = labelLayout(frame(4), 2, options);
    // The first line of the bottom label starts below the anchor (y = 155).
    expect(bottom.baselines[0]).toBeGreaterThan(155);
  });
});

describe("paths for several shapes drawn as one element", () => {
  it("closes each polygon and joins them", () => {
    expect(polygonsPath([[{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 5, y: 8.666 }], [], [{ x: 1, y: 1 }, { x: 2, y: 2 }]])).toBe(
      "M0 0L10 0L5 8.67ZM1 1L2 2Z",
    );
  });

  it("draws a segment from the centre to each end", () => {
    expect(segmentsPath({ x: 5, y: 5 }, [{ x: 5, y: 0 }, { x: 10.004, y: 5 }])).toBe("M5 5L5 0M5 5L10 5");
  });

  it("draws each dot as two half arcs around its centre", () => {
    expect(dotsPath([{ x: 10, y: 20 }], 2.2)).toBe("M7.8 20a2.2 2.2 0 1 0 4.4 0a2.2 2.2 0 1 0 -4.4 0Z");
  });
});
