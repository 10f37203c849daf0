// The ESM entry tests/pdf/render-timing.ts bundles (tests/support/load-esm-bundle.ts): the route's
// steps (describe the document, draw it on a worker), the sample reports and two helpers.
export { buildDocumentTree } from "../../lib/pdf/document-tree";
export { pageHeights } from "../../lib/pdf/pdf-pages";
export { drawDocument } from "../../lib/pdf/report-renderer";
export { createWorkerPool } from "../../lib/pdf/worker-pool";
export { mapStrings } from "../../lib/report/printable-text";
export { SAMPLES } from "./samples";
