/** Field-level messages, keyed by the path of the offending field ("tools.2.name"). */
export type FieldErrors = Record<string, string>;

export type DomainErrorKind = "not_found" | "conflict" | "invalid" | "forbidden";

/** An expected failure of a data-layer call; route handlers turn it into a 4xx. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly fields?: FieldErrors,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function notFound(what = "Assessment"): DomainError {
  return new DomainError("not_found", `${what} not found`);
}

/** The caller can see the thing but may not do this to it (a member trying an owner's action). */
export function forbidden(message = "You do not have permission to do this"): DomainError {
  return new DomainError("forbidden", message);
}
