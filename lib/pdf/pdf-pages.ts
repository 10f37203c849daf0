/**
 * Reads the size of each page back from a PDF react-pdf wrote: how the renderer learns that a
 * page of the fixed-page document did not fit its sheet (lib/pdf/document-tree.ts), without
 * reaching into react-pdf's internals. pdfkit writes every page object uncompressed with its
 * MediaBox, in page order.
 */

const MEDIA_BOX = /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/g;

/** The height in points of each page of `pdf`, in order. */
export function pageHeights(pdf: Uint8Array): number[] {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  return [...text.matchAll(MEDIA_BOX)].map(([, , y0 = "0", , y1 = "0"]) => Math.abs(Number(y1) - Number(y0)));
}

/** Indices of the pages taller than `height` (points, to a hundredth). */
export function pagesTallerThan(pdf: Uint8Array, height: number): number[] {
  return pageHeights(pdf).flatMap((pageHeight, i) => (pageHeight > height + 0.01 ? [i] : []));
}
