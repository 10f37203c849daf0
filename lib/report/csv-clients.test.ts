import { describe, expect, it } from "vitest";
import { buildClientsCsv, CLIENTS_CSV_HEADER, clientsCsvFileName, formatCsvDateTime, type ClientCsvRow } from "./csv-clients";
import { parseCsv, UTF8_BOM } from "./csv";

const base: ClientCsvRow = {
  name: "Northwind Retail",
  industry: "retail",
  sizeBand: "1000-4999",
  convergenceLevel: 3,
  convergenceScore: 52,
  convergenceLevelChange: 1,
  convergenceScoreChange: -4,
  genaiLevel: 2,
  genaiLevelChange: null,
  respondents: 5,
  lastActivityAt: new Date("2026-11-20T09:05:59.999Z"),
};

describe("buildClientsCsv", () => {
  it("writes the header and one record per client, with labels and numbers", () => {
    const csv = buildClientsCsv([base]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const [header, row] = parseCsv(csv);
    expect(header).toEqual([...CLIENTS_CSV_HEADER]);
    expect(row).toEqual([
      "Northwind Retail",
      "Retail",
      "1,000–4,999 employees",
      "3",
      "Aligned",
      "52",
      "1",
      // A real negative number stays a number: no apostrophe.
      "-4",
      "2",
      "Structured Pilots",
      "",
      "5",
      "2026-11-20 09:05",
    ]);
    // The size label has a comma, so it is quoted in the file.
    expect(csv).toContain('"1,000–4,999 employees"');
  });

  it("leaves the level columns empty for a client without a completed assessment", () => {
    const [, row] = parseCsv(
      buildClientsCsv([{ ...base, convergenceLevel: null, convergenceScore: null, convergenceLevelChange: null, convergenceScoreChange: null, genaiLevel: null, respondents: 0 }]),
    );
    expect(row?.slice(3, 12)).toEqual(["", "", "", "", "", "", "", "", "0"]);
  });

  it("defuses a client name that looks like a formula and keeps accents", () => {
    const [, evil, accented] = parseCsv(buildClientsCsv([{ ...base, name: '=HYPERLINK("http://x.example","Open")' }, { ...base, name: "Société Générale, Zürich" }]));
    expect(evil?.[0]).toBe('\'=HYPERLINK("http://x.example","Open")');
    expect(accented?.[0]).toBe("Société Générale, Zürich");
  });
});

describe("file name and dates", () => {
  it("names the file by the UTC day", () => {
    expect(clientsCsvFileName(new Date("2026-11-23T23:59:00Z"))).toBe("clients-2026-11-23.csv");
  });

  it("formats a date and time in UTC", () => {
    expect(formatCsvDateTime(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02 03:04");
  });
});
