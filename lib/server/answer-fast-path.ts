import type { IncomingMessage, ServerResponse } from "node:http";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { MAX_JSON_BYTES, type ApiRequest } from "@/lib/http/api";
import { anonymousActorOf, putAnswer } from "@/lib/http/answer-endpoint";
import { CROSS_SITE_REFUSAL, isCrossSiteWrite, newCspNonce, responseSecurityHeaders, securityHeaders } from "@/lib/security/policy";

/*
 * The production server's fast path for the busiest request of the product: a respondent's answer
 * (PUT /api/assessments/[id]/answers) with no session. It is answered here, without Next's router,
 * proxy and route machinery, which cost several times the answer itself (docs/decisions/009).
 * The rules are the same ones: proxy.ts's security headers and cross-site refusal
 * (lib/security/policy.ts), and the route handler's own code (lib/http/answer-endpoint.ts).
 * Everything else, a signed-in caller's answer included, goes to Next.
 */

const ANSWER_PATH = /^\/api\/assessments\/([^/?#]+)\/answers(?:\?[^#]*)?$/;

/** The assessment id in the path when this request takes the fast path, else null (Next answers it). */
export function fastAnswerTarget(request: Pick<IncomingMessage, "method" | "url" | "headers">): string | null {
  if (request.method !== "PUT" || hasSessionCookie(request.headers.cookie)) return null;
  const segment = ANSWER_PATH.exec(request.url ?? "")?.[1];
  if (segment === undefined) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // not an id either way: the handler answers 404
  }
}

/** The body, cut off one byte past the largest accepted so that readJsonBody answers 413. */
function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      if (size > MAX_JSON_BYTES) return;
      chunks.push(chunk);
      size += chunk.length;
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
    // A client gone before the end of its body: nothing to answer, nothing saved.
    request.on("close", () => {
      if (!request.complete) reject(new Error("the client closed the request before the end of its body"));
    });
  });
}

const UTF8 = new TextDecoder("utf-8");

/** Node's request as the API's helpers read it: a header's values joined as Headers.get joins them. */
function apiRequestOf(request: IncomingMessage, body: Buffer): ApiRequest {
  return {
    method: "PUT",
    // Only the path matters to the handler (its log line); the Host header is not trusted here.
    url: `http://localhost${request.url ?? "/"}`,
    headers: {
      get(name: string): string | null {
        const key = name.toLowerCase();
        // As Next fills it for its handlers: the socket's address when no proxy has set one.
        const value = request.headers[key] ?? (key === "x-forwarded-for" ? request.socket.remoteAddress : undefined);
        return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
      },
    },
    // As Request.text() decodes: UTF-8, a leading byte-order mark dropped.
    text: async () => UTF8.decode(body),
  };
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body: Buffer): void {
  response.writeHead(status, { ...headers, "Content-Length": String(body.length) });
  response.end(body);
}

const firstValue = (value: string | string[] | undefined): string | null => (Array.isArray(value) ? value[0] : value) ?? null;

/** Answers one fast-path request, for the assessment fastAnswerTarget found. */
export async function serveFastAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  assessmentId: string,
  options: { isProduction: boolean },
): Promise<void> {
  const refused = isCrossSiteWrite({
    method: "PUT",
    origin: firstValue(request.headers.origin),
    secFetchSite: firstValue(request.headers["sec-fetch-site"]),
    ownHosts: [firstValue(request.headers.host), firstValue(request.headers["x-forwarded-host"])].filter((h): h is string => Boolean(h)),
  });
  if (refused) {
    request.resume();
    send(response, 403, { ...securityHeaders(options), "Content-Type": "application/json" }, Buffer.from(JSON.stringify(CROSS_SITE_REFUSAL)));
    return;
  }
  const body = await readBody(request);
  const answered = await putAnswer(apiRequestOf(request, body), { id: assessmentId, actorOf: anonymousActorOf });
  const headers = responseSecurityHeaders(newCspNonce(), options);
  answered.headers.forEach((value, name) => {
    headers[name] = value;
  });
  send(response, answered.status, headers, Buffer.from(await answered.arrayBuffer()));
}
