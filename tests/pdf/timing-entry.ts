// The ESM entry tests/pdf/render-timing.ts bundles (tests/support/load-esm-bundle.ts): the route's
// two steps (describe the document, draw it on a worker) and the sample reports.
export { buildDocumentTree } from "../../lib/pdf/document-tree";
export { createWorkerPool } from "../../lib/pdf/worker-pool";
export { SAMPLES } from "./samples";
