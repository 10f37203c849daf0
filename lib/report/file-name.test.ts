import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_SLUG_LENGTH, reportDownloadPath, reportFileName, slugify } from "./file-name";

describe("slugify", () => {
  it.each([
    ["Your organisation", "your-organisation"],
    ["Société Générale", "societe-generale"],
    ["Łódź & Straße – Øresund", "lodz-strasse-oresund"],
    ["  ACME, Inc.  ", "acme-inc"],
    ["../../etc/passwd", "etc-passwd"],
    ['quote" and; semicolon\r\nheader', "quote-and-semicolon-header"],
    ["2026-11-23", "2026-11-23"],
  ])("%j → %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it("falls back when nothing printable is left", () => {
    expect(slugify("客户", "organisation")).toBe("organisation");
    expect(slugify("")).toBe("report");
  });

  it("always gives lowercase ASCII letters, digits and single inner hyphens, within the length limit", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const slug = slugify(text);
        return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= MAX_SLUG_LENGTH;
      }),
    );
  });
});

describe("reportFileName", () => {
  it("is <organisation>-<instrument>-<date>.pdf", () => {
    expect(reportFileName("Your organisation", "convergence", "2026-11-23")).toBe("your-organisation-convergence-2026-11-23.pdf");
    expect(reportFileName("Acme GmbH", "genai", "2027-01-05")).toBe("acme-gmbh-genai-2027-01-05.pdf");
  });

  it("is safe in a quoted Content-Disposition filename, whatever the organisation is called", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (name) => /^[a-z0-9-]+\.pdf$/.test(reportFileName(name, "genai", "2026-11-23"))),
    );
  });
});

describe("reportDownloadPath", () => {
  it("is the PDF route of the assessment", () => {
    expect(reportDownloadPath("abcDEF123_-abcDEF123_-ab")).toBe("/api/assessments/abcDEF123_-abcDEF123_-ab/pdf");
  });
});
