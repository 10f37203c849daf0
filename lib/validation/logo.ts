/**
 * A consultancy's logo, checked from its bytes alone (never from the file name or the browser's
 * declared type): a PNG or a baseline/progressive JPEG, small enough to embed in every client's
 * report, with sensible pixel dimensions. Pure.
 */

export const LOGO_MAX_BYTES = 256 * 1024;
export const LOGO_MIN_PIXELS = 16;
export const LOGO_MAX_PIXELS = 2000;

export type LogoContentType = "image/png" | "image/jpeg";

export type LogoCheck =
  | { ok: true; contentType: LogoContentType; width: number; height: number }
  | { ok: false; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const refuse = (message: string): LogoCheck => ({ ok: false, message });

/** Width and height from a PNG's IHDR chunk, which must come first. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 33 || !PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  if (view.getUint32(8) !== 13 || chunkType !== "IHDR") return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Start-of-frame markers that carry a JPEG's size (baseline, extended, progressive, lossless). */
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3]);

/** Width and height from a JPEG's first start-of-frame segment. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    // End of image or start of scan before any frame header: no size.
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = view.getUint16(at + 2);
    if (length < 2) return null;
    if (SOF_MARKERS.has(marker)) {
      if (at + 9 > bytes.length) return null;
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/** Whether `bytes` is a logo we accept, and what it is; otherwise why not, in words for the uploader. */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return refuse("Choose an image file to upload");
  if (bytes.length > LOGO_MAX_BYTES) return refuse(`Use an image of at most ${LOGO_MAX_BYTES / 1024} kB`);
  const png = pngSize(bytes);
  const jpeg = png ? null : jpegSize(bytes);
  const size = png ?? jpeg;
  if (!size) return refuse("Upload a PNG or JPEG image");
  const { width, height } = size;
  if (width < LOGO_MIN_PIXELS || height < LOGO_MIN_PIXELS) return refuse(`Use an image at least ${LOGO_MIN_PIXELS} pixels wide and high`);
  if (width > LOGO_MAX_PIXELS || height > LOGO_MAX_PIXELS) return refuse(`Use an image at most ${LOGO_MAX_PIXELS} pixels wide and high`);
  return { ok: true, contentType: png ? "image/png" : "image/jpeg", width, height };
}

/** The box a logo is drawn in on the report's cover (points), keeping its proportions. */
export function logoBox(logo: { width: number; height: number }, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / logo.width, maxHeight / logo.height);
  return { width: Math.round(logo.width * scale * 100) / 100, height: Math.round(logo.height * scale * 100) / 100 };
}
