// Reads a PDF response back with poppler (pdfinfo, pdftotext), for the tests that check what the
// executive report prints.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

export interface ReadPdf {
  text: string;
  pages: number;
  /** The text of each page, in order. */
  pageTexts: string[];
  /** Each page's size in points, "595.28 x 841.89" for A4. */
  pageSizes: string[];
}

export const A4 = "595.28 x 841.89";

/** Writes the response's PDF into `dir` and reads it back with poppler. */
export async function readPdf(response: Response, dir: string, name: string): Promise<ReadPdf> {
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  // pdftotext separates pages with a form feed.
  const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
  const sizes = execFileSync("pdfinfo", ["-f", "1", "-l", String(pages), path], { encoding: "utf8" });
  const pageSizes = [...sizes.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/gm)].map((m) => m[1] ?? "");
  return { text, pages, pageTexts: text.split("\f").slice(0, pages), pageSizes };
}

/** Words separated by any run of whitespace, so line wrapping and layout columns do not matter. */
export const flat = (text: string) => text.replace(/\s+/g, " ");

/** Text without any whitespace: letter-spaced capitals ("T O O L") read as words again. */
export const squeezed = (text: string) => text.replace(/\s+/g, "");
