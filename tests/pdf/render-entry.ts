// The ESM entry the preview script bundles (tests/support/load-esm-bundle.ts): the app's renderer
// (document on this thread, drawing on a worker) and the sample reports.
export { createReportRenderer } from "../../lib/pdf/report-renderer";
export { SAMPLES } from "./samples";
