import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JoinSignUpForm } from "@/components/accounts/join-sign-up-form";
import { SignOutButton } from "@/components/accounts/sign-out-button";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Eyebrow, Heading, Lead } from "@/components/ui/heading";
import { joinRefusalFor, joinRefusalMessage } from "@/lib/auth/join-rules";
import { landingPathFor } from "@/lib/auth/landing";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { getCurrentUser } from "@/lib/auth/session";
import { loadViewer } from "@/lib/data/access";
import { findMemberInvite, joinPathOf, type InviteState } from "@/lib/data/invites";

// The token is in the URL: no Referer leaves this site ("same-origin", not "no-referrer", which would
// make the accept form send Origin "null" and be refused as cross-site), and no search engine keeps it.
export const metadata: Metadata = { title: "Join an organisation", referrer: "same-origin", robots: { index: false } };

const GONE_REASONS: Record<Exclude<InviteState, "valid">, string> = {
  used: "It has already been used: each invitation link lets one person join.",
  expired: "It has expired: invitation links work for 7 days.",
  revoked: "It was withdrawn by the person who sent it.",
};

export default async function JoinPage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const invite = await findMemberInvite(token);
  if (!invite) notFound();

  if (invite.state !== "valid" || !invite.organization) {
    return (
      <>
        <Heading level={1} size="headline">
          This invitation is no longer valid
        </Heading>
        <Lead className="mt-3 mb-8">{invite.state === "valid" ? null : GONE_REASONS[invite.state]}</Lead>
        <Card padding="lg" tone="flat">
          <p className="text-ink">Ask the person who invited you for a new link. Nothing has changed on your side.</p>
          <div className="mt-5">
            <ButtonLink href="/" variant="secondary">
              Go to the home page
            </ButtonLink>
          </div>
        </Card>
      </>
    );
  }

  const organization = invite.organization;
  const page = joinPathOf(token);
  const user = await getCurrentUser();
  const viewer = user ? await loadViewer(user.userId) : null;
  const refusal = viewer ? joinRefusalFor(viewer.memberships, organization) : null;

  return (
    <>
      <Eyebrow>Invitation</Eyebrow>
      <Heading level={1} size="headline" className="mt-2">
        Join {organization.name} on Convergence
      </Heading>
      <Lead className="mt-3 mb-8">
        {organization.kind === "practice"
          ? "You have been invited into this consultancy: you will see its clients and their results."
          : "You have been invited to join this organisation as a member: you will see its assessments and results."}
      </Lead>

      {!user ? (
        <>
          <Card padding="lg">
            <Heading level={2} size="subtitle" className="mb-5">
              New to Convergence? Create your account
            </Heading>
            <JoinSignUpForm token={token} organizationName={organization.name} minPasswordLength={PASSWORD_MIN_LENGTH} />
          </Card>
          <p className="mt-6 text-small text-muted">
            Already have an account?{" "}
            <Link href={`/sign-in?next=${encodeURIComponent(page)}`} className="font-semibold text-brand-ink underline">
              Sign in to accept
            </Link>
          </p>
        </>
      ) : refusal ? (
        <Card padding="lg" tone="flat" className="flex flex-col gap-5">
          <Alert tone={refusal === "already_member" ? "info" : "warning"}>{joinRefusalMessage(refusal, organization.name)}</Alert>
          <p className="text-small text-muted">
            Signed in as {user.email}. <Link href={landingPathFor(user.organizationKind)} className="font-semibold text-brand-ink underline">Go to your workspace</Link>
          </p>
        </Card>
      ) : (
        <Card padding="lg" className="flex flex-col gap-5">
          <p className="text-ink">
            You are signed in as <strong>{user.email}</strong>.
          </p>
          <form method="post" action={`/api/join/${encodeURIComponent(token)}`}>
            <Button type="submit" size="lg">
              <span className="text-center whitespace-normal">Accept and join {organization.name}</span>
            </Button>
          </form>
          <div className="flex flex-wrap items-center gap-2 text-small text-muted">
            Not you? <SignOutButton />
          </div>
        </Card>
      )}
    </>
  );
}
