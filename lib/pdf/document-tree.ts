/**
 * A report's react-pdf document as plain data, so a worker thread can draw it (lib/pdf/worker-pool.ts).
 *
 * The document components run here, on the main thread, and are cheap: they only describe the
 * page. Expanding them leaves react-pdf's host elements ("PAGE", "VIEW", "TEXT", "SVG", ...)
 * with plain props, which cross to the worker by structured clone. The one function in the
 * document, the footer's page counter, travels as a template the worker turns back into one.
 *
 * The document is described as it flows: pages that wrap onto more pages when their content is
 * long, with a page counter filled in once the page count is known. That is the slow way for
 * react-pdf to draw it (each page is laid out four times), so the renderer first draws the
 * fixed-page version of the same tree (`fixedPageTree`: one sheet per page, the counters written
 * in) and falls back to the flowing one only when a page's content did not fit its sheet
 * (lib/pdf/report-renderer.ts, docs/decisions/004-pdf-rendering.md).
 */
import { createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from "react";
import { pageLabel } from "@/lib/report/copy";
import { makePrintable, mapStrings } from "@/lib/report/printable-text";
import type { ExecutiveReport } from "@/lib/report/types";
import { renderPageLabel } from "./document/primitives";
import { ReportDocument } from "./document/report-document";
import { PAGE } from "./document/theme";
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

type DocumentElement = Exclude<DocumentNode, string>;

const isPageLabel = (node: DocumentElement) => {
  const render = node.props.render as Partial<PageLabelTemplate> | undefined;
  return render?.$render === "pageLabel";
};

/** A page that lays its content out once, on a sheet of at least A4 height, without wrapping. */
function unwrappedPage(page: DocumentElement): DocumentElement {
  // react-pdf lays a page that does not wrap out at the height of its content, so the page says
  // "at least A4": a shorter content leaves the sheet A4 (and flexGrow fills it, as on the
  // cover), a longer one makes the sheet taller, which is how the renderer sees it did not fit.
  const style = page.props.style;
  const minHeight = { minHeight: PAGE.height };
  return {
    ...page,
    props: { ...page.props, wrap: false, style: Array.isArray(style) ? [...style, minHeight] : { ...(style as object), ...minHeight } },
  };
}

/** The page's counters written in as plain text: "Page 3 of 9". */
function withPageLabel(node: DocumentNode, pageNumber: number, totalPages: number): DocumentNode {
  if (typeof node === "string") return node;
  if (isPageLabel(node)) {
    const { render: _render, ...props } = node.props;
    return { ...node, props, children: [pageLabel(pageNumber, totalPages)] };
  }
  return { ...node, children: node.children.map((child) => withPageLabel(child, pageNumber, totalPages)) };
}

function pagesOf(document: DocumentNode): DocumentElement[] {
  if (typeof document === "string" || document.type !== "DOCUMENT") throw new Error("A report document must have a single <Document> root");
  return document.children.map((page) => {
    if (typeof page === "string" || page.type !== "PAGE") throw new Error("Every child of a report document must be a <Page>");
    return page;
  });
}

/**
 * The document with one sheet per page: no page wraps, and each footer's counter is written in
 * (the page count is the number of pages). react-pdf then lays each page out once instead of
 * four times. Right only if every page's content fits its sheet: a page that did not comes out
 * taller than A4 (`PAGE.height`), and the renderer draws `flowingPageTree` instead.
 */
export function fixedPageTree(document: DocumentNode): DocumentElement {
  const pages = pagesOf(document);
  return {
    ...(document as DocumentElement),
    children: pages.map((page, i) => unwrappedPage(withPageLabel(page, i + 1, pages.length) as DocumentElement)),
  };
}

/**
 * The document as described, wrapping onto more pages where the content is long, except the pages
 * listed in `fitting` (indices of pages known to fit their sheet), which are laid out once; the
 * footers count the pages as react-pdf makes them.
 */
export function flowingPageTree(document: DocumentNode, fitting: ReadonlySet<number>): DocumentElement {
  const pages = pagesOf(document);
  return { ...(document as DocumentElement), children: pages.map((page, i) => (fitting.has(i) ? unwrappedPage(page) : page)) };
}
