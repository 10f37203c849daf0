/**
 * The consultant dashboard as a CSV file: one row per client, levels and changes as numbers (so
 * a spreadsheet can sort and chart them), level names and labels as text beside them.
 */
import { getConvergenceLevel } from "@/lib/instruments/convergence";
import { getGenAiLevel } from "@/lib/instruments/genai";
import { isMaturityLevel } from "@/lib/instruments/types";
import { INDUSTRIES, SIZE_BANDS } from "@/lib/validation/auth";
import { toCsv, type CsvCell } from "./csv";
import { toIsoDay } from "./format";

/** What the export needs of a client (lib/data/consultants.ts ClientSummary fits). */
export interface ClientCsvRow {
  name: string;
  industry: string;
  sizeBand: string;
  convergenceLevel: number | null;
  convergenceScore: number | null;
  convergenceLevelChange: number | null;
  convergenceScoreChange: number | null;
  genaiLevel: number | null;
  genaiLevelChange: number | null;
  respondents: number;
  lastActivityAt: Date;
}

export const CLIENTS_CSV_HEADER = [
  "Client",
  "Industry",
  "Size",
  "Convergence level",
  "Convergence level name",
  "Convergence score",
  "Convergence level change",
  "Convergence score change",
  "GenAI level",
  "GenAI level name",
  "GenAI level change",
  "Respondents (latest assessments)",
  "Last activity (UTC)",
] as const;

const labelOf = (options: readonly { value: string; label: string }[], value: string) =>
  options.find((o) => o.value === value)?.label ?? value;

/** "2026-11-23 14:05": a date and time every spreadsheet recognises, in UTC. */
export function formatCsvDateTime(date: Date): string {
  return `${toIsoDay(date)} ${date.toISOString().slice(11, 16)}`;
}

function clientCells(row: ClientCsvRow): CsvCell[] {
  return [
    row.name,
    labelOf(INDUSTRIES, row.industry),
    labelOf(SIZE_BANDS, row.sizeBand),
    row.convergenceLevel,
    isMaturityLevel(row.convergenceLevel) ? getConvergenceLevel(row.convergenceLevel).name : null,
    row.convergenceScore,
    row.convergenceLevelChange,
    row.convergenceScoreChange,
    row.genaiLevel,
    isMaturityLevel(row.genaiLevel) ? getGenAiLevel(row.genaiLevel).name : null,
    row.genaiLevelChange,
    row.respondents,
    formatCsvDateTime(row.lastActivityAt),
  ];
}

/** The whole file (BOM, CRLF, quoted and formula-safe: lib/report/csv.ts). */
export function buildClientsCsv(rows: readonly ClientCsvRow[]): string {
  return toCsv(CLIENTS_CSV_HEADER, rows.map(clientCells));
}

/** "clients-2026-11-23.csv": safe in every file system and in a Content-Disposition header as is. */
export function clientsCsvFileName(day: Date): string {
  return `clients-${toIsoDay(day)}.csv`;
}
