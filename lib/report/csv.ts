/**
 * CSV that opens correctly in a spreadsheet (RFC 4180):
 * - a field holding a quote, comma, CR or LF is wrapped in quotes, and its quotes are doubled;
 * - records end with CRLF, and the file starts with a UTF-8 byte order mark, which is how Excel
 *   knows the file is UTF-8 (without it, "Société" opens as "SociÃ©tÃ©");
 * - formula injection is defused: a text cell that starts with =, +, -, @, a tab or a CR would be
 *   run as a formula by Excel, LibreOffice and Google Sheets, so it gets a leading apostrophe
 *   (which spreadsheets show as text). Numbers are written as numbers, so "-1" stays a number.
 */

/** A cell: text, a number (written as a number), or empty (null/undefined). */
export type CsvCell = string | number | null | undefined;

/** The byte order mark that starts every file this module writes. */
export const UTF8_BOM = "\uFEFF";

/** Characters that make a spreadsheet read a text cell as a formula when they come first. */
export const FORMULA_TRIGGERS: readonly string[] = ["=", "+", "-", "@", "\t", "\r"];

const NEEDS_QUOTES = /[",\r\n]/;

/** Whether text would be taken for a formula by a spreadsheet. */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.includes(text[0] ?? "");
}

/** One cell as it appears in the file (quoted when needed, formulas defused). */
export function formatCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    // NaN and ±Infinity are not numbers a spreadsheet can read: leave the cell empty.
    return Number.isFinite(value) ? String(value) : "";
  }
  const text = isFormulaLike(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, without its line ending. */
export function formatCsvRecord(cells: readonly CsvCell[]): string {
  return cells.map(formatCsvCell).join(",");
}

/** A whole file: BOM, the header record, then one record per row, each ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + [header, ...rows].map((cells) => `${formatCsvRecord(cells)}\r\n`).join("");
}

/**
 * Reads RFC 4180 text back into records of fields (a leading BOM is skipped). It is the reader of
 * what `toCsv` writes, used by the tests; it accepts CRLF or LF line ends and no trailing newline.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(UTF8_BOM) ? text.slice(UTF8_BOM.length) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let isQuoted = false;
  let index = 0;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (index < input.length) {
    const char = input[index];
    if (isQuoted) {
      if (char === '"') {
        if (input[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        isQuoted = false;
        index += 1;
        continue;
      }
      field += char;
      index += 1;
      continue;
    }
    if (char === '"' && field === "") {
      isQuoted = true;
    } else if (char === ",") {
      endField();
    } else if (char === "\r" && input[index + 1] === "\n") {
      endRecord();
      index += 1;
    } else if (char === "\n") {
      endRecord();
    } else {
      field += char;
    }
    index += 1;
  }
  if (isQuoted) throw new SyntaxError("Unterminated quoted field");
  if (field !== "" || record.length > 0) endRecord();
  return records;
}
