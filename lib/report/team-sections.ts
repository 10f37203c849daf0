/**
 * The parts of the executive report that come from a team round and from the consultant: the
 * Marketing-vs-IT gap table (the team result page prints the same rows) and the consultant's
 * notes. Pure: figures and notes in, printable words out.
 */
import type { CombinedConvergence } from "../scoring/team";
import type { FunctionGap, FunctionGapResult, FunctionView } from "../scoring/team-gaps";
import { levelLabelOf, partNameOf, type TeamInstrument } from "../teams/labels";
import type { ReportConsultantNotes, ReportPerceptionGaps } from "./types";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One function's median for a part: "3 · Aligned (52)" for Convergence, "3 · Integrated workflows" for GenAI. */
export function functionViewLabel(instrument: TeamInstrument, view: FunctionView): string {
  if (view.level === null || view.median === null) return "No rating";
  return instrument === "convergence" ? `${levelLabelOf(instrument, view.level)} (${view.median})` : levelLabelOf(instrument, view.level);
}

/** How far apart the two functions are on a part, in words. */
export function functionDifferenceLabel(gap: FunctionGap<string>, firstName: string, secondName: string): string {
  if (gap.difference === null) {
    const missing = [gap.first.level === null ? firstName : null, gap.second.level === null ? secondName : null].filter(Boolean);
    return `Cannot compare: no rating from ${missing.join(" or ")}`;
  }
  const points = gap.pointsDifference;
  if (gap.difference === 0) {
    return points === null || points === 0 ? "Same level" : `Same level, ${plural(Math.abs(points), "point")} apart`;
  }
  const higher = gap.difference > 0 ? firstName : secondName;
  const levels = plural(Math.abs(gap.difference), "level");
  return points === null ? `${higher} ${levels} higher` : `${higher} ${levels} higher (${plural(Math.abs(points), "point")})`;
}

/**
 * The report's gap section, or undefined when the round lacks one side: the gap compares finished
 * respondents of both functions, as the team result page does.
 */
export function buildPerceptionGapsSection(
  instrument: TeamInstrument,
  gap: FunctionGapResult<string>,
  names: { first: string; second: string } = { first: "Marketing", second: "IT" },
): ReportPerceptionGaps | undefined {
  if (gap.firstCount === 0 || gap.secondCount === 0) return undefined;
  const partWord = instrument === "convergence" ? "pillar" : "dimension";
  const discussFirst = gap.gaps.filter((g) => g.discussFirst).length;
  const basis = `${plural(gap.firstCount, `${names.first} respondent`)} and ${plural(gap.secondCount, `${names.second} respondent`)} finished.`;
  const ranking = `Each ${partWord} is ranked by how far apart the two functions’ median ratings are${
    instrument === "convergence" ? ", in levels, with points deciding between equal levels" : ", in levels"
  }.`;
  const flagged =
    discussFirst === 0
      ? `No ${partWord} is two levels or more apart.`
      : `${plural(discussFirst, partWord)} ${discussFirst === 1 ? "is" : "are"} two levels or more apart: discuss ${discussFirst === 1 ? "it" : "them"} first, before any plan.`;
  return {
    heading: `Where ${names.first} and ${names.second} disagree`,
    summary: `${basis} ${ranking} ${flagged}`,
    columns: { part: instrument === "convergence" ? "Pillar" : "Dimension", first: names.first, second: names.second, difference: "Difference" },
    rows: gap.gaps.map((g) => ({
      label: partNameOf(instrument, g.part),
      marketing: functionViewLabel(instrument, g.first),
      it: functionViewLabel(instrument, g.second),
      gap: functionDifferenceLabel(g, names.first, names.second),
      discussFirst: g.discussFirst,
    })),
  };
}

export interface NoteForReport {
  kind: "note" | "recommendation";
  body: string;
  createdAt: Date;
}

const noteDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The consultant's notes section (recommendations first, then notes, each oldest first); undefined without notes. */
export function buildConsultantNotesSection(practiceName: string, notes: readonly NoteForReport[]): ReportConsultantNotes | undefined {
  if (notes.length === 0) return undefined;
  const ordered = [...notes.filter((n) => n.kind === "recommendation"), ...notes.filter((n) => n.kind === "note")];
  return {
    heading: "Notes from your consultant",
    author: `Written by ${practiceName}. These notes are the consultant’s own reading of the result.`,
    notes: ordered.map((n) => ({
      label: `${n.kind === "recommendation" ? "Recommendation" : "Note"} · ${noteDate.format(n.createdAt)}`,
      text: n.body.trim(),
    })),
  };
}

/** Under each pillar of a team's report: how many respondents scored it and their spread, in the round page's words. */
export function pillarSpreadNotes(combined: CombinedConvergence): Record<string, string> {
  return Object.fromEntries(
    combined.pillars.flatMap((p) => {
      if (p.count === 0 || p.min === null || p.max === null || p.spread === null) return [];
      const apart = p.spread === 0 ? "all agree" : `${p.spread} points apart`;
      return [[p.part, `${plural(p.count, "respondent")}: ${p.min} to ${p.max} (${apart})`]];
    }),
  );
}
