import "server-only";
import { db } from "@/lib/db";
import { assertAssessmentReachable } from "@/lib/data/access";
import { getAssessmentBenchmark } from "@/lib/data/benchmarks";
import { DomainError } from "@/lib/data/errors";
import { practiceLogoForReport } from "@/lib/data/logos";
import { listNotes } from "@/lib/data/notes";
import { loadTeamRound, type TeamRoundView } from "@/lib/data/teams";
import type { Actor, Viewer } from "@/lib/auth/access";
import { buildConsultantNotesSection, buildPerceptionGapsSection } from "@/lib/report/team-sections";
import type { ReportConsultantNotes, ReportContext, ReportImage } from "@/lib/report/types";
import { logoBox } from "@/lib/validation/logo";
import { buildBenchmarkReportSection } from "@/lib/scoring/benchmarks-summary";

/*
 * What an executive report says beyond the answers (lib/report/types.ts ReportContext), read with
 * the same rules as the pages: the organisation's name and its consultancy for whoever may read
 * the result; the benchmark exactly as the result page computes it (the consultant's portfolio
 * only for the consultant); the consultant's notes only for the consultant, since to anyone else
 * they do not exist.
 */

/** The cover's box for a logo: at most this wide and high, in points. */
const COVER_LOGO_BOX = { width: 150, height: 44 };

/** A practice's logo as the report embeds it (a data URL in its cover box), or undefined without one. */
async function reportLogoOf(practiceId: string): Promise<ReportImage | undefined> {
  const logo = await practiceLogoForReport(practiceId);
  if (!logo) return undefined;
  const box = logoBox(logo, COVER_LOGO_BOX.width, COVER_LOGO_BOX.height);
  return { src: `data:${logo.contentType};base64,${Buffer.from(logo.bytes).toString("base64")}`, ...box };
}

/** The consultant's notes on a round when the viewer is its consultant; undefined for anyone else. */
export async function consultantNotesFor(viewer: Viewer | null, roundId: string | null, practiceName: string | null): Promise<ReportConsultantNotes | undefined> {
  if (!viewer || !roundId || !practiceName) return undefined;
  try {
    const notes = await listNotes(viewer, roundId);
    return buildConsultantNotesSection(practiceName, notes);
  } catch (error) {
    // Not the consultant: the notes stay private, and the report is made without them.
    if (error instanceof DomainError && error.kind === "not_found") return undefined;
    throw error;
  }
}

/** The report context of one assessment the actor may read (not_found otherwise). */
export async function loadAssessmentReportContext(actor: Actor, assessmentId: string, now: Date): Promise<ReportContext> {
  await assertAssessmentReachable(actor, assessmentId);
  const row = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      roundId: true,
      round: { select: { kind: true } },
      organization: { select: { name: true, consultantPractice: { select: { id: true, name: true } } } },
    },
  });
  // Anonymous results get the benchmark too: published figures stand in for peers, as on the page.
  const benchmark = buildBenchmarkReportSection(await getAssessmentBenchmark(actor, assessmentId, now));
  if (!row?.organization) return { benchmark };
  const practice = row.organization.consultantPractice;
  const practiceName = practice?.name ?? null;
  const logo = practice ? await reportLogoOf(practice.id) : undefined;
  // A team respondent's own copy is about their answers; the round's report carries the team.
  const notes = row.round?.kind === "team" ? undefined : await consultantNotesFor(actor.viewer, row.roundId, practiceName);
  return {
    organisation: row.organization.name,
    ...(practiceName ? { preparedBy: practiceName } : {}),
    ...(logo ? { preparedByLogo: logo } : {}),
    benchmark,
    ...(notes ? { consultantNotes: notes } : {}),
  };
}

/** A team round's report context and what its combined report is built from (not_found for anyone who may not see the round). */
export interface RoundReportSource {
  view: TeamRoundView;
  context: ReportContext;
  /** Completed respondents, in the order they finished. */
  completed: { assessmentId: string; motion: string | null }[];
}

export async function loadRoundReportSource(viewer: Viewer | null, roundId: string, now: Date): Promise<RoundReportSource> {
  const view = await loadTeamRound(viewer, roundId, now);
  const [organization, completed] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: view.round.organizationId }, select: { consultantPractice: { select: { id: true, name: true } } } }),
    db.assessment.findMany({
      where: { roundId, status: "completed" },
      orderBy: [{ completedAt: "asc" }, { id: "asc" }],
      select: { id: true, motion: true },
    }),
  ]);
  const practiceName = organization.consultantPractice?.name ?? null;
  const logo = organization.consultantPractice ? await reportLogoOf(organization.consultantPractice.id) : undefined;
  const notes = await consultantNotesFor(viewer, roundId, practiceName);
  const gaps = view.round.kind === "team" ? buildPerceptionGapsSection(view.round.instrument, view.gap) : undefined;
  return {
    view,
    completed: completed.map((a) => ({ assessmentId: a.id, motion: a.motion })),
    context: {
      organisation: view.organizationName,
      ...(practiceName ? { preparedBy: practiceName } : {}),
      ...(logo ? { preparedByLogo: logo } : {}),
      ...(gaps ? { perceptionGaps: gaps } : {}),
      ...(notes ? { consultantNotes: notes } : {}),
      respondentCount: completed.length,
    },
  };
}
