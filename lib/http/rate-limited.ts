import "server-only";
import { jsonError } from "@/lib/http/api";

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
