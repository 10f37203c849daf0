import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Container } from "@/components/ui/container";
import { Eyebrow, Heading, Lead } from "@/components/ui/heading";
import { TableScroll } from "@/components/ui/table-scroll";
import { getCurrentUser } from "@/lib/auth/session";
import { loadViewer } from "@/lib/data/access";
import { AUDIT_PAGE_SIZE, listOrganizationAuditEvents } from "@/lib/data/audit";
import { DomainError } from "@/lib/data/errors";
import { auditActionLabel, auditDetailPhrases, auditOutcomeLabel } from "@/lib/security/audit";
import { recordIdParamSchema } from "@/lib/validation/invites";

export const metadata: Metadata = { title: "Security log", robots: { index: false } };

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "UTC",
});

type SearchParams = { org?: string };

/** The organisation's security events, newest first: owners only (sign-ins belong to no one organisation and are not listed). */
export default async function AuditPage(props: { searchParams: Promise<SearchParams> }) {
  const { org } = await props.searchParams;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(org ? `/workspace/audit?org=${org}` : "/workspace/audit")}`);
  const organizationId = org ?? user.organizationId;
  if (!organizationId || !recordIdParamSchema.safeParse(organizationId).success) notFound();

  const viewer = await loadViewer(user.userId);
  const { organization, events } = await listOrganizationAuditEvents(viewer, organizationId).catch((e: unknown) => {
    if (e instanceof DomainError && e.kind === "not_found") notFound();
    throw e;
  });

  return (
    <Container className="py-10 sm:py-14">
      <Eyebrow>
        <Link href="/workspace" className="underline">
          Workspace
        </Link>{" "}
        / Security log
      </Eyebrow>
      <Heading level={1} size="headline" className="mt-2">
        Security log of {organization.name}
      </Heading>
      <Lead className="mt-3">
        The last {AUDIT_PAGE_SIZE} security events of this organisation: invitations, links, consultant access, exports
        and refused requests. Times are in UTC. Only owners see this page.
      </Lead>

      {events.length === 0 ? (
        <p className="mt-8 text-small text-muted">Nothing recorded yet.</p>
      ) : (
        <TableScroll label="Security events" className="mt-8">
          <table className="w-full border-collapse text-left text-small">
            <caption className="sr-only">Security events of {organization.name}, newest first</caption>
            <thead>
              <tr className="border-b border-border text-muted">
                <th scope="col" className="py-2 pr-4 font-semibold">When (UTC)</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Event</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Outcome</th>
                <th scope="col" className="py-2 pr-4 font-semibold">By</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Details</th>
                <th scope="col" className="py-2 font-semibold">Address</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} className="border-b border-border align-top" data-audit-action={event.action}>
                  <td className="py-3 pr-4 whitespace-nowrap">{dateTimeFormat.format(event.createdAt)}</td>
                  <td className="py-3 pr-4 text-ink">{auditActionLabel(event.action)}</td>
                  <td className="py-3 pr-4">{auditOutcomeLabel(event.outcome)}</td>
                  <td className="py-3 pr-4">{event.actorEmail ?? (event.actorUserId ? "A former user" : "Nobody signed in")}</td>
                  <td className="py-3 pr-4">
                    {auditDetailPhrases(event.targetId, event.detail).join(" · ") || "None"}
                  </td>
                  <td className="py-3">{event.ip ?? "Unknown"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Container>
  );
}
