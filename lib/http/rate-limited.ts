import "server-only";
import type { RateLimitBucket } from "@/lib/auth/rate-limit";
import { recordAuditEvent } from "@/lib/data/audit";
import { consumeRateLimits, countThenDecide, type LimitDecision } from "@/lib/data/rate-limit";
import { jsonError, type ApiRequest } from "@/lib/http/api";
import { clientAddressOf } from "@/lib/http/client-address";
import { assessmentWriteBucket, pdfExportBuckets } from "@/lib/security/rate-limits";

/** "30 seconds", "1 minute", "12 minutes": how long to wait, in words. */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** A 429 with Retry-After and the API's error body; `message` gets the wait appended. */
export function tooManyRequests(retryAfterSeconds: number, message: string): Response {
  const response = jsonError(429, "too_many_requests", `${message} Try again in ${waitInWords(retryAfterSeconds)}.`, {
    retryAfterSeconds,
  });
  response.headers.set("Retry-After", String(retryAfterSeconds));
  return response;
}

/** Who and what a refusal concerns, for its audit row (the client address is read from the request). */
export interface LimitContext {
  actorUserId?: string | null;
  organizationId?: string | null;
  targetId?: string | null;
}

/**
 * The 429 for a refused decision, or null when allowed. The first refusal of a window is written
 * to the audit log ("rate_limited"); the rest of a flood is not, so refusing stays cheap.
 */
export async function refusedResponse(
  decision: LimitDecision,
  request: ApiRequest,
  message: string,
  context: LimitContext = {},
): Promise<Response | null> {
  if (decision.isAllowed) return null;
  if (decision.isFirstRefusal) {
    await recordAuditEvent({
      action: "rate_limited",
      outcome: "denied",
      ...context,
      ip: clientAddressOf(request.headers),
      detail: { limit: decision.limits.join(","), method: request.method, path: new URL(request.url).pathname.slice(0, 80) },
    });
  }
  return tooManyRequests(decision.retryAfterSeconds, message);
}

/** Counts one event in every bucket when all allow it; otherwise the 429 (and nothing is counted). */
export async function limitOrRefuse(
  request: Request,
  buckets: readonly RateLimitBucket[],
  message: string,
  context: LimitContext = {},
): Promise<Response | null> {
  return refusedResponse(await consumeRateLimits(buckets), request, message, context);
}

/**
 * Every write to one assessment: a single counting statement on the hot path (answers). The 429
 * for the 121st write in a minute, say; null when the write may go ahead.
 */
export async function limitAssessmentWrite(request: ApiRequest, assessmentId: string): Promise<Response | null> {
  const decision = await countThenDecide(assessmentWriteBucket(assessmentId));
  return refusedResponse(decision, request, "This assessment is being changed too quickly.", { targetId: assessmentId });
}

/** PDF downloads, per report (an assessment's or a round's id) and per address: each one is rendered. */
export async function limitPdfExport(request: Request, reportId: string): Promise<Response | null> {
  return limitOrRefuse(request, pdfExportBuckets(reportId, clientAddressOf(request.headers)), "Too many PDF downloads.", {
    targetId: reportId,
  });
}
