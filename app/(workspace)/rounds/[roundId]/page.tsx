import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { FunctionGapRadar } from "@/components/charts/function-gap-radar";
import { CombinedResultTable } from "@/components/teams/combined-result-table";
import { FunctionGapTable } from "@/components/teams/function-gap-table";
import { RespondentAnswers } from "@/components/teams/respondent-answers";
import { RespondentLinksPanel } from "@/components/teams/respondent-links-panel";
import { INSTRUMENT_NAMES, dateFormat, levelLabelOf, partNameOf, partsOf, roundTitleOf } from "@/components/teams/team-labels";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Eyebrow, Heading, Lead } from "@/components/ui/heading";
import { TableScroll } from "@/components/ui/table-scroll";
import { getViewer } from "@/lib/auth/actor";
import { DomainError } from "@/lib/data/errors";
import { loadTeamRound, revealNewRespondentLink, type TeamRoundView } from "@/lib/data/teams";
import { absoluteUrlOf } from "@/lib/http/request-url";
import { NEW_LINK_COOKIE, respondPathOf } from "@/lib/http/new-link-cookie";
import { pathsOf } from "@/lib/http/paths";
import { roundReportDownloadPath } from "@/lib/report/file-name";
import type { Viewer } from "@/lib/auth/access";
import { recordIdSchema, respondentFunctionLabel } from "@/lib/validation/teams";

export const metadata: Metadata = { title: "Team assessment", robots: { index: false } };

async function load(viewer: Viewer, roundId: string): Promise<TeamRoundView> {
  try {
    return await loadTeamRound(viewer, roundId);
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") notFound();
    throw error;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export default async function RoundPage(props: { params: Promise<{ roundId: string }> }) {
  const { roundId: rawId } = await props.params;
  const parsed = recordIdSchema.safeParse(rawId);
  if (!parsed.success) notFound();
  const roundId = parsed.data;
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?next=/rounds/${roundId}`);

  const view = await load(viewer, roundId);
  const { round, gap } = view;
  const instrument = round.instrument;
  const isTeam = round.kind === "team";

  const newLinkToken = view.canRunAssessments ? ((await cookies()).get(NEW_LINK_COOKIE)?.value ?? null) : null;
  const revealed = await revealNewRespondentLink(viewer, roundId, newLinkToken);
  const newLink = revealed ? { url: await absoluteUrlOf(respondPathOf(revealed.token)), expiresAt: revealed.expiresAt } : null;

  const started = round.respondents.length;
  const completed = round.respondents.filter((r) => r.status === "completed").length;
  const hasBothFunctions = gap.firstCount > 0 && gap.secondCount > 0;
  const discussFirstCount = gap.gaps.filter((g) => g.discussFirst).length;
  const partWord = instrument === "convergence" ? "pillar" : "dimension";

  return (
    <Container className="py-10 sm:py-14">
      <Eyebrow>
        {view.organizationName} · {isTeam ? "Team assessment" : "Assessment"}
      </Eyebrow>
      <Heading level={1} size="headline" className="mt-2">
        {roundTitleOf(round)}
      </Heading>
      <Lead className="mt-3">
        {INSTRUMENT_NAMES[instrument]}, started {dateFormat.format(round.createdAt)}.{" "}
        {started === 0 ? "Nobody has started yet." : `${completed} of ${plural(started, "respondent")} finished.`}
        {round.overallLevel ? ` Combined level: ${levelLabelOf(instrument, round.overallLevel)}.` : null}
      </Lead>
      {completed > 0 ? (
        <p className="mt-5">
          <a href={roundReportDownloadPath(roundId)} download className={buttonClasses({ variant: "secondary" })}>
            Download PDF
          </a>
        </p>
      ) : null}

      <div className="mt-10 flex flex-col gap-12">
        <section aria-labelledby="respondents-heading">
          <Heading level={2} size="title" id="respondents-heading">
            Respondents
          </Heading>
          {view.functions.length === 0 ? (
            <p className="mt-3 text-ink">
              {isTeam ? "Nobody has answered yet. Send a respondent link to the people whose view you want." : "Nobody has answered yet."}
            </p>
          ) : (
            <TableScroll label="Respondents by function" className="mt-4">
              <table className="w-full max-w-xl border-collapse text-left text-small" data-testid="respondents-table">
                <caption className="sr-only">Respondents by function</caption>
                <thead>
                  <tr className="border-b border-border text-muted">
                    <th scope="col" className="py-2 pr-4 font-semibold">Function</th>
                    <th scope="col" className="py-2 pr-4 text-right font-semibold">Completed</th>
                    <th scope="col" className="py-2 text-right font-semibold">In progress</th>
                  </tr>
                </thead>
                <tbody>
                  {view.functions.map((f) => (
                    <tr key={f.function ?? "none"} className="border-b border-border" data-function={f.function ?? "none"}>
                      <th scope="row" className="py-2.5 pr-4 font-medium text-ink">{respondentFunctionLabel(f.function, isTeam ? undefined : "Solo")}</th>
                      <td className="py-2.5 pr-4 text-right tabular-nums text-ink">{f.completed}</td>
                      <td className="py-2.5 text-right tabular-nums text-ink">{f.inProgress}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>

        {view.links ? (
          <section aria-labelledby="links-heading" id="links">
            <Heading level={2} size="title" id="links-heading" className="mb-3">
              Respondent links
            </Heading>
            <RespondentLinksPanel roundId={roundId} organizationName={view.organizationName} links={view.links} newLink={newLink} />
          </section>
        ) : null}

        <section aria-labelledby="combined-heading">
          <Heading level={2} size="title" id="combined-heading">
            Combined result
          </Heading>
          {completed === 0 ? (
            <p className="mt-3 text-ink">The combined result appears as soon as the first respondent finishes.</p>
          ) : (
            <>
              <p className="mt-2 mb-4 max-w-3xl text-muted">
                Per {partWord}, the median of the {plural(completed, "finished respondent")}
                {instrument === "convergence"
                  ? " (a score out of 100 and its level)"
                  : " (today’s level; with an even count, the lower of the two middle levels)"}
                , and the spread between the lowest and the highest rating. A wide spread means people see the same thing
                differently: worth a conversation before any plan.
              </p>
              <CombinedResultTable combined={round.combined} />
            </>
          )}
        </section>

        {isTeam ? (
          <section aria-labelledby="gap-heading">
            <Heading level={2} size="title" id="gap-heading">
              Where Marketing and IT disagree
            </Heading>
            {!hasBothFunctions ? (
              <Alert tone="info" role="none" className="mt-4 max-w-3xl" title="Not yet: this needs both sides">
                The gap compares finished respondents from Marketing with finished respondents from IT. So far:{" "}
                {plural(gap.firstCount, "Marketing respondent")} and {plural(gap.secondCount, "IT respondent")}.
                {isTeam && view.canRunAssessments ? " Send a respondent link to whoever is missing." : null}
              </Alert>
            ) : (
              <>
                <p className="mt-2 mb-4 max-w-3xl text-muted">
                  Each {partWord} ranked by how far apart the two functions’ median ratings are
                  {instrument === "convergence" ? ", in levels (points decide between equal levels)" : ", in levels"}. Two levels or
                  more apart is marked “Discuss first”:{" "}
                  {discussFirstCount === 0 ? `no ${partWord} is that far apart.` : `${plural(discussFirstCount, partWord)} ${discussFirstCount === 1 ? "is" : "are"}.`}
                </p>
                <div className="grid gap-8 lg:grid-cols-[1fr_1.2fr] lg:items-start">
                  <FunctionGapRadar
                    label={`Radar chart of the median ${instrument === "convergence" ? "pillar scores" : "dimension levels"} of Marketing and IT`}
                    firstName="Marketing"
                    secondName="IT"
                    domain={instrument === "convergence" ? [0, 100] : [0, 5]}
                    points={partsOf(instrument).map((part) => {
                      const row = gap.gaps.find((g) => g.part === part);
                      return { axis: partNameOf(instrument, part), first: row?.first.median ?? null, second: row?.second.median ?? null };
                    })}
                  />
                  <FunctionGapTable instrument={instrument} firstName="Marketing" secondName="IT" gaps={gap.gaps} />
                </div>
              </>
            )}
          </section>
        ) : null}

        {round.respondentsVisible ? (
          started > 0 ? (
            <section aria-labelledby="answers-heading">
              <Heading level={2} size="title" id="answers-heading">
                Each respondent’s answers
              </Heading>
              <p className="mt-2 mb-4 max-w-3xl text-muted">
                Visible to the organisation’s owner and its consultant only; members see the combined figures.
                {!isTeam && round.respondents[0] ? (
                  <>
                    {" "}
                    <Link href={pathsOf(instrument, round.respondents[0].assessmentId).result} className="font-semibold text-brand-ink underline">
                      Open the full result
                    </Link>
                    .
                  </>
                ) : null}
              </p>
              <RespondentAnswers instrument={instrument} respondents={round.respondents} noFunctionLabel={isTeam ? undefined : "Solo"} />
            </section>
          ) : null
        ) : (
          <p className="text-small text-muted">Individual answers are visible to the organisation’s owner and its consultant only.</p>
        )}
      </div>
    </Container>
  );
}
