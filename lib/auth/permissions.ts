/** The signed-in caller as the predicates see it. */
export interface Caller {
  userId: string;
  organizationId: string | null;
}

export interface ClaimableAssessment {
  status: string;
  organizationId: string | null;
}

export type ClaimRefusal = "not_signed_in" | "no_organization" | "not_finished" | "already_claimed";

/** Why this caller may not save this assessment to their organisation, or null if they may. */
export function findClaimRefusal(caller: Caller | null, assessment: ClaimableAssessment): ClaimRefusal | null {
  if (!caller) return "not_signed_in";
  if (!caller.organizationId) return "no_organization";
  if (assessment.status !== "completed") return "not_finished";
  if (assessment.organizationId !== null) return "already_claimed";
  return null;
}

/** Whether the caller may save a finished, unclaimed assessment to their organisation. */
export function canClaimAssessment(caller: Caller | null, assessment: ClaimableAssessment): boolean {
  return findClaimRefusal(caller, assessment) === null;
}

/** Whether the caller may list an assessment in their workspace (it belongs to their organisation). */
export function canViewInWorkspace(caller: Caller | null, assessment: { organizationId: string | null }): boolean {
  return caller?.organizationId != null && assessment.organizationId === caller.organizationId;
}
