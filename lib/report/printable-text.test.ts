import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { collectStrings, findUndrawableCharacters, makePrintable, mapStrings, REPLACEMENT } from "./printable-text";

// A stand-in for a latin font: printable ASCII, Latin-1, curly quotes, dashes, bullet, ellipsis.
const LATIN = new Set<number>([
  ...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 0xff - 0xa0 + 1 }, (_, i) => 0xa0 + i),
  0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026,
]);
const isLatin = (codePoint: number) => LATIN.has(codePoint);

describe("makePrintable", () => {
  it("leaves drawable text alone, line breaks included", () => {
    expect(makePrintable("Salesforce – “Core” tool…\nSecond line", isLatin)).toBe("Salesforce – “Core” tool…\nSecond line");
  });

  it("substitutes symbols the font lacks with plain equivalents", () => {
    expect(makePrintable("Export → dashboards ≥ 3 ✓", isLatin)).toBe("Export -> dashboards >= 3 v");
  });

  it("drops accents the font cannot draw, keeps those it can, and marks the rest", () => {
    expect(makePrintable("Dvořák café", isLatin)).toBe("Dvorák café");
    expect(makePrintable("客户 data", isLatin)).toBe(`${REPLACEMENT}${REPLACEMENT} data`);
  });

  it("removes invisible and control characters and turns tabs into spaces", () => {
    expect(makePrintable("a\u200bb\u00adc\td\u0007e\r\nf", isLatin)).toBe("abc de\nf");
  });

  it("always returns text the font can draw", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) =>
        [...makePrintable(text, isLatin)].every((c) => c === "\n" || isLatin(c.codePointAt(0) ?? 0)),
      ),
    );
  });
});

describe("mapStrings and collectStrings", () => {
  const value = { a: "x", list: ["y", { b: "z", n: 3, none: null }], flag: true };

  it("maps every string, deeply, and keeps everything else", () => {
    expect(mapStrings(value, (s) => s.toUpperCase())).toEqual({ a: "X", list: ["Y", { b: "Z", n: 3, none: null }], flag: true });
    expect(value.a).toBe("x");
  });

  it("collects every string in document order", () => {
    expect(collectStrings(value)).toEqual(["x", "y", "z"]);
  });

  it("lists each undrawable character once, with an example", () => {
    expect(findUndrawableCharacters(["ok", "a ✓ b", "✓ again", "→"], isLatin)).toEqual([
      { character: "✓", codePoint: "U+2713", example: "a ✓ b" },
      { character: "→", codePoint: "U+2192", example: "→" },
    ]);
  });
});
