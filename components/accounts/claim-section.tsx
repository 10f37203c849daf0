import { getCurrentUser } from "@/lib/auth/session";
import { getClaimStatus } from "@/lib/data/organizations";
import { ClaimAssessmentCard } from "./claim-assessment-card";

/** The result page's "save to my organisation" block, for whoever is looking (server component). */
export async function ClaimSection({ assessmentId, resultPath }: { assessmentId: string; resultPath: string }) {
  const user = await getCurrentUser();
  const status = await getClaimStatus(user ? { userId: user.userId } : null, assessmentId);
  return (
    <ClaimAssessmentCard
      assessmentId={assessmentId}
      resultPath={resultPath}
      organizationName={user ? (user.organizationName ?? "my organisation") : null}
      isClaimed={status.isClaimed}
      isMine={status.isMine}
    />
  );
}
