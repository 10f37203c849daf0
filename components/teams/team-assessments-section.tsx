import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Heading } from "@/components/ui/heading";
import { TableScroll } from "@/components/ui/table-scroll";
import { getViewer } from "@/lib/auth/actor";
import { listRoundSummaries } from "@/lib/data/teams";
import { StartRoundForm } from "./start-round-form";
import { INSTRUMENT_NAMES, dateFormat, levelLabelOf, roundTitleOf } from "./team-labels";

/**
 * The workspace's "Team assessments": the organisation's rounds, each linking to its page, and,
 * for those who run assessments, a form to start a team round (server component).
 */
export async function TeamAssessmentsSection({ organizationId }: { organizationId: string }) {
  const { canRunAssessments, rounds } = await listRoundSummaries(await getViewer(), organizationId);
  return (
    <section aria-labelledby="team-assessments-heading" className="mt-12">
      <Heading level={2} size="title" id="team-assessments-heading">
        Team assessments
      </Heading>
      <p className="mt-2 max-w-2xl text-muted">
        Ask several people to rate the same model, each for their own function. The combined result shows where they agree,
        how far apart they are, and where Marketing and IT see things differently.
      </p>

      {rounds.length === 0 ? (
        <p className="mt-5 text-ink">No rounds yet.</p>
      ) : (
        <TableScroll label="Rounds of this organisation" className="mt-5">
          <table className="w-full border-collapse text-left text-small">
            <caption className="sr-only">Rounds of this organisation, newest first</caption>
            <thead>
              <tr className="border-b border-border text-muted">
                <th scope="col" className="py-2 pr-4 font-semibold">Round</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Kind</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Started</th>
                <th scope="col" className="py-2 pr-4 text-right font-semibold">Finished</th>
                <th scope="col" className="py-2 font-semibold">Combined level</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((round) => (
                <tr key={round.id} className="border-b border-border" data-round={round.id}>
                  <th scope="row" className="py-3 pr-4 font-medium">
                    <Link href={`/rounds/${round.id}`} className="font-semibold text-brand-ink underline">
                      {roundTitleOf(round)}
                    </Link>
                    {round.title ? <span className="block text-xs font-normal text-muted">{INSTRUMENT_NAMES[round.instrument]}</span> : null}
                  </th>
                  <td className="py-3 pr-4">
                    <Badge tone={round.kind === "team" ? "brand" : "neutral"}>{round.kind === "team" ? "Team" : "One person"}</Badge>
                  </td>
                  <td className="py-3 pr-4 text-ink">{dateFormat.format(round.createdAt)}</td>
                  <td className="py-3 pr-4 text-right tabular-nums text-ink">
                    {round.completedCount} of {round.respondentCount}
                  </td>
                  <td className="py-3 text-ink">{levelLabelOf(round.instrument, round.overallLevel)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      {canRunAssessments ? (
        <Card tone="sunken" className="mt-6">
          <Heading level={3} size="subtitle">
            Start a team assessment
          </Heading>
          <p className="mt-1 mb-4 text-small text-muted">
            You will get links to send to your colleagues; each person answers on their own.
          </p>
          <StartRoundForm organizationId={organizationId} kind="team" idPrefix="workspace-team-round" />
        </Card>
      ) : null}
    </section>
  );
}
