import "server-only";
import { DomainError } from "@/lib/data/errors";
import { HttpError } from "@/lib/http/api";

/**
 * The HTTP answer to a refused invite token: unknown 404, used 409 (the data layer's conflict),
 * expired or revoked 410 Gone (it existed and will not work again: a new link is needed).
 */
export function asInviteHttpError(error: DomainError): DomainError | HttpError {
  const reason = error.details?.reason;
  if (reason === "expired" || reason === "revoked") return new HttpError(410, `invite_${reason}`, error.message);
  return error;
}
