import "server-only";
import { organizationOfAssessment, organizationOfRound, recordAuditEvent, type AuditEventInput } from "@/lib/data/audit";
import { clientAddressOf } from "@/lib/http/client-address";

/** Records a security event of this request, with the client address the rate limiter uses. Never throws. */
export async function recordRequestEvent(request: Request, event: Omit<AuditEventInput, "ip">): Promise<void> {
  await recordAuditEvent({ ...event, ip: clientAddressOf(request.headers) });
}

/** A PDF download that was served: who, which assessment or round, and its organisation (null while anonymous). */
export async function recordPdfExport(
  request: Request,
  report: { assessmentId: string } | { roundId: string },
  actorUserId: string | null,
): Promise<void> {
  const isRound = "roundId" in report;
  await recordRequestEvent(request, {
    action: "pdf_export",
    outcome: "success",
    actorUserId,
    organizationId: isRound ? await organizationOfRound(report.roundId) : await organizationOfAssessment(report.assessmentId),
    targetId: isRound ? report.roundId : report.assessmentId,
    detail: { report: isRound ? "round" : "assessment" },
  });
}
