/**
 * Rough, deliberately generous text heights, so a long table can be cut into pages before
 * react-pdf lays it out: each page then fits its sheet and is laid out once (lib/pdf/document-tree.ts
 * explains why that matters). Generous means a cut page ends with some white space rather than
 * overflowing; if one still overflows, the renderer notices (the sheet comes out taller than A4)
 * and draws the document again as it flows (lib/pdf/report-renderer.ts), so an estimate can cost
 * time, never content.
 */
import { PAGE } from "./theme";

/**
 * Inter's advance widths average about 0.55 em over mixed English text; 0.62 em covers runs of
 * capitals and wide letters, so the estimate rarely undercounts lines.
 */
const GENEROUS_EM_PER_CHARACTER = 0.62;

/** The height of a page's content area: A4 minus the margins. */
export const CONTENT_HEIGHT = PAGE.height - PAGE.marginTop - PAGE.marginBottom;

/** How many lines `text` takes at most in a column `width` points wide, at `fontSize`, wrapped at spaces. */
export function estimateLines(text: string, width: number, fontSize: number): number {
  const charactersPerLine = Math.max(1, Math.floor(width / (fontSize * GENEROUS_EM_PER_CHARACTER)));
  let lines = 1;
  let used = 0;
  for (const word of text.trim().split(/\s+/)) {
    if (word.length === 0) continue;
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= charactersPerLine) {
      used = needed;
      continue;
    }
    if (used > 0) lines += 1;
    // A word longer than a line is broken across lines.
    lines += Math.floor((word.length - 1) / charactersPerLine);
    used = ((word.length - 1) % charactersPerLine) + 1;
  }
  return lines;
}

/**
 * Cuts `items` into pages in order: the first page has `firstPageRoom` points for them, each
 * later page `pageRoom`; an item taller than a page gets a page of its own. Never answers an empty
 * page (but one empty page for no items), and says how much room the last page has left.
 */
export function cutIntoPages<T>(
  items: readonly T[],
  heightOf: (item: T) => number,
  firstPageRoom: number,
  pageRoom: number,
): { pages: T[][]; roomLeft: number } {
  const pages: T[][] = [[]];
  let room = firstPageRoom;
  for (const item of items) {
    const height = heightOf(item);
    const current = pages[pages.length - 1] ?? [];
    if (height > room && current.length > 0) {
      pages.push([item]);
      room = pageRoom - height;
    } else {
      current.push(item);
      room -= height;
    }
  }
  return { pages, roomLeft: room };
}
