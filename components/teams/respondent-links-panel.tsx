import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableScroll } from "@/components/ui/table-scroll";
import type { RespondentLinkRow } from "@/lib/data/teams";
import { CopyLinkField } from "./copy-link-field";
import { dateFormat } from "./team-labels";

const STATUS: Record<RespondentLinkRow["status"], { label: string; tone: "success" | "neutral" | "warning" }> = {
  active: { label: "Active", tone: "success" },
  expired: { label: "Expired", tone: "neutral" },
  revoked: { label: "Revoked", tone: "warning" },
};

export interface RespondentLinksPanelProps {
  roundId: string;
  organizationName: string;
  links: readonly RespondentLinkRow[];
  /** The link just created by this viewer, shown this once; null otherwise. */
  newLink: { url: string; expiresAt: Date } | null;
}

/** Create, copy and revoke the links respondents answer through (owner and consultant only). */
export function RespondentLinksPanel({ roundId, organizationName, links, newLink }: RespondentLinksPanelProps) {
  return (
    <div className="flex flex-col gap-5">
      <p className="text-muted">
        Anyone with a link can answer for {organizationName} until it expires, 14 days after it is created. Each person picks
        their function and answers on their own, in their own browser; no account is needed. Revoke a link and it stops
        working at once; the answers already given stay.
      </p>

      {newLink ? (
        <div id="new-link" className="rounded-card border border-success/30 bg-success-soft p-4 sm:p-5">
          <p className="mb-3 font-semibold text-ink">
            Your new link is ready. Copy it now: we keep only a fingerprint of it, so it cannot be shown again later.
          </p>
          <CopyLinkField id="new-respondent-link" label="Respondent link" value={newLink.url} />
          <p className="text-small text-muted">Works until {dateFormat.format(newLink.expiresAt)}.</p>
        </div>
      ) : null}

      <form action={`/api/rounds/${roundId}/links`} method="post">
        <Button type="submit" variant={newLink ? "secondary" : "primary"}>
          Create a respondent link
        </Button>
      </form>

      {links.length === 0 ? (
        <Alert tone="info" role="none">
          No links yet. Create one, then send it to the people whose view you want: Marketing and IT at least, so the
          gap between them shows.
        </Alert>
      ) : (
        <TableScroll label="Respondent links of this round">
          <table className="w-full border-collapse text-left text-small">
            <caption className="sr-only">Respondent links of this round</caption>
            <thead>
              <tr className="border-b border-border text-muted">
                <th scope="col" className="py-2 pr-4 font-semibold">Created</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Expires</th>
                <th scope="col" className="py-2 pr-4 text-right font-semibold">Started through it</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Status</th>
                <th scope="col" className="py-2 font-semibold"><span className="sr-only">Action</span></th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={link.id} className="border-b border-border" data-link-status={link.status}>
                  <td className="py-2.5 pr-4 text-ink">{dateFormat.format(link.createdAt)}</td>
                  <td className="py-2.5 pr-4 text-ink">{dateFormat.format(link.expiresAt)}</td>
                  <td className="py-2.5 pr-4 text-right tabular-nums text-ink">{link.uses}</td>
                  <td className="py-2.5 pr-4">
                    <Badge tone={STATUS[link.status].tone}>{STATUS[link.status].label}</Badge>
                  </td>
                  <td className="py-2.5">
                    {link.status === "active" ? (
                      <form action={`/api/respondent-links/${link.id}/revoke`} method="post">
                        <Button type="submit" variant="ghost" className="min-h-9 px-3 text-danger">
                          Revoke<span className="sr-only"> the link created {dateFormat.format(link.createdAt)}</span>
                        </Button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
