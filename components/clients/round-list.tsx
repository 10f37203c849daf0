import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate, INSTRUMENT_NAMES, levelLabel, type InstrumentId } from "./format";
import { RoundNotes, type NoteItem } from "./round-notes";

export interface RoundChange {
  previousDate: Date;
  levelDelta: number | null;
  scoreDelta: number | null;
}

export interface RoundItem {
  id: string;
  instrument: InstrumentId;
  kind: "solo" | "team";
  title: string;
  date: Date;
  startedCount: number;
  completedCount: number;
  overallLevel: number | null;
  overallScore: number | null;
  /** Against the previous measured round of the same instrument; "first" when there is none. */
  change: RoundChange | "first" | "unmeasured";
  link: { href: string; label: string };
  /** The round's executive PDF, once someone has finished. */
  pdfHref: string | null;
  notes: readonly NoteItem[];
  hasNoteError: boolean;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describeChange(round: RoundItem): string {
  if (round.change === "unmeasured") return "Nothing to compare until someone finishes";
  if (round.change === "first") return `First ${INSTRUMENT_NAMES[round.instrument]} round`;
  const { levelDelta, scoreDelta, previousDate } = round.change;
  const since = `since ${formatDate(previousDate)}`;
  if (levelDelta === null) return `Not comparable with ${formatDate(previousDate)}`;
  const level =
    levelDelta === 0 ? "Same level" : `${levelDelta > 0 ? "Up" : "Down"} ${count(Math.abs(levelDelta), "level", "levels")}`;
  const points =
    scoreDelta === null ? "" : scoreDelta === 0 ? ", same score" : `, ${scoreDelta > 0 ? "+" : "−"}${count(Math.abs(scoreDelta), "point", "points")}`;
  return `${level}${points} ${since}`;
}

function respondents(round: RoundItem): string {
  if (round.kind === "solo") return round.completedCount > 0 ? "One person, finished" : "One person, not finished yet";
  return `${round.completedCount} of ${count(round.startedCount, "respondent", "respondents")} finished`;
}

/** Every round of the client, newest first, each with its figures and the practice's notes. */
export function RoundList({ rounds }: { rounds: readonly RoundItem[] }) {
  return (
    <ol className="flex flex-col gap-5">
      {rounds.map((round) => {
        const name = `${INSTRUMENT_NAMES[round.instrument]}, ${formatDate(round.date)}`;
        return (
          <li key={round.id}>
            <Card as="article" id={`round-${round.id}`} aria-labelledby={`round-${round.id}-heading`} className="scroll-mt-6">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h3 id={`round-${round.id}-heading`} className="text-title text-ink">
                    {INSTRUMENT_NAMES[round.instrument]}
                    <span className="font-normal text-muted"> · {formatDate(round.date)}</span>
                  </h3>
                  {round.title ? <p className="text-small text-muted">{round.title}</p> : null}
                </div>
                <Badge tone={round.kind === "team" ? "brand" : "neutral"}>{round.kind === "team" ? "Team" : "Solo"}</Badge>
              </div>
              <dl className="mt-4 grid gap-3 text-small sm:grid-cols-3">
                <div>
                  <dt className="text-muted">Overall</dt>
                  <dd className="font-semibold text-ink">
                    {round.overallLevel === null ? (
                      "No completed answers yet"
                    ) : (
                      <>
                        {levelLabel(round.instrument, round.overallLevel)}
                        {round.instrument === "convergence" && round.overallScore !== null ? (
                          <span className="font-normal text-muted"> · {round.overallScore}/100</span>
                        ) : null}
                      </>
                    )}
                  </dd>
                </div>
                <div>
                  <dt className="text-muted">Respondents</dt>
                  <dd className="text-ink">{respondents(round)}</dd>
                </div>
                <div>
                  <dt className="text-muted">Change</dt>
                  <dd className="text-ink">{describeChange(round)}</dd>
                </div>
              </dl>
              <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
                <Link href={round.link.href} className="text-small font-semibold text-brand-ink underline">
                  {round.link.label}
                  <span className="sr-only">: {name}</span>
                </Link>
                {round.pdfHref ? (
                  <a href={round.pdfHref} download className="text-small font-semibold text-brand-ink underline">
                    Download PDF
                    <span className="sr-only">: {name}</span>
                  </a>
                ) : null}
              </p>
              <RoundNotes roundId={round.id} roundName={name} notes={round.notes} hasError={round.hasNoteError} />
            </Card>
          </li>
        );
      })}
    </ol>
  );
}
