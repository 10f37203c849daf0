/**
 * Dates as the report prints them. UTC throughout, so a report generated at 23:30 in one
 * time zone and the file name beside it never disagree on the day.
 */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** The UTC calendar day of a date as "YYYY-MM-DD"; throws on an invalid date. */
export function toIsoDay(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date");
  return date.toISOString().slice(0, 10);
}

/** "2026-11-23" → "23 November 2026"; an unreadable value is returned unchanged. */
export function formatIsoDay(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDay;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** A date as the report prints it: "23 November 2026" (UTC). */
export function formatReportDate(date: Date): string {
  return formatIsoDay(toIsoDay(date));
}
