import "server-only";
import { HttpError, readJsonBody } from "@/lib/http/api";

/*
 * Endpoints that plain HTML forms post to (so they work without JavaScript) and that also speak
 * JSON. A form gets a 303 to the next page; a JSON client gets JSON.
 */

/** Whether the body is a submitted HTML form. */
export function isFormPost(request: Request): boolean {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
}

/** Whether the caller asked for JSON back (a fetch with Accept: application/json, or a JSON body). */
export function wantsJson(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("application/json") || !isFormPost(request);
}

/** The body as a plain object: a form's text fields, an empty body as {}, or JSON (415/413/400 otherwise). */
export async function readFormOrJson(request: Request): Promise<unknown> {
  if (isFormPost(request)) {
    const form = await request.formData().catch(() => {
      throw new HttpError(400, "invalid_form", "The form could not be read");
    });
    return Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
  }
  const type = request.headers.get("content-type") ?? "";
  if (type === "" && (request.headers.get("content-length") ?? "0") === "0") return {};
  return readJsonBody(request);
}

/** A 303 to the next page, for forms. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}
