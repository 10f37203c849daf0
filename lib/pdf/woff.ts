/**
 * WOFF 1.0 → TrueType/OpenType (sfnt), once per process, in memory.
 *
 * Why: react-pdf's fontkit reads WOFF, but decompresses a table every time it reads from it,
 * so a two-page report spent over a second inflating the same glyph table again and again
 * (measured: tiny-inflate was 3 of 6 seconds of CPU). Unwrapping the WOFF once gives fontkit a
 * plain sfnt and cuts a render by an order of magnitude. The files stay those of
 * @fontsource/inter; only their container changes. Format: https://www.w3.org/TR/WOFF/
 */
import { inflateSync } from "node:zlib";

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const WOFF_HEADER_SIZE = 44;
const WOFF_ENTRY_SIZE = 20;
const SFNT_HEADER_SIZE = 12;
const SFNT_ENTRY_SIZE = 16;

interface WoffTable {
  tag: number;
  checksum: number;
  data: Buffer;
}

const padded = (length: number) => (length + 3) & ~3;

/** The sfnt (TTF/OTF) bytes inside a WOFF 1.0 file; throws on anything that is not WOFF 1.0. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < WOFF_HEADER_SIZE || woff.readUInt32BE(0) !== WOFF_SIGNATURE) {
    throw new Error("Not a WOFF 1.0 font");
  }
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: WoffTable[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = WOFF_HEADER_SIZE + i * WOFF_ENTRY_SIZE;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    // A table is stored compressed only when that made it smaller (WOFF §5).
    const data = compLength < origLength ? inflateSync(stored) : Buffer.from(stored);
    if (data.length !== origLength) throw new Error(`WOFF table ${i} inflated to ${data.length} bytes, expected ${origLength}`);
    tables.push({ tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data });
  }
  // The sfnt table directory must be sorted by tag; WOFF requires the same order, but be safe.
  tables.sort((a, b) => a.tag - b.tag);

  const directorySize = SFNT_HEADER_SIZE + numTables * SFNT_ENTRY_SIZE;
  const total = tables.reduce((sum, t) => sum + padded(t.data.length), directorySize);
  const sfnt = Buffer.alloc(total);
  const power = 2 ** Math.floor(Math.log2(Math.max(1, numTables)));
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(numTables, 4);
  sfnt.writeUInt16BE(power * 16, 6); // searchRange
  sfnt.writeUInt16BE(Math.log2(power), 8); // entrySelector
  sfnt.writeUInt16BE(numTables * 16 - power * 16, 10); // rangeShift

  let offset = directorySize;
  tables.forEach((table, i) => {
    const entry = SFNT_HEADER_SIZE + i * SFNT_ENTRY_SIZE;
    sfnt.writeUInt32BE(table.tag, entry);
    sfnt.writeUInt32BE(table.checksum, entry + 4);
    sfnt.writeUInt32BE(offset, entry + 8);
    sfnt.writeUInt32BE(table.data.length, entry + 12);
    table.data.copy(sfnt, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}
