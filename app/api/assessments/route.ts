// POST /api/assessments – starts an anonymous assessment (JSON API or the landing page's plain form)
import { createAssessment } from "@/lib/data/assessments";
import { clientAddressOf } from "@/lib/http/client-address";
import { limitOrRefuse } from "@/lib/http/rate-limited";
import { assessmentCreateBuckets } from "@/lib/security/rate-limits";
import { apiRoute, HttpError, parseInput, readJsonBody } from "@/lib/http/api";
import { browserKeyFor, withBrowserKey } from "@/lib/http/browser-key";
import { createAssessmentSchema } from "@/lib/validation/assessment";
import { pathsOf } from "@/lib/http/paths";

async function readCreateInput(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
    const form = await request.formData().catch(() => {
      throw new HttpError(400, "invalid_form", "The form could not be read");
    });
    return Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
  }
  if (type === "" && request.headers.get("content-length") === "0") return {};
  return readJsonBody(request);
}

export const POST = apiRoute(async (request: Request) => {
  const input = parseInput(createAssessmentSchema, await readCreateInput(request));
  const limited = await limitOrRefuse(request, assessmentCreateBuckets(clientAddressOf(request.headers)), "Too many assessments have been started from this network recently.");
  if (limited) return limited;

  const key = browserKeyFor(request);
  const { id } = await createAssessment({ instrument: input.instrument, browserKey: key.browserKey });
  const resumeUrl = pathsOf(input.instrument, id).resume;
  if ((request.headers.get("accept") ?? "").includes("application/json")) {
    return withBrowserKey(Response.json({ id, resumeUrl }, { status: 201, headers: { Location: resumeUrl } }), key);
  }
  return withBrowserKey(new Response(null, { status: 303, headers: { Location: resumeUrl } }), key);
});
