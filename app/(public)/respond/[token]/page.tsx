import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RespondentStartForm } from "@/components/teams/respondent-start-form";
import { INSTRUMENT_NAMES, dateFormat } from "@/components/teams/team-labels";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { Eyebrow, Heading, Lead } from "@/components/ui/heading";
import { DomainError } from "@/lib/data/errors";
import { describeRespondentLink, type RespondentLinkInfo } from "@/lib/data/teams";
import { BROWSER_KEY_COOKIE, pathsOf } from "@/lib/http/paths";
import { respondentFunctionLabel } from "@/lib/validation/teams";
import { minutesToComplete } from "@/lib/instruments/timing";

// The URL carries the link's token; the site-wide Referrer-Policy (same-origin) keeps it from other sites.
export const metadata: Metadata = { title: "You are invited to a team assessment", robots: { index: false } };

const ABOUT = {
  convergence:
    "Seventeen short questions on how data, platforms, process, KPIs and people work together across Marketing, IT and Data. Answer for the organisation as you see it from where you sit.",
  genai:
    "For thirteen areas of marketing, you pick the description that matches where the team is today, and where it should be next. Answer for the organisation as you see it from where you sit.",
} as const;

async function load(token: string): Promise<RespondentLinkInfo> {
  const browserKey = (await cookies()).get(BROWSER_KEY_COOKIE)?.value ?? null;
  try {
    return await describeRespondentLink(token, browserKey);
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") notFound();
    throw error;
  }
}

export default async function RespondPage(props: { params: Promise<{ token: string }>; searchParams: Promise<{ error?: string | string[] }> }) {
  const { token } = await props.params;
  const info = await load(token);

  if (info.status !== "active") {
    return (
      <Container size="narrow" className="py-16 sm:py-24">
        <Eyebrow>Team assessment</Eyebrow>
        <Heading level={1} size="headline" className="mt-3">
          This link no longer works
        </Heading>
        <Lead className="mt-4 max-w-xl">
          {info.status === "expired" ? "It has expired" : "It was withdrawn"}. Ask {info.organizationName} for a new one: the
          person who sent it can create another in a few seconds. If you already answered through it, your answers are safe.
        </Lead>
      </Container>
    );
  }

  const { error } = await props.searchParams;
  const minutes = minutesToComplete(info.instrument);
  const resumable = info.startedHere.filter((a) => a.status === "in_progress");
  const finished = info.startedHere.filter((a) => a.status === "completed");

  return (
    <Container size="narrow" className="py-10 sm:py-14">
      <Eyebrow>Team assessment</Eyebrow>
      <Heading level={1} size="headline" className="mt-3">
        {info.organizationName} would like your view
      </Heading>
      <Lead className="mt-4 max-w-2xl">
        You are invited to answer the {INSTRUMENT_NAMES[info.instrument]}
        {info.roundTitle ? <> for “{info.roundTitle}”</> : null}. {ABOUT[info.instrument]}
      </Lead>

      <dl className="mt-8 grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-small text-muted">How long</dt>
          <dd className="font-semibold text-ink">About {minutes} minutes</dd>
        </div>
        <div>
          <dt className="text-small text-muted">Account</dt>
          <dd className="font-semibold text-ink">None needed</dd>
        </div>
        <div>
          <dt className="text-small text-muted">Link works until</dt>
          <dd className="font-semibold text-ink">{dateFormat.format(info.expiresAt)}</dd>
        </div>
      </dl>

      <p className="mt-6 max-w-2xl text-muted">
        Your answers save as you go, in this browser: you can close the tab and come back through the same link. They are
        combined with your colleagues’ to show where the team agrees and where Marketing and IT see things differently. The
        people who run this assessment for {info.organizationName} can also see each person’s answers, next to the function
        they chose. We do not ask for your name.
      </p>

      {resumable.length > 0 || finished.length > 0 ? (
        <Alert tone="info" className="mt-8" title="You have been here before">
          <ul className="flex flex-col gap-1">
            {resumable.map((a) => (
              <li key={a.assessmentId}>
                <Link href={pathsOf(info.instrument, a.assessmentId).resume}>Continue your answers ({respondentFunctionLabel(a.function)})</Link>
              </li>
            ))}
            {finished.map((a) => (
              <li key={a.assessmentId}>
                <Link href={pathsOf(info.instrument, a.assessmentId).result}>See the result you submitted ({respondentFunctionLabel(a.function)})</Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <Card className="mt-8">
        <RespondentStartForm token={token} problem={error ? "Choose your function to start." : undefined} />
      </Card>
    </Container>
  );
}
