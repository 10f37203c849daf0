import { describe, expect, it } from "vitest";
import { PAGE_LABEL_TEMPLATE, type DocumentNode } from "./document-tree";
import { drawDocument } from "./report-renderer";
import type { WorkerPool } from "./worker-pool";

type Element = Exclude<DocumentNode, string>;

const page = (name: string): Element => ({
  type: "PAGE",
  props: { size: "A4", style: {} },
  children: [
    { type: "TEXT", props: {}, children: [name] },
    { type: "TEXT", props: { render: PAGE_LABEL_TEMPLATE }, children: [] },
  ],
});
const document: Element = { type: "DOCUMENT", props: {}, children: [page("cover"), page("worksheet"), page("method")] };

/**
 * A pool that "draws" a tree as a PDF with one page object per sheet: an unwrapped page whose
 * name is in `tooLong` comes out taller than A4, a wrapping one as two A4 sheets.
 */
function fakePool(tooLong: ReadonlySet<string>) {
  const drawn: Element[] = [];
  const pool: WorkerPool = {
    async renderTree(tree) {
      const root = tree as Element;
      drawn.push(root);
      const sheets = root.children.flatMap((child) => {
        const p = child as Element;
        const name = (p.children[0] as Element).children[0] as string;
        if (p.props.wrap !== false) return tooLong.has(name) ? ["841.890015", "841.890015"] : ["841.890015"];
        return [tooLong.has(name) ? "1290.5" : "841.890015"];
      });
      return Buffer.from(sheets.map((h) => `<< /Type /Page /MediaBox [0 0 595.280029 ${h}] >>\n`).join(""), "latin1");
    },
    size: () => 1,
    close: async () => {},
  };
  return { pool, drawn };
}

const wraps = (tree: Element | undefined) => (tree?.children ?? []).map((p) => (p as Element).props.wrap !== false);

describe("drawDocument", () => {
  it("draws a document whose pages all fit once, on fixed pages", async () => {
    const { pool, drawn } = fakePool(new Set());
    const { pdf, overflowing } = await drawDocument(pool, document);
    expect(overflowing).toEqual([]);
    expect(drawn).toHaveLength(1);
    expect(wraps(drawn[0])).toEqual([false, false, false]);
    expect(pdf.toString("latin1").match(/\/Type \/Page/g)).toHaveLength(3);
  });

  it("draws it again as it flows when a page did not fit, the other pages still laid out once", async () => {
    const { pool, drawn } = fakePool(new Set(["worksheet"]));
    const { pdf, overflowing } = await drawDocument(pool, document);
    expect(overflowing).toEqual([1]);
    expect(drawn).toHaveLength(2);
    expect(wraps(drawn[1])).toEqual([false, true, false]);
    // The flowing document keeps its page counters for react-pdf to fill in.
    expect(JSON.stringify(drawn[1])).toContain('"$render":"pageLabel"');
    expect(pdf.toString("latin1").match(/\/Type \/Page/g)).toHaveLength(4);
  });
});
