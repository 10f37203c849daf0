import { createElement, Fragment } from "react";
import { describe, expect, it } from "vitest";
import { Document, Page, Text, View } from "@react-pdf/renderer";
import { buildConvergenceReport } from "@/lib/report/build-report";
import { QUESTIONS } from "@/lib/instruments/convergence";
import { buildDocumentTree, PAGE_LABEL_TEMPLATE, toDocumentTree, type DocumentNode } from "./document-tree";
import { renderPageLabel } from "./document/primitives";

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
