import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ConsultantAccessCard } from "@/components/consultants/consultant-access-card";
import { PracticeLogoCard } from "@/components/consultants/practice-logo-card";
import { StartDiagnosticForm } from "@/components/site/start-diagnostic-form";
import { INSTRUMENT_NAMES } from "@/components/teams/team-labels";
import { TeamAssessmentsSection } from "@/components/teams/team-assessments-section";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { Eyebrow, Heading, Lead } from "@/components/ui/heading";
import { TableScroll } from "@/components/ui/table-scroll";
import { getCurrentUser } from "@/lib/auth/session";
import { listOrganizationAssessments } from "@/lib/data/organizations";
import { pathsOf } from "@/lib/http/paths";

export const metadata: Metadata = { title: "Workspace", robots: { index: false } };

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export default async function WorkspacePage(props: { searchParams: Promise<{ logo?: string | string[] }> }) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/workspace");
  const { logo } = await props.searchParams;
  const assessments = await listOrganizationAssessments({ userId: user.userId });
  // A consultancy's own workspace holds its team, logo and log; its work is its clients' (/clients).
  const isPractice = user.organizationKind === "practice";

  return (
    <Container className="py-10 sm:py-14">
      <Eyebrow>Workspace</Eyebrow>
      <Heading level={1} size="headline" className="mt-2">
        {user.organizationName ?? "Your organisation"}
      </Heading>
      <Lead className="mt-3">
        {isPractice
          ? "Your consultancy's members, the logo on your clients' reports, and its security log. Your clients and their assessments are under Clients."
          : "Every assessment saved to your organisation, newest first."}
      </Lead>
      <ConsultantAccessCard userId={user.userId} />
      {user.organizationId && user.organizationKind === "practice" && user.role === "owner" ? (
        <PracticeLogoCard userId={user.userId} organizationId={user.organizationId} refusal={typeof logo === "string" ? logo : null} />
      ) : null}
      <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-small">
        <Link href="/workspace/members" className="font-semibold text-brand-ink underline">
          {user.role === "owner" ? "Members and invitations" : "Members"}
        </Link>
        {user.role === "owner" ? (
          <Link href="/workspace/audit" className="font-semibold text-brand-ink underline">
            Security log
          </Link>
        ) : null}
      </p>

      {assessments.length === 0 ? (
        isPractice ? (
          <Card tone="sunken" className="mt-8">
            <p className="mb-4 text-ink">Each client has a page of its own: add a client, then start an assessment or a team round for it there.</p>
            <ButtonLink href="/clients" size="md">
              Go to your clients
            </ButtonLink>
          </Card>
        ) : (
          <Card tone="sunken" className="mt-8">
            <p className="mb-4 text-ink">Nothing saved yet. Take the diagnostic, then choose “Save” on its result page.</p>
            <StartDiagnosticForm size="md" />
          </Card>
        )
      ) : (
        <TableScroll label="Saved assessments" className="mt-8">
          <table className="w-full border-collapse text-left text-small">
            <caption className="sr-only">Saved assessments</caption>
            <thead>
              <tr className="border-b border-border text-muted">
                <th scope="col" className="py-2 pr-4 font-semibold">Instrument</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Completed</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Level</th>
                <th scope="col" className="py-2 font-semibold"><span className="sr-only">Result</span></th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((a) => (
                <tr key={a.id} className="border-b border-border">
                  <td className="py-3 pr-4 text-ink">{INSTRUMENT_NAMES[a.instrument]}</td>
                  <td className="py-3 pr-4">{a.completedAt ? dateFormat.format(a.completedAt) : "—"}</td>
                  <td className="py-3 pr-4">{a.level ? `${a.level} · ${a.levelName}` : "—"}</td>
                  <td className="py-3">
                    <Link href={pathsOf(a.instrument, a.id).result} className="font-semibold text-brand-ink underline">
                      Open the result<span className="sr-only">: {INSTRUMENT_NAMES[a.instrument]}{a.completedAt ? `, ${dateFormat.format(a.completedAt)}` : ""}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      {user.organizationId && user.organizationKind === "company" ? <TeamAssessmentsSection organizationId={user.organizationId} /> : null}
    </Container>
  );
}
