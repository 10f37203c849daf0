import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { CreateInviteForm } from "@/components/accounts/create-invite-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { Eyebrow, Heading, Lead } from "@/components/ui/heading";
import { TableScroll } from "@/components/ui/table-scroll";
import { can } from "@/lib/auth/access";
import { getCurrentUser } from "@/lib/auth/session";
import { loadViewer } from "@/lib/data/access";
import { DomainError } from "@/lib/data/errors";
import { findMemberInvite, joinPathOf, listMemberInvites } from "@/lib/data/invites";
import { listOrganizationMembers } from "@/lib/data/members";
import { NEW_MEMBER_LINK_COOKIE } from "@/lib/http/new-member-link-cookie";
import { absoluteUrlOf } from "@/lib/http/request-url";
import { inviteTokenSchema, recordIdParamSchema } from "@/lib/validation/invites";

// "same-origin": the page may show an invite link; its forms still send their Origin (a "no-referrer" page sends "null").
export const metadata: Metadata = { title: "Members", robots: { index: false }, referrer: "same-origin" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

type SearchParams = { org?: string; emailed?: string; revoked?: string; error?: string };

export default async function MembersPage(props: { searchParams: Promise<SearchParams> }) {
  const { org, emailed, revoked, error } = await props.searchParams;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(org ? `/workspace/members?org=${org}` : "/workspace/members")}`);
  const organizationId = org ?? user.organizationId;
  if (!organizationId || !recordIdParamSchema.safeParse(organizationId).success) notFound();

  const viewer = await loadViewer(user.userId);
  const overview = await listOrganizationMembers(viewer, organizationId).catch((e: unknown) => {
    if (e instanceof DomainError && e.kind === "not_found") notFound();
    throw e;
  });
  const isOwner = can(overview.relation, "manage_members");
  const invites = isOwner ? await listMemberInvites(viewer, organizationId) : [];

  // A link created through the plain form (no JavaScript) comes back once in a short-lived cookie.
  let newLink: string | null = null;
  const handedOver = (await cookies()).get(NEW_MEMBER_LINK_COOKIE)?.value;
  if (isOwner && handedOver && inviteTokenSchema.safeParse(handedOver).success) {
    const invite = await findMemberInvite(handedOver);
    if (invite?.state === "valid" && invite.organization?.id === organizationId) newLink = await absoluteUrlOf(joinPathOf(handedOver));
  }

  const { name, kind } = overview.organization;
  return (
    <Container className="py-10 sm:py-14">
      <Eyebrow>
        <Link href="/workspace" className="underline">
          Workspace
        </Link>{" "}
        / Members
      </Eyebrow>
      <Heading level={1} size="headline" className="mt-2">
        People at {name}
      </Heading>
      <Lead className="mt-3">
        {kind === "practice"
          ? "Everyone in your consultancy sees its clients and their results."
          : "Members see the organisation's assessments and results. Only an owner invites people."}
      </Lead>

      <div className="mt-6 flex flex-col gap-3">
        {revoked ? <Alert tone="success">The invitation was withdrawn. Its link no longer works.</Alert> : null}
        {emailed && newLink ? <Alert tone="success">The invitation is on its way by email.</Alert> : null}
        {error === "email" ? <Alert tone="danger">That email address does not look right, so no invitation was created.</Alert> : null}
        {error === "too-many" ? (
          <Alert tone="danger">You have created many invitations in the last hour. Please wait a while before creating more.</Alert>
        ) : null}
      </div>

      {isOwner ? (
        <Card as="section" className="mt-8" aria-labelledby="invite-heading">
          <Heading level={2} size="title" id="invite-heading">
            Invite a colleague
          </Heading>
          <p className="mt-1 mb-5 text-small text-muted">
            Each link lets one person join {name} as a member, within 7 days. You can withdraw it until it is used.
          </p>
          <CreateInviteForm organizationId={organizationId} initialLink={newLink} />
        </Card>
      ) : null}

      <section className="mt-10" aria-labelledby="members-heading">
        <Heading level={2} size="title" id="members-heading">
          Members
        </Heading>
        <TableScroll label="Members" className="mt-4">
          <table className="w-full border-collapse text-left text-small">
            <caption className="sr-only">People at {name}</caption>
            <thead>
              <tr className="border-b border-border text-muted">
                <th scope="col" className="py-2 pr-4 font-semibold">Email</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Role</th>
                <th scope="col" className="py-2 font-semibold">Joined</th>
              </tr>
            </thead>
            <tbody>
              {overview.members.map((m) => (
                <tr key={m.userId} className="border-b border-border">
                  <td className="py-3 pr-4 text-ink">
                    {m.email}
                    {m.userId === user.userId ? <span className="text-muted"> (you)</span> : null}
                  </td>
                  <td className="py-3 pr-4">{m.role === "owner" ? "Owner" : "Member"}</td>
                  <td className="py-3">{dateFormat.format(m.joinedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      {isOwner ? (
        <section className="mt-10" aria-labelledby="pending-heading">
          <Heading level={2} size="title" id="pending-heading">
            Invitations not used yet
          </Heading>
          {invites.length === 0 ? (
            <p className="mt-3 text-small text-muted">None at the moment.</p>
          ) : (
            <TableScroll label="Invitations not used yet" className="mt-4">
              <table className="w-full border-collapse text-left text-small">
                <caption className="sr-only">Invitation links that still work</caption>
                <thead>
                  <tr className="border-b border-border text-muted">
                    <th scope="col" className="py-2 pr-4 font-semibold">Created</th>
                    <th scope="col" className="py-2 pr-4 font-semibold">By</th>
                    <th scope="col" className="py-2 pr-4 font-semibold">Works until</th>
                    <th scope="col" className="py-2 font-semibold"><span className="sr-only">Action</span></th>
                  </tr>
                </thead>
                <tbody>
                  {invites.map((invite) => (
                    <tr key={invite.id} className="border-b border-border" data-invite-id={invite.id}>
                      <td className="py-3 pr-4">{dateTimeFormat.format(invite.createdAt)} UTC</td>
                      <td className="py-3 pr-4">{invite.createdBy ?? "A former member"}</td>
                      <td className="py-3 pr-4">{dateTimeFormat.format(invite.expiresAt)} UTC</td>
                      <td className="py-3">
                        <form method="post" action={`/api/invites/${encodeURIComponent(invite.id)}/revoke`}>
                          <Button type="submit" variant="secondary">
                            Withdraw<span className="sr-only"> the invitation created {dateTimeFormat.format(invite.createdAt)} UTC</span>
                          </Button>
                        </form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      ) : null}
    </Container>
  );
}
