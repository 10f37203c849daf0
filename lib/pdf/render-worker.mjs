// The PDF render worker (docs/decisions/004-pdf-rendering.md): draws a report document, sent as
// a plain tree by lib/pdf/document-tree.ts, with @react-pdf/renderer on its own thread, so a
// render never blocks the server's event loop. Plain JavaScript that imports only packages, so
// Node loads it as is from next start, vitest and the scripts alike (lib/pdf/worker-pool.ts).
import zlib from "node:zlib";
import { parentPort, workerData } from "node:worker_threads";
import { createElement } from "react";
import { Font, renderToBuffer } from "@react-pdf/renderer";
// react-pdf's own PDF writer (an exact dependency of @react-pdf/renderer, the one copy in
// node_modules), imported only to make it reuse its embedded fonts; see reuseEmbeddedFonts.
import PDFDocument from "pdfkit";

/** @type {{ fontFamilies: { family: string, fonts: { src: string, fontWeight: number, fontStyle: "normal" | "italic" }[] }[], shapingCacheLimit: number }} */
const { fontFamilies, shapingCacheLimit } = workerData;

for (const family of fontFamilies) Font.register(family);
// react-pdf hyphenates English by default; a report reads better with whole words.
Font.registerHyphenationCallback((word) => [word]);

/**
 * Memoises a font's text shaping (OpenType substitution and positioning), the largest single
 * cost of a render. A report is mostly the same sentences every time, so a warm worker shapes
 * almost nothing. Safe because react-pdf copies the positions it adjusts (textkit
 * scalePositions) and fontkit already shares glyph objects between runs.
 */
/**
 * The memo's key for a layout call. textkit always calls layout(text, features, undefined,
 * undefined, "ltr"): key that by its text and the (tiny) features, without serialising the text.
 */
function shapingKey(args) {
  const [text, features, script, language, direction, ...rest] = args;
  if (typeof text !== "string" || script !== undefined || language !== undefined || rest.length > 0) return JSON.stringify(args);
  return `${JSON.stringify(features ?? null)}\u0000${String(direction)}\u0000${text}`;
}

function memoiseShaping(font) {
  if (!font || typeof font.layout !== "function" || font.layout.isMemoised) return;
  const layout = font.layout.bind(font);
  const cache = new Map();
  const memoised = (...args) => {
    const key = shapingKey(args);
    let run = cache.get(key);
    if (run === undefined) {
      // User text is unbounded: start over rather than grow without limit.
      if (cache.size >= shapingCacheLimit) cache.clear();
      run = layout(...args);
      cache.set(key, run);
    }
    return run;
  };
  memoised.isMemoised = true;
  font.layout = memoised;
}

/**
 * Answers fontkit recomputes on every call, kept on the font once (fonts never change):
 * - unitsPerEm and the vertical metrics, which it reads from the font's tables on every read, and
 *   react-pdf reads for every character it assigns a font to (textkit fontSubstitution) and every run;
 * - whether the font has a glyph for a character (a search of its cmap), which react-pdf asks for
 *   every character of every text, against each font of the stack in turn.
 */
const FIXED_METRICS = ["unitsPerEm", "ascent", "descent", "lineGap", "capHeight", "xHeight"];
const GLYPH_CHECKS = 0x30000;

function fixFontAnswers(font) {
  if (!font || font.answersFixed) return;
  for (const name of FIXED_METRICS) Object.defineProperty(font, name, { value: font[name], enumerable: true });
  const hasGlyph = font.hasGlyphForCodePoint.bind(font);
  // 0 not asked yet, 1 yes, -1 no.
  const known = new Int8Array(GLYPH_CHECKS);
  font.hasGlyphForCodePoint = (codePoint) => {
    if (!(codePoint >= 0 && codePoint < GLYPH_CHECKS)) return hasGlyph(codePoint);
    let answer = known[codePoint];
    if (answer === 0) known[codePoint] = answer = hasGlyph(codePoint) ? 1 : -1;
    return answer === 1;
  };
  font.answersFixed = true;
}

/**
 * react-pdf sets the font before drawing each run of text (`doc.font(fontkitFont, size)`), and
 * pdfkit answers a font object by wrapping it anew, then comparing the wrapper with the fonts
 * already embedded (JSON of the whole name table) to find the one to reuse: about a twentieth of
 * a render, for an answer that never changes within a document. This keeps that answer per
 * document and font, so only a font's first run pays; the fonts embedded are the same.
 */
function reuseEmbeddedFonts() {
  const proto = PDFDocument?.prototype;
  if (!proto || typeof proto.font !== "function" || proto.font.reusesEmbeddedFonts) return;
  const font = proto.font;
  const embedded = Symbol("embedded fonts by source");
  const reusing = function (src, family, size) {
    // react-pdf's call for an embedded font: a font object and a size. Anything else as before.
    if (src === null || typeof src !== "object" || typeof family !== "number" || size !== undefined) {
      return font.call(this, src, family, size);
    }
    const known = (this[embedded] ??= new Map());
    const wrapper = known.get(src);
    if (wrapper === undefined) {
      font.call(this, src, family);
      known.set(src, this._font);
      return this;
    }
    // What pdfkit's font() leaves behind when it finds the font already embedded.
    this._fontSource = src;
    this._fontFamily = null;
    this._font = wrapper;
    return this.fontSize(family);
  };
  reusing.reusesEmbeddedFonts = true;
  proto.font = reusing;
}

reuseEmbeddedFonts();

/**
 * pdfkit deflates every stream (page contents, embedded fonts) at zlib's default level, 6: about a
 * tenth of a render. Level 1 takes a fraction of that time for a file about a sixth larger (70 kB
 * instead of 60 for a typical report). This thread only draws PDFs, so its zlib is set here.
 */
const PDF_DEFLATE_LEVEL = 1;
const deflateSync = zlib.deflateSync;
zlib.deflateSync = (data, options) => deflateSync(data, { level: PDF_DEFLATE_LEVEL, ...options });

const ready = (async () => {
  for (const { family, fonts } of fontFamilies) {
    for (const { fontWeight, fontStyle } of fonts) {
      const descriptor = { fontFamily: family, fontWeight, fontStyle };
      await Font.load(descriptor);
      const font = Font.getFont(descriptor).data;
      fixFontAnswers(font);
      memoiseShaping(font);
    }
  }
})();

/** The footer's page counter, rebuilt from the template lib/pdf/document-tree.ts sent. */
function pageLabelFrom(template) {
  return ({ pageNumber, totalPages }) =>
    template.replace("{pageNumber}", String(pageNumber)).replace("{totalPages}", String(totalPages));
}

function toElement(node) {
  if (typeof node === "string") return node;
  const props = { ...node.props };
  if (props.render && props.render.$render === "pageLabel") props.render = pageLabelFrom(props.render.template);
  return createElement(node.type, props, ...node.children.map(toElement));
}

parentPort.on("message", async ({ id, tree }) => {
  try {
    await ready;
    const pdf = await renderToBuffer(toElement(tree));
    parentPort.postMessage({ id, pdf });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
