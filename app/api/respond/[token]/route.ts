// POST /api/respond/[token] – a respondent starts their assessment through a link (no account; this browser keeps it)
import { isRespondentLinkGone, startAsRespondent } from "@/lib/data/teams";
import { DomainError } from "@/lib/data/errors";
import { apiRoute, HttpError, parseInput } from "@/lib/http/api";
import { browserKeyFor, withBrowserKey } from "@/lib/http/browser-key";
import { readFormOrJson, seeOther, wantsJson } from "@/lib/http/form-or-json";
import { respondPathOf } from "@/lib/http/new-link-cookie";
import { pathsOf } from "@/lib/http/paths";
import { startAsRespondentSchema } from "@/lib/validation/teams";

/*
 * Answers: 303 to the questionnaire (form) or 201 (JSON). An unknown token 404. An expired or
 * revoked link 410 Gone: it existed and will not work again, so the respondent needs a new one.
 * A plain form that fails is sent back to /respond/[token], which explains (missing function,
 * link gone, or the 404 page).
 */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const page = respondPathOf(encodeURIComponent(token));
  const isForm = !wantsJson(request);
  const body = await readFormOrJson(request);

  let input;
  try {
    input = parseInput(startAsRespondentSchema, body);
  } catch (error) {
    if (isForm && error instanceof HttpError) return seeOther(`${page}?error=function`);
    throw error;
  }

  const key = browserKeyFor(request);
  try {
    const started = await startAsRespondent(token, input.function, key.browserKey);
    const resumeUrl = pathsOf(started.instrument, started.assessmentId).resume;
    const response = !isForm
      ? Response.json({ id: started.assessmentId, instrument: started.instrument, resumeUrl }, { status: 201, headers: { Location: resumeUrl } })
      : seeOther(resumeUrl);
    return withBrowserKey(response, key);
  } catch (error) {
    if (isForm && error instanceof DomainError && (error.kind === "not_found" || isRespondentLinkGone(error))) return seeOther(page);
    if (isRespondentLinkGone(error)) {
      throw new HttpError(410, String(error.details?.reason), error.message);
    }
    throw error;
  }
});
