import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ClaimAssessmentButton } from "./claim-assessment-button";

export interface ClaimAssessmentCardProps {
  assessmentId: string;
  resultPath: string;
  /** null when nobody is signed in. */
  organizationName: string | null;
  isClaimed: boolean;
  isMine: boolean;
}

/** Offers to save a finished anonymous result to the signed-in user's organisation. */
export function ClaimAssessmentCard({ assessmentId, resultPath, organizationName, isClaimed, isMine }: ClaimAssessmentCardProps) {
  if (isMine) {
    return (
      <Card tone="sunken" padding="sm" className="text-small text-muted print:hidden">
        Saved to {organizationName ?? "your organisation"}. <Link href="/workspace" className="font-semibold text-brand-ink underline">Open the workspace</Link>
      </Card>
    );
  }
  if (isClaimed) return null;
  return (
    <Card as="section" tone="flat" padding="md" aria-labelledby="claim-heading" className="print:hidden">
      <h2 id="claim-heading" className="text-body font-semibold text-ink">
        Keep this result with your organisation
      </h2>
      {organizationName ? (
        <>
          <p className="mt-1 mb-4 text-small text-muted">It will be listed in your workspace. An assessment can be saved once.</p>
          <ClaimAssessmentButton assessmentId={assessmentId} organizationName={organizationName} />
        </>
      ) : (
        <p className="mt-1 text-small text-muted">
          <Link href={`/sign-in?next=${encodeURIComponent(resultPath)}`} className="font-semibold text-brand-ink underline">
            Sign in
          </Link>{" "}
          or{" "}
          {/* The new account saves this result as part of signing up (components/accounts/sign-up-form.tsx). */}
          <Link
            href={`/sign-up?next=${encodeURIComponent(resultPath)}&save=${encodeURIComponent(assessmentId)}`}
            className="font-semibold text-brand-ink underline"
          >
            create an account
          </Link>{" "}
          to save it to your organisation.
        </p>
      )}
    </Card>
  );
}
