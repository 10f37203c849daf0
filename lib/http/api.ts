import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { DomainError, type FieldErrors } from "@/lib/data/errors";
import { assessmentIdSchema } from "@/lib/validation/assessment";
import { NUL_CHARACTER_MESSAGE, pathOfNulCharacter } from "@/lib/validation/text";

/**
 * What the API's helpers read of a request. A Request has it all; the production server's fast
 * path (lib/server/answer-fast-path.ts) hands over a lighter object over Node's own request.
 */
export interface ApiRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Pick<Headers, "get">;
  text(): Promise<string>;
}

/** Largest JSON body any endpoint accepts; the worksheet is the biggest payload. */
export const MAX_JSON_BYTES = 64 * 1024;

/** An error with its HTTP status, thrown inside handlers and answered by `apiRoute`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** The one error body of the API: `{ error: { code, message, fields?, ... } }`. */
export function jsonError(
  status: number,
  code: string,
  message: string,
  extra?: Record<string, unknown>,
): Response {
  return Response.json({ error: { code, message, ...extra } }, { status });
}

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

/**
 * Parses data with a schema or throws a 400 listing a message per field. What a schema accepts
 * must also hold no NUL character in any text (lib/validation/text.ts).
 */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const fields = fieldErrorsOf(parsed.error);
    const first = Object.values(fields)[0] ?? "Invalid input";
    throw new HttpError(400, "invalid_input", first, { fields });
  }
  const nul = pathOfNulCharacter(parsed.data);
  if (nul !== null) throw new HttpError(400, "invalid_input", NUL_CHARACTER_MESSAGE, { fields: { [nul]: NUL_CHARACTER_MESSAGE } });
  return parsed.data;
}

/** A malformed id cannot exist, so it answers 404 like an unknown one. */
export function parseAssessmentId(raw: string): string {
  const parsed = assessmentIdSchema.safeParse(raw);
  if (!parsed.success) throw new HttpError(404, "not_found", "Assessment not found");
  return parsed.data;
}

/** Reads a JSON body: 415 when it is not JSON, 413 when too large, 400 when malformed. */
export async function readJsonBody(request: ApiRequest): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new HttpError(415, "unsupported_media_type", "Send the body as application/json");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BYTES) throw new HttpError(413, "payload_too_large", "The request body is too large");
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_JSON_BYTES) {
    throw new HttpError(413, "payload_too_large", "The request body is too large");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "invalid_json", "The request body is not valid JSON");
  }
}

const STATUS_OF_DOMAIN_ERROR = { not_found: 404, conflict: 409, invalid: 400, forbidden: 403 } as const;

/** Wraps a route handler so expected failures become clear 4xx answers and nothing else leaks. */
export function apiRoute<C, R extends ApiRequest = Request>(handler: (request: R, context: C) => Promise<Response>) {
  return async (request: R, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof HttpError) return jsonError(error.status, error.code, error.message, error.extra);
      if (error instanceof DomainError) {
        return jsonError(STATUS_OF_DOMAIN_ERROR[error.kind], error.kind, error.message, {
          ...(error.fields ? { fields: error.fields } : {}),
          ...error.details,
        });
      }
      // The log line and the answer share a reference, so support can find one from the other;
      // the answer carries nothing else of the failure (no stack, SQL or internal names).
      const reference = randomUUID();
      console.error(`[request ${reference}] ${request.method} ${new URL(request.url).pathname} failed:`, error);
      return jsonError(500, "internal_error", "Something went wrong on our side. Please try again.", { reference });
    }
  };
}
