import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMULA_TRIGGERS, formatCsvCell, isFormulaLike, parseCsv, toCsv, UTF8_BOM, type CsvCell } from "./csv";

describe("formatCsvCell", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(formatCsvCell("Northwind Retail")).toBe("Northwind Retail");
    expect(formatCsvCell(42)).toBe("42");
    expect(formatCsvCell(-1)).toBe("-1");
    expect(formatCsvCell(-2.5)).toBe("-2.5");
    expect(formatCsvCell(0)).toBe("0");
  });

  it("writes null, undefined and non-finite numbers as empty cells", () => {
    expect(formatCsvCell(null)).toBe("");
    expect(formatCsvCell(undefined)).toBe("");
    expect(formatCsvCell(Number.NaN)).toBe("");
    expect(formatCsvCell(Number.POSITIVE_INFINITY)).toBe("");
  });

  it("quotes fields with commas, quotes and line breaks, doubling the quotes", () => {
    expect(formatCsvCell("Smith, Jones & Co")).toBe('"Smith, Jones & Co"');
    expect(formatCsvCell('The "best" client')).toBe('"The ""best"" client"');
    expect(formatCsvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(formatCsvCell("line one\r\nline two")).toBe('"line one\r\nline two"');
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    expect(formatCsvCell("=HYPERLINK(\"http://evil.example\")")).toBe("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
    expect(formatCsvCell("+44 20 7946 0000")).toBe("'+44 20 7946 0000");
    expect(formatCsvCell("-1")).toBe("'-1");
    expect(formatCsvCell("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(formatCsvCell("\tindent")).toBe("'\tindent");
    expect(formatCsvCell("\rcarriage")).toBe("\"'\rcarriage\"");
    // Only the first character matters.
    expect(formatCsvCell("a=b")).toBe("a=b");
  });

  it("keeps accents and other Unicode untouched", () => {
    expect(formatCsvCell("Société Générale – Zürich 東京")).toBe("Société Générale – Zürich 東京");
  });
});

describe("toCsv", () => {
  it("starts with a BOM, ends every record with CRLF", () => {
    const csv = toCsv(["Client", "Level"], [["Acme", 3], ["Globex, Inc.", null]]);
    expect(csv).toBe(`${UTF8_BOM}Client,Level\r\nAcme,3\r\n"Globex, Inc.",\r\n`);
  });

  it("writes a header-only file when there are no rows", () => {
    expect(toCsv(["A", "B"], [])).toBe(`${UTF8_BOM}A,B\r\n`);
  });
});

describe("parseCsv", () => {
  it("reads quoted fields with embedded quotes, commas and newlines", () => {
    expect(parseCsv('a,"b,c","d ""e""","f\r\ng"\r\n,x\r\n')).toEqual([
      ["a", "b,c", 'd "e"', "f\r\ng"],
      ["", "x"],
    ]);
  });

  it("accepts LF line ends and a missing final newline", () => {
    expect(parseCsv("a,b\nc,d")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("refuses an unterminated quote", () => {
    expect(() => parseCsv('"open')).toThrow(SyntaxError);
  });
});

// Text with the characters that matter to CSV and to formula injection, mixed with any Unicode.
const trickyChar = fc.constantFrom(",", '"', "\r", "\n", "=", "+", "-", "@", "\t", " ", "'", "é", "—", "😀");
const trickyText = fc.array(fc.oneof(trickyChar, fc.string({ unit: "grapheme", maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join(""));
const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  trickyText,
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.constant(null),
);
const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    header: fc.array(trickyText, { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
  }),
);

/** What a reader sees in a cell: the number's text, empty for null, defused text. */
function expectedText(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  return isFormulaLike(value) ? `'${value}` : value;
}

describe("toCsv properties", () => {
  it("round-trips: parsing the output gives back every cell (text defused, numbers as written)", () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const parsed = parseCsv(toCsv(header, rows));
        expect(parsed).toEqual([header.map(expectedText), ...rows.map((row) => row.map(expectedText))]);
      }),
    );
  });

  it("never leaves a cell starting with a formula character unless it is a number", () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const parsed = parseCsv(toCsv(header, rows));
        const original = [header, ...rows];
        parsed.forEach((record, r) =>
          record.forEach((text, c) => {
            if (!FORMULA_TRIGGERS.includes(text[0] ?? "")) return;
            const source = original[r]?.[c];
            expect(typeof source).toBe("number");
            expect(Number(text)).toBe(source);
          }),
        );
      }),
    );
  });

  it("ends every record with CRLF and has no bare line break outside quotes", () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const csv = toCsv(header, rows);
        expect(csv.startsWith(UTF8_BOM)).toBe(true);
        expect(csv.endsWith("\r\n")).toBe(true);
        // Outside quoted fields, every CR is followed by LF and every LF preceded by CR.
        const unquoted = csv.replace(/"(?:[^"]|"")*"/g, "");
        expect(unquoted.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
      }),
    );
  });
});
