/**
 * The download name of a report: `<organisation>-<instrument>-<date>.pdf`, in characters
 * that are safe in every file system and in a Content-Disposition header without encoding.
 */

/** Longest slug kept from a name, so a long organisation name cannot make an unusable file name. */
export const MAX_SLUG_LENGTH = 60;

/**
 * A lowercase ASCII slug: accents dropped ("Société Générale" → "societe-generale"), every run
 * of other characters turned into one hyphen, no hyphen at either end; `fallback` when nothing is left.
 */
export function slugify(text: string, fallback = "report"): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    // Letters that do not decompose into an ASCII base and a mark.
    .replace(/ß/g, "ss")
    .replace(/æ/g, "ae")
    .replace(/œ/g, "oe")
    .replace(/ø/g, "o")
    .replace(/ł/g, "l")
    .replace(/đ/g, "d")
    .replace(/þ/g, "th")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, "");
  return slug === "" ? fallback : slug;
}

/** The report's file name, e.g. "your-organisation-convergence-2026-11-23.pdf". */
export function reportFileName(organisation: string, instrument: string, isoDay: string): string {
  return `${slugify(organisation, "organisation")}-${slugify(instrument, "report")}-${slugify(isoDay, "undated")}.pdf`;
}

/** Where the PDF of an assessment (either instrument) is downloaded: GET answers the file. */
export function reportDownloadPath(assessmentId: string): string {
  return `/api/assessments/${encodeURIComponent(assessmentId)}/pdf`;
}

/** Where a round's executive PDF downloads from (a team's combined result, or a one-person round's). */
export function roundReportDownloadPath(roundId: string): string {
  return `/api/rounds/${encodeURIComponent(roundId)}/pdf`;
}
