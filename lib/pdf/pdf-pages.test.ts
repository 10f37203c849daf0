import { describe, expect, it } from "vitest";
import { pageHeights, pagesTallerThan } from "./pdf-pages";

/** The page objects of a PDF as pdfkit writes them (sizes as float32, as in its output). */
const pdfWithPages = (...heights: string[]) =>
  Buffer.from(
    `%PDF-1.3\n` +
      heights
        .map((h, i) => `${i + 3} 0 obj\n<<\n/Type /Page\n/Parent 1 0 R\n/MediaBox [0 0 595.280029 ${h}]\n/Contents ${i + 9} 0 R\n>>\nendobj\n`)
        .join("") +
      `%%EOF\n`,
    "latin1",
  );

describe("pageHeights", () => {
  it("reads each page's height in order", () => {
    expect(pageHeights(pdfWithPages("841.890015", "1203.5", "841.890015"))).toEqual([841.890015, 1203.5, 841.890015]);
  });

  it("finds no pages in bytes that are not a PDF react-pdf wrote", () => {
    expect(pageHeights(Buffer.from("%PDF-1.3\n%fake\n"))).toEqual([]);
  });
});

describe("pagesTallerThan", () => {
  it("lists the pages taller than A4, ignoring float32 rounding", () => {
    expect(pagesTallerThan(pdfWithPages("841.890015", "900", "841.89", "1500.25"), 841.89)).toEqual([1, 3]);
  });
});
