// The PDF render worker (docs/decisions/004-pdf-rendering.md): draws a report document, sent as
// a plain tree by lib/pdf/document-tree.ts, with @react-pdf/renderer on its own thread, so a
// render never blocks the server's event loop. Plain JavaScript that imports only packages, so
// Node loads it as is from next start, vitest and the scripts alike (lib/pdf/worker-pool.ts).
import { parentPort, workerData } from "node:worker_threads";
import { createElement } from "react";
import { Font, renderToBuffer } from "@react-pdf/renderer";

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
function memoiseShaping(font) {
  if (!font || typeof font.layout !== "function" || font.layout.isMemoised) return;
  const layout = font.layout.bind(font);
  const cache = new Map();
  const memoised = (...args) => {
    const key = JSON.stringify(args);
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

const ready = (async () => {
  for (const { family, fonts } of fontFamilies) {
    for (const { fontWeight, fontStyle } of fonts) {
      const descriptor = { fontFamily: family, fontWeight, fontStyle };
      await Font.load(descriptor);
      memoiseShaping(Font.getFont(descriptor).data);
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

const FAST = process.env.PDF_FAST === "1";
function fastTree(tree) {
  const total = tree.children.length;
  const pages = tree.children.map((page, i) => {
    const fix = (node) => {
      if (typeof node === "string") return node;
      const props = { ...node.props };
      let children = node.children.map(fix);
      if (props.render && props.render.$render === "pageLabel") {
        children = [props.render.template.replace("{pageNumber}", String(i + 1)).replace("{totalPages}", String(total))];
        delete props.render;
      }
      return { ...node, props, children };
    };
    const p = fix(page);
    p.props = { ...p.props, wrap: false };
    return p;
  });
  return { ...tree, children: pages };
}
parentPort.on("message", async ({ id, tree }) => {
  try {
    await ready;
    const pdf = await renderToBuffer(toElement(FAST ? fastTree(tree) : tree));
    parentPort.postMessage({ id, pdf });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
