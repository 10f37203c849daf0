import { TableScroll } from "@/components/ui/table-scroll";
import type { Respondent } from "@/lib/data/round-results";
import { QUESTIONS, getPillar } from "@/lib/instruments/convergence";
import { DIMENSIONS, NOT_APPLICABLE } from "@/lib/instruments/genai";
import { DONT_KNOW_LABEL } from "@/lib/instruments/labels";
import { DONT_KNOW } from "@/lib/instruments/types";
import type { Instrument } from "@/lib/validation/assessment";
import { RESPONDENT_FUNCTIONS, respondentFunctionLabel } from "@/lib/validation/teams";
import { dateFormat, levelLabelOf } from "./team-labels";

const FUNCTION_ORDER: readonly (string | null)[] = [...RESPONDENT_FUNCTIONS.map((f) => f.value), null];

function ConvergenceAnswersTable({ respondent, caption }: { respondent: Respondent; caption: string }) {
  return (
    <table className="w-full border-collapse text-left text-small">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-border text-muted">
          <th scope="col" className="py-1.5 pr-3 font-semibold">Question</th>
          <th scope="col" className="py-1.5 pr-3 font-semibold">Pillar</th>
          <th scope="col" className="py-1.5 font-semibold">Answer</th>
        </tr>
      </thead>
      <tbody>
        {QUESTIONS.map((q) => {
          const choice = respondent.answers[q.id];
          const option = typeof choice === "number" ? q.options[choice - 1] : undefined;
          return (
            <tr key={q.id} className="border-b border-border align-top">
              <th scope="row" className="py-1.5 pr-3 font-normal text-ink">{q.prompt}</th>
              <td className="py-1.5 pr-3 text-muted">{getPillar(q.pillar).name}</td>
              <td className="py-1.5 text-ink">
                {option ? (
                  <>
                    <span className="font-semibold tabular-nums">{option.level}</span> · {option.label}
                  </>
                ) : choice === DONT_KNOW ? (
                  DONT_KNOW_LABEL
                ) : (
                  "Not answered"
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function GenAiRatingsTable({ respondent, caption }: { respondent: Respondent; caption: string }) {
  return (
    <table className="w-full border-collapse text-left text-small">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-border text-muted">
          <th scope="col" className="py-1.5 pr-3 font-semibold">Dimension</th>
          <th scope="col" className="py-1.5 pr-3 font-semibold">Today</th>
          <th scope="col" className="py-1.5 font-semibold">Target</th>
        </tr>
      </thead>
      <tbody>
        {DIMENSIONS.map((d) => {
          const rating = respondent.ratings[d.id];
          const isNotApplicable = rating?.current === NOT_APPLICABLE;
          return (
            <tr key={d.id} className="border-b border-border">
              <th scope="row" className="py-1.5 pr-3 font-normal text-ink">{d.name}</th>
              <td className="py-1.5 pr-3 text-ink">
                {isNotApplicable ? "Not applicable" : rating ? levelLabelOf("genai", rating.current as number) : "Not answered"}
              </td>
              <td className="py-1.5 text-ink">{rating && !isNotApplicable && rating.target ? levelLabelOf("genai", rating.target) : "–"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Each respondent's own answers, grouped by function (owner and consultant only). */
export function RespondentAnswers({
  instrument,
  respondents,
  noFunctionLabel,
}: {
  instrument: Instrument;
  respondents: readonly Respondent[];
  /** How to name respondents without a function (a solo round's one respondent). */
  noFunctionLabel?: string;
}) {
  const groups = FUNCTION_ORDER.flatMap((fn) => {
    const of = respondents.filter((r) => r.function === fn);
    return of.length === 0 ? [] : [{ fn, respondents: of }];
  });
  return (
    <div className="flex flex-col gap-6">
      {groups.map(({ fn, respondents: members }) => (
        <div key={fn ?? "none"}>
          <h3 className="mb-2 text-body font-semibold text-ink">{respondentFunctionLabel(fn, noFunctionLabel)}</h3>
          <ul className="flex flex-col gap-2">
            {members.map((r, index) => {
              const name = `${respondentFunctionLabel(fn, noFunctionLabel)} respondent ${index + 1}`;
              const state =
                r.status === "completed"
                  ? `finished ${r.completedAt ? dateFormat.format(r.completedAt) : ""}${r.overallLevel ? `, level ${levelLabelOf(instrument, r.overallLevel)}` : ""}`
                  : "in progress";
              return (
                <li key={r.assessmentId}>
                  <details className="rounded-card border border-border bg-surface" data-respondent={r.assessmentId}>
                    <summary className="cursor-pointer px-4 py-3 text-small text-ink">
                      <span className="font-semibold">{name}</span>
                      <span className="text-muted"> · {state}</span>
                    </summary>
                    <TableScroll label={instrument === "convergence" ? `Answers of ${name}` : `Ratings of ${name}`} className="px-4 pb-4">
                      {instrument === "convergence" ? (
                        <ConvergenceAnswersTable respondent={r} caption={`Answers of ${name}`} />
                      ) : (
                        <GenAiRatingsTable respondent={r} caption={`Ratings of ${name}`} />
                      )}
                    </TableScroll>
                  </details>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
