import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { fontFile } from "./fonts";
import { woffToSfnt } from "./woff";

const woff = readFileSync(fontFile("latin", 400, "normal"));

/** The table directory of an sfnt: tag → [offset, length]. */
function sfntTables(sfnt: Buffer): Map<string, [number, number]> {
  const tables = new Map<string, [number, number]>();
  for (let i = 0; i < sfnt.readUInt16BE(4); i++) {
    const entry = 12 + i * 16;
    tables.set(sfnt.toString("latin1", entry, entry + 4), [sfnt.readUInt32BE(entry + 8), sfnt.readUInt32BE(entry + 12)]);
  }
  return tables;
}

describe("woffToSfnt", () => {
  it("unwraps Inter's WOFF into an sfnt with the same flavour and every table, decompressed", () => {
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    const numTables = woff.readUInt16BE(12);
    expect(sfnt.readUInt16BE(4)).toBe(numTables);
    const tables = sfntTables(sfnt);
    for (let i = 0; i < numTables; i++) {
      const entry = 44 + i * 20;
      const tag = woff.toString("latin1", entry, entry + 4);
      const [offset, compLength, origLength] = [woff.readUInt32BE(entry + 4), woff.readUInt32BE(entry + 8), woff.readUInt32BE(entry + 12)];
      const stored = woff.subarray(offset, offset + compLength);
      const original = compLength < origLength ? inflateSync(stored) : stored;
      const [at, length] = tables.get(tag) ?? [0, 0];
      expect(length).toBe(origLength);
      expect(Buffer.compare(sfnt.subarray(at, at + length), original)).toBe(0);
      expect(at % 4).toBe(0);
    }
    // The head table carries the TrueType magic number: proof the tables landed where the directory says.
    const [headAt] = tables.get("head") ?? [0];
    expect(sfnt.readUInt32BE(headAt + 12)).toBe(0x5f0f3cf5);
  });

  it("refuses anything that is not WOFF 1.0", () => {
    expect(() => woffToSfnt(Buffer.from("not a font at all, not even close to forty-four bytes long"))).toThrow("Not a WOFF 1.0 font");
  });
});
