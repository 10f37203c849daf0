import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CreateInviteForm } from "@/components/accounts/create-invite-form";
import { BeforeAfterPanel, type RoundOption } from "@/components/clients/before-after-panel";
import { CheckInPanel } from "@/components/clients/check-in-panel";
import { ClientBenchmarks } from "@/components/clients/client-benchmarks";
import { ClientHeader } from "@/components/clients/client-header";
import { formatDate, INSTRUMENT_NAMES, partName } from "@/components/clients/format";
import { ReassessForm } from "@/components/clients/reassess-form";
import { RoundList, type RoundItem } from "@/components/clients/round-list";
import { TrendChart } from "@/components/charts/trend-chart";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { getViewer } from "@/lib/auth/actor";
import { loadClientBenchmarks, loadClientDetail, type ClientBenchmark, type ClientDetail } from "@/lib/data/client-detail";
import { DomainError } from "@/lib/data/errors";
import type { RoundResult } from "@/lib/data/round-results";
import { pathsOf } from "@/lib/http/paths";
import {
  beforeAfter,
  checkInConvergence,
  checkInGenAi,
  checkInPair,
  measuredRounds,
  trendSeries,
  type BeforeAfter,
  type CheckIn,
  type RoundSnapshot,
} from "@/lib/plan/check-in";
import { roundReportDownloadPath } from "@/lib/report/file-name";
import { recordIdSchema } from "@/lib/validation/notes";

export const metadata: Metadata = { title: "Client", robots: { index: false } };

type Instrument = "convergence" | "genai";
const INSTRUMENTS: readonly Instrument[] = ["convergence", "genai"];
const DAY_MS = 24 * 60 * 60 * 1000;

type Snapshot = RoundSnapshot & { round: RoundResult };
const snapshotOf = (round: RoundResult): Snapshot => ({ id: round.id, date: round.createdAt, combined: round.combined, round });

function linkOf(round: RoundResult): RoundItem["link"] {
  const only = round.respondents.find((r) => r.status === "completed");
  if (round.kind === "solo" && only) return { href: pathsOf(round.instrument, only.assessmentId).result, label: "Open the result" };
  return { href: `/rounds/${encodeURIComponent(round.id)}`, label: round.kind === "team" ? "Open the team round" : "Open the round" };
}

/** Each round with its change against the previous measured round of the same instrument, newest first. */
function roundItems(detail: ClientDetail, noteErrorRoundId: string | null): RoundItem[] {
  const previousMeasured = new Map<Instrument, RoundResult>();
  const items = detail.rounds.map((round): RoundItem => {
    const isMeasured = round.completedCount > 0 && round.overallLevel !== null;
    const previous = previousMeasured.get(round.instrument);
    const change: RoundItem["change"] = !isMeasured
      ? "unmeasured"
      : !previous
        ? "first"
        : {
            previousDate: previous.createdAt,
            levelDelta: previous.overallLevel === null || round.overallLevel === null ? null : round.overallLevel - previous.overallLevel,
            scoreDelta: previous.overallScore === null || round.overallScore === null ? null : round.overallScore - previous.overallScore,
          };
    if (isMeasured) previousMeasured.set(round.instrument, round);
    return {
      id: round.id,
      instrument: round.instrument,
      kind: round.kind,
      title: round.title,
      date: round.createdAt,
      startedCount: round.respondents.length,
      completedCount: round.completedCount,
      overallLevel: round.overallLevel,
      overallScore: round.overallScore,
      change,
      link: linkOf(round),
      pdfHref: round.completedCount > 0 ? roundReportDownloadPath(round.id) : null,
      notes: detail.notesByRound.get(round.id) ?? [],
      hasNoteError: round.id === noteErrorRoundId,
    };
  });
  return items.reverse();
}

function checkInOf(detail: ClientDetail, snapshots: readonly Snapshot[], instrument: Instrument) {
  const pair = checkInPair(snapshots, instrument);
  if (!pair) return null;
  const { previous, current } = pair;
  let checkIn: CheckIn | null = null;
  if (previous.combined.instrument === "convergence" && current.combined.instrument === "convergence") {
    checkIn = checkInConvergence(previous.combined, current.combined);
  } else if (previous.combined.instrument === "genai" && current.combined.instrument === "genai") {
    const planning = detail.genAiPlanning.get(previous.id);
    checkIn = checkInGenAi(previous.combined, current.combined, {
      motion: planning?.motion ?? "hybrid",
      savedPriorities: planning?.savedPriorities ?? null,
    });
  }
  return checkIn ? { checkIn, previous, current } : null;
}

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** The rounds compared in before/after: the ones asked for when valid, else the latest two of the most recent instrument. */
function chooseComparison(
  snapshots: readonly Snapshot[],
  asked: { before: string | undefined; after: string | undefined },
): { comparison: BeforeAfter | null; selected: { before: string | undefined; after: string | undefined }; problem: string | null } {
  const measured = INSTRUMENTS.flatMap((i) => measuredRounds(snapshots, i));
  const find = (id: string | undefined) => (id ? measured.find((s) => s.id === id) : undefined);
  const before = find(asked.before);
  const after = find(asked.after);
  if (before && after) {
    if (before.combined.instrument !== after.combined.instrument) {
      return {
        comparison: null,
        selected: asked,
        problem: "Those two rounds use different instruments. Pick two Convergence rounds or two Generative AI rounds.",
      };
    }
    return { comparison: beforeAfter(before, after), selected: asked, problem: null };
  }
  const latest = [...measured].sort((a, b) => b.date.getTime() - a.date.getTime())[0];
  const pair = latest ? checkInPair(snapshots, latest.combined.instrument) : null;
  const problem = asked.before || asked.after ? "One of those rounds is not available, so the latest two are shown." : null;
  if (!pair) return { comparison: null, selected: { before: undefined, after: undefined }, problem };
  return { comparison: beforeAfter(pair.previous, pair.current), selected: { before: pair.previous.id, after: pair.current.id }, problem };
}

export default async function ClientPage(props: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { orgId } = await props.params;
  const query = await props.searchParams;
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(`/clients/${orgId}`)}`);
  if (!recordIdSchema.safeParse(orgId).success) notFound();

  let detail: ClientDetail;
  let benchmarks: ClientBenchmark[];
  try {
    // Each checks that the viewer is the client's consultant.
    [detail, benchmarks] = await Promise.all([loadClientDetail(viewer, orgId), loadClientBenchmarks(viewer, orgId)]);
  } catch (error) {
    // Owners, members, other consultants and unknown ids all get the same 404.
    if (error instanceof DomainError && (error.kind === "not_found" || error.kind === "forbidden")) notFound();
    throw error;
  }

  const noteError = single(query.noteError) ?? null;
  const rounds = roundItems(detail, noteError);
  const snapshots = detail.rounds.map(snapshotOf);
  const trends = trendSeries(snapshots);
  const checkIns = INSTRUMENTS.flatMap((i) => checkInOf(detail, snapshots, i) ?? []);
  const measured = INSTRUMENTS.flatMap((i) => measuredRounds(snapshots, i));
  const canCompare = INSTRUMENTS.some((i) => measuredRounds(snapshots, i).length >= 2);
  const compared = chooseComparison(snapshots, { before: single(query.before), after: single(query.after) });
  const options: RoundOption[] = measured.map((s) => ({ id: s.id, instrument: s.round.instrument, date: s.date, kind: s.round.kind }));
  const latestRound = detail.rounds[detail.rounds.length - 1];
  // "Re-assess" only once there is a result to compare with; a round nobody finished is not one.
  const hasResult = detail.rounds.some((round) => round.completedCount > 0);
  const reassessTitle = rounds.length === 0 ? "Start the first assessment" : hasResult ? "Re-assess" : "Start an assessment";
  const clientPath = `/clients/${encodeURIComponent(orgId)}`;

  return (
    <Container className="py-10 sm:py-14">
      <div className="flex flex-col gap-12">
        <ClientHeader
          name={detail.client.name}
          industry={detail.client.industry}
          sizeBand={detail.client.sizeBand}
          clientSince={detail.client.createdAt}
          lastActivityAt={detail.client.lastActivityAt}
        />

        <section aria-labelledby="reassess-heading">
          <Card tone={hasResult ? "flat" : "brand"}>
            <Heading level={2} size="title" id="reassess-heading">
              {reassessTitle}
            </Heading>
            <p className="mt-1 mb-5 text-small text-muted">
              {rounds.length === 0
                ? "Nothing has been assessed for this client yet. Choose the instrument and who answers: one person, or the team through invite links. Results, trends and the 90-day check-in appear here as answers come in."
                : hasResult
                  ? "A new round of the same instrument about 90 days after the last one shows whether the plan moved the pillars it aimed at."
                  : "No round has a finished answer yet. Share the respondent links from a round's page, or start another assessment here."}
              {latestRound && latestRound.completedCount > 0
                ? ` The next 90-day check-in is due around ${formatDate(new Date(latestRound.createdAt.getTime() + 90 * DAY_MS))}.`
                : ""}
            </p>
            <ReassessForm organizationId={orgId} submitLabel={reassessTitle} defaultInstrument={latestRound?.instrument ?? "convergence"} />
          </Card>
        </section>

        <section id="people" aria-labelledby="people-heading">
          <Card tone="flat">
            <Heading level={2} size="title" id="people-heading">
              The client&apos;s people
            </Heading>
            <p className="mt-1 mb-5 text-small text-muted">
              {detail.people.owners === 0
                ? "Nobody from the client has an account yet. Invite their lead as the owner: they see the results, invite colleagues and decide who consults for them."
                : `${detail.people.owners} owner${detail.people.owners === 1 ? "" : "s"} and ${detail.people.members} member${detail.people.members === 1 ? "" : "s"} have accounts. Invite more colleagues as members; respondents of a team round need no account.`}
            </p>
            {single(query.invited) === "emailed" ? (
              <p role="status" className="mb-4 text-small text-ink">The invitation was emailed.</p>
            ) : single(query.invited) === "created" ? (
              <p role="status" className="mb-4 text-small text-ink">
                The invitation was created. Its link can only be shown with JavaScript on; create another with an email address to send it instead.
              </p>
            ) : null}
            <CreateInviteForm organizationId={orgId} initialLink={null} canInviteOwner={detail.people.owners === 0} />
          </Card>
        </section>

        <section aria-labelledby="rounds-heading">
          <Heading level={2} size="title" id="rounds-heading">
            Assessments over time
          </Heading>
          <p className="mt-1 mb-5 text-muted">
            Newest first, each with its private notes and recommendations. The change compares a round with the previous one of the same instrument.
          </p>
          {rounds.length === 0 ? (
            <Card tone="sunken">
              <p className="text-ink">Nothing assessed yet. Once you start an assessment above, it appears here with its respondents, its level and your notes.</p>
            </Card>
          ) : (
            <RoundList rounds={rounds} />
          )}
        </section>

        <section aria-labelledby="trends-heading">
          <Heading level={2} size="title" id="trends-heading">
            Trends
          </Heading>
          {trends.convergence.length < 1 || (trends.convergence[0]?.points.length ?? 0) < 2 ? null : (
            <div className="mt-4">
              <Heading level={3} size="subtitle">
                {INSTRUMENT_NAMES.convergence}: pillar scores
              </Heading>
              <Card className="mt-3">
                <TrendChart
                  label="Convergence pillar scores out of 100, round by round"
                  rounds={trends.convergence[0]!.points.map((p) => ({ id: p.roundId, label: formatDate(p.date) }))}
                  lines={trends.convergence.map((s) => ({ key: s.part, name: partName("convergence", s.part), values: s.points.map((p) => p.value) }))}
                  domain={[0, 100]}
                  ticks={[0, 20, 40, 60, 80, 100]}
                  valueHeading="Pillar (score out of 100)"
                  layout="combined"
                />
              </Card>
            </div>
          )}
          {trends.genai.length < 1 || (trends.genai[0]?.points.length ?? 0) < 2 ? null : (
            <div className="mt-6">
              <Heading level={3} size="subtitle">
                {INSTRUMENT_NAMES.genai}: dimension levels
              </Heading>
              <Card className="mt-3">
                <TrendChart
                  label="Generative AI dimension levels (1 to 5), round by round"
                  rounds={trends.genai[0]!.points.map((p) => ({ id: p.roundId, label: formatDate(p.date) }))}
                  lines={trends.genai.map((s) => ({ key: s.part, name: partName("genai", s.part), values: s.points.map((p) => p.value) }))}
                  domain={[1, 5]}
                  ticks={[1, 2, 3, 4, 5]}
                  valueHeading="Dimension (level 1 to 5)"
                  layout="grid"
                />
              </Card>
            </div>
          )}
          {canCompare ? null : (
            <p className="mt-2 text-muted">
              A trend needs two completed rounds of the same instrument. Re-assess about 90 days after the first one and the lines appear here.
            </p>
          )}
        </section>

        <ClientBenchmarks items={benchmarks} />

        <section aria-labelledby="before-after-heading" id="before-after" className="scroll-mt-6">
          <Heading level={2} size="title" id="before-after-heading">
            Before and after
          </Heading>
          {canCompare ? (
            <>
              <p className="mt-1 mb-5 text-muted">Pick any two rounds of the same instrument to see them on one radar.</p>
              <BeforeAfterPanel
                action={`${clientPath}#before-after`}
                options={options}
                selected={compared.selected}
                comparison={compared.comparison}
                problem={compared.problem}
              />
            </>
          ) : (
            <p className="mt-2 text-muted">Two completed rounds of the same instrument can be compared here side by side.</p>
          )}
        </section>

        <section aria-labelledby="check-in-heading">
          <Heading level={2} size="title" id="check-in-heading">
            90-day check-in
          </Heading>
          {checkIns.length === 0 ? (
            <p className="mt-2 text-muted">
              The check-in compares the latest round with the previous one of the same instrument and says, action by action, whether the plan
              moved its pillars. It appears once a second round has completed answers.
            </p>
          ) : (
            <div className="mt-4 flex flex-col gap-6">
              {checkIns.map(({ checkIn, previous, current }) => (
                <CheckInPanel
                  key={checkIn.instrument}
                  checkIn={checkIn}
                  previousDate={previous.date}
                  currentDate={current.date}
                  headingId={`check-in-${checkIn.instrument}`}
                />
              ))}
            </div>
          )}
        </section>
      </div>
    </Container>
  );
}
