import { createElement, Fragment } from "react";
import { describe, expect, it } from "vitest";
import { Document, Page, Text, View } from "@react-pdf/renderer";
import { buildConvergenceReport } from "@/lib/report/build-report";
import { QUESTIONS } from "@/lib/instruments/convergence";
import {
  buildDocumentTree,
  fixedPageTree,
  flowingPageTree,
  PAGE_LABEL_TEMPLATE,
  toDocumentTree,
  type DocumentNode,
} from "./document-tree";
import { renderPageLabel } from "./document/primitives";
import { PAGE } from "./document/theme";

function Greeting({ name }: { name: string }) {
  return createElement(Text, null, "Hello ", name);
}

/** Every string in a tree, in order. */
const texts = (nodes: DocumentNode[]): string[] => nodes.flatMap((n) => (typeof n === "string" ? [n] : texts(n.children)));

describe("toDocumentTree", () => {
  it("expands components and fragments into host elements with plain props", () => {
    const element = createElement(
      View,
      { style: { padding: 4 } },
      createElement(Greeting, { name: "Dana" }),
      createElement(Fragment, null, [createElement(Text, { key: "a" }, 3), null, false]),
    );
    expect(toDocumentTree(element)).toEqual([
      {
        type: "VIEW",
        props: { style: { padding: 4 } },
        children: [
          { type: "TEXT", props: {}, children: ["Hello ", "Dana"] },
          { type: "TEXT", props: {}, children: ["3"] },
        ],
      },
    ]);
  });

  it("sends the footer's page counter as a template, and refuses any other function", () => {
    const [counter] = toDocumentTree(createElement(Text, { render: renderPageLabel }));
    expect(counter).toEqual({ type: "TEXT", props: { render: PAGE_LABEL_TEMPLATE }, children: [] });
    expect(PAGE_LABEL_TEMPLATE.template).toBe("Page {pageNumber} of {totalPages}");
    expect(() => toDocumentTree(createElement(Text, { render: () => "x" }))).toThrow("cannot be sent to the render worker");
  });

  it("describes a whole report as one Document of Pages, every string printable", async () => {
    const answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, 3 as const]));
    const report = buildConvergenceReport({
      answers,
      tools: [{ name: "Dashboards → board ✓", purpose: "", tag: "core" }],
      generatedAt: new Date("2026-11-23T10:00:00Z"),
    });
    const tree = await buildDocumentTree(report);
    expect(tree).toMatchObject({ type: "DOCUMENT" });
    if (typeof tree === "string") throw new Error("not a document");
    expect(tree.children.every((child) => typeof child !== "string" && child.type === "PAGE")).toBe(true);
    expect(tree.children).toHaveLength(6);
    expect(texts([tree])).toContain("Dashboards -> board v");
    // Document and Page are plain strings in react-pdf: the tree is data, nothing more.
    expect([Document, Page]).toEqual(["DOCUMENT", "PAGE"]);
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
  });
});

describe("fixedPageTree and flowingPageTree", () => {
  const counter: DocumentNode = { type: "TEXT", props: { render: PAGE_LABEL_TEMPLATE }, children: [] };
  const page = (text: string, style: unknown = { padding: 10 }): DocumentNode => ({
    type: "PAGE",
    props: { size: "A4", style },
    children: [
      { type: "TEXT", props: {}, children: [text] },
      { type: "VIEW", props: { fixed: true }, children: [counter] },
    ],
  });
  const document: DocumentNode = { type: "DOCUMENT", props: { title: "T" }, children: [page("one"), page("two", [{ padding: 10 }]), page("three")] };
  const pagesOf = (tree: DocumentNode) => (typeof tree === "string" ? [] : tree.children).map((p) => p as Exclude<DocumentNode, string>);

  it("gives every page its own sheet: no wrapping, at least A4 high, the counters written in", () => {
    const fixed = fixedPageTree(document);
    expect(fixed.props).toEqual({ title: "T" });
    const pages = pagesOf(fixed);
    expect(pages).toHaveLength(3);
    expect(pages[0]?.props).toEqual({ size: "A4", wrap: false, style: { padding: 10, minHeight: PAGE.height } });
    expect(pages[1]?.props.style).toEqual([{ padding: 10 }, { minHeight: PAGE.height }]);
    expect(texts(pages)).toEqual(["one", "Page 1 of 3", "two", "Page 2 of 3", "three", "Page 3 of 3"]);
    expect(JSON.stringify(fixed)).not.toContain("$render");
    // The described document is left as it was.
    expect(pagesOf(document)[0]?.props).toEqual({ size: "A4", style: { padding: 10 } });
  });

  it("lets the pages not known to fit wrap, and keeps every counter for react-pdf to fill in", () => {
    const pages = pagesOf(flowingPageTree(document, new Set([0, 2])));
    expect(pages.map((p) => p.props.wrap)).toEqual([false, undefined, false]);
    expect(pages[1]?.props).toEqual({ size: "A4", style: [{ padding: 10 }] });
    expect(JSON.stringify(pages).match(/"\$render":"pageLabel"/g)).toHaveLength(3);
    expect(texts(pages)).toEqual(["one", "two", "three"]);
  });

  it("refuses a tree that is not a document of pages", () => {
    expect(() => fixedPageTree({ type: "VIEW", props: {}, children: [] })).toThrow("single <Document> root");
    expect(() => fixedPageTree({ type: "DOCUMENT", props: {}, children: ["loose text"] })).toThrow("must be a <Page>");
  });
});
