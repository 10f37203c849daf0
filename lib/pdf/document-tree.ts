/**
 * A report's react-pdf document as plain data, so a worker thread can draw it (lib/pdf/worker-pool.ts).
 *
 * The document components run here, on the main thread, and are cheap: they only describe the
 * page. Expanding them leaves react-pdf's host elements ("PAGE", "VIEW", "TEXT", "SVG", ...)
 * with plain props, which cross to the worker by structured clone. The one function in the
 * document, the footer's page counter, travels as a template the worker turns back into one.
 */
import { createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from "react";
import { pageLabel } from "@/lib/report/copy";
import { makePrintable, mapStrings } from "@/lib/report/printable-text";
import type { ExecutiveReport } from "@/lib/report/types";
import { renderPageLabel } from "./document/primitives";
import { ReportDocument } from "./document/report-document";
import { loadSupportedCodePoints } from "./fonts";

/** A host element with its props and children, or a text. */
export type DocumentNode = string | { type: string; props: Record<string, unknown>; children: DocumentNode[] };

/** How the footer's page counter crosses to the worker: a template with both numbers as placeholders. */
export interface PageLabelTemplate {
  $render: "pageLabel";
  template: string;
}

export const PAGE_LABEL_TEMPLATE: PageLabelTemplate = {
  $render: "pageLabel",
  template: pageLabel("{pageNumber}", "{totalPages}"),
};

function plainProps(type: string, props: Record<string, unknown>): Record<string, unknown> {
  const { children: _children, ...rest } = props;
  for (const [key, value] of Object.entries(rest)) {
    if (typeof value !== "function") continue;
    if (key === "render" && value === renderPageLabel) rest[key] = PAGE_LABEL_TEMPLATE;
    // Fail loudly: a function the worker cannot rebuild would silently vanish from the PDF.
    else throw new Error(`<${type} ${key}={function}> cannot be sent to the render worker`);
  }
  return rest;
}

/**
 * Expands a react-pdf element tree into host elements: function components are called (the
 * document's components are pure and use no hooks), fragments and arrays are flattened, and
 * empty values dropped.
 */
export function toDocumentTree(node: ReactNode): DocumentNode[] {
  if (node === null || node === undefined || typeof node === "boolean") return [];
  if (typeof node === "string" || typeof node === "number") return [String(node)];
  if (Array.isArray(node)) return node.flatMap((child: ReactNode) => toDocumentTree(child));
  if (!isValidElement(node)) throw new Error("Unsupported node in a report document");
  const element = node as ReactElement<Record<string, unknown> & { children?: ReactNode }>;
  const { type, props } = element;
  if (type === Fragment) return toDocumentTree(props.children);
  if (typeof type === "function") {
    return toDocumentTree((type as (p: typeof props) => ReactNode)(props));
  }
  if (typeof type !== "string") throw new Error("Unsupported element type in a report document");
  return [{ type, props: plainProps(type, props), children: toDocumentTree(props.children) }];
}

/** The report with every string in characters the embedded font can draw (see printable-text.ts). */
export async function toPrintableReport<R extends ExecutiveReport>(report: R): Promise<R> {
  const supported = await loadSupportedCodePoints();
  return mapStrings(report, (text) => makePrintable(text, (codePoint) => supported.has(codePoint)));
}

/** The whole document of a report, ready for the render worker. */
export async function buildDocumentTree(report: ExecutiveReport): Promise<DocumentNode> {
  const printable = await toPrintableReport(report);
  const [root] = toDocumentTree(createElement(ReportDocument, { report: printable }));
  if (root === undefined || typeof root === "string" || root.type !== "DOCUMENT") {
    throw new Error("A report document must have a single <Document> root");
  }
  return root;
}
