import { afterAll, describe, expect, it } from "vitest";
import type { DocumentNode } from "./document-tree";
import { PAGE_LABEL_TEMPLATE } from "./document-tree";
import { createWorkerPool } from "./worker-pool";

const page = (...children: DocumentNode[]): DocumentNode => ({
  type: "DOCUMENT",
  props: {},
  children: [{ type: "PAGE", props: { size: "A4", style: { fontFamily: ["Inter"] } }, children }],
});
const text = (value: string, style: Record<string, unknown> = {}): DocumentNode => ({ type: "TEXT", props: { style }, children: [value] });

const pool = createWorkerPool({ size: 1, timeoutMs: 4_000 });
afterAll(() => pool.close());

describe("createWorkerPool", () => {
  it("draws a document on a worker and answers a PDF, page counter included", async () => {
    const tree = page(text("Hello from the worker"), { type: "TEXT", props: { render: PAGE_LABEL_TEMPLATE }, children: [] });
    const pdf = await pool.renderTree(tree);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pool.size()).toBe(1);
    // The same worker serves the next render.
    await pool.renderTree(tree);
    expect(pool.size()).toBe(1);
  });

  it("embeds each face once, however many runs of text use it", async () => {
    // Forty runs that need the latin-ext face (Ł) between runs of the latin one.
    const stack = { fontFamily: ["Inter", "Inter Latin Extended"] };
    const lines = Array.from({ length: 40 }, (_, i) => text(`Łódź office ${i}, Zürich office ${i}`, stack));
    const pdf = await pool.renderTree(page(...lines));
    const latin1 = pdf.toString("latin1");
    // Inter Regular from the latin file and from the latin-ext file: two faces, two fonts.
    expect(latin1.match(/\/Type \/FontDescriptor/g)).toHaveLength(2);
  });

  it("refuses a second render while its only worker is busy", async () => {
    const first = pool.renderTree(page(text("busy")));
    await expect(pool.renderTree(page(text("too many")))).rejects.toThrow("busy");
    await first;
  });

  it("terminates a worker whose render never ends, and starts a fresh one for the next", async () => {
    // A line height below the glyphs' height (here 32 × 1.12) sends react-pdf 4.9's pagination into an endless loop.
    const endless = page(text("Hello", { fontSize: 32, lineHeight: 35.84 }));
    await expect(pool.renderTree(endless)).rejects.toThrow("took longer than 4000 ms");
    expect(pool.size()).toBe(0);
    const pdf = await pool.renderTree(page(text("Back to work")));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  }, 20_000);

  it("reports a failed render and recovers", async () => {
    await expect(pool.renderTree(page(text("Unknown font", { fontFamily: "No Such Font" })))).rejects.toThrow(
      /PDF render failed: .*Font family not registered/,
    );
    const pdf = await pool.renderTree(page(text("Still fine")));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  }, 20_000);
});
