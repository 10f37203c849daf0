import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Eyebrow, Heading } from "@/components/ui/heading";
import { loadViewer } from "@/lib/data/access";
import { findConsultantAccess } from "@/lib/data/consultants";

/**
 * The workspace's "Managed by <practice>" card, with the owner's way to end that access. Loads
 * its own data (server component) so the shared workspace page only has to place it.
 */
export async function ConsultantAccessCard({ userId }: { userId: string }) {
  const access = await findConsultantAccess(await loadViewer(userId));
  if (!access) return null;
  const { organizationId, practiceName, canRevoke } = access;
  return (
    <Card as="section" tone="flat" className="mt-8" aria-labelledby="consultant-access-heading">
      <Eyebrow>Consultant access</Eyebrow>
      <Heading level={2} size="title" id="consultant-access-heading" className="mt-1">
        Managed by {practiceName}
      </Heading>
      <p className="mt-2 max-w-2xl text-small text-muted">
        Consultants at {practiceName} can see your assessments and combined results, start new assessments and invite
        respondents on your behalf. Their notes and recommendations are private to them.
      </p>
      {canRevoke ? (
        <details className="group mt-4">
          <summary className="inline-flex cursor-pointer items-center gap-1.5 rounded-control py-1 text-small font-semibold text-danger">
            Revoke access
            <svg viewBox="0 0 12 12" aria-hidden="true" className="size-3 transition-transform group-open:rotate-180" fill="currentColor">
              <path d="M6 9 1.5 3.5h9z" />
            </svg>
          </summary>
          <div className="mt-3 max-w-2xl rounded-control border border-danger/35 bg-danger-soft p-4 text-small text-ink">
            <p>
              Revoking takes effect at once. {practiceName} will no longer see your organisation, its assessments or its
              results, and you will leave their client list and exports. Your own assessments and results stay exactly as they are.
              They cannot restore the access themselves.
            </p>
            <form method="post" action={`/api/organizations/${encodeURIComponent(organizationId)}/consultant/revoke`} className="mt-4">
              <Button type="submit" variant="secondary" className="border-danger text-danger hover:border-danger hover:bg-danger-soft">
                Revoke {practiceName}&rsquo;s access
              </Button>
            </form>
          </div>
        </details>
      ) : (
        <p className="mt-3 text-small text-muted">Only your organisation&rsquo;s owner can end this access.</p>
      )}
    </Card>
  );
}
