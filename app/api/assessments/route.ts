// POST /api/assessments – starts an anonymous assessment (JSON API or the landing page's plain form)
import { cookies } from "next/headers";
import { createAssessment } from "@/lib/data/assessments";
import { createUnguessableId } from "@/lib/data/ids";
import { apiRoute, HttpError, parseInput, readJsonBody } from "@/lib/http/api";
import { createAssessmentSchema } from "@/lib/validation/assessment";
import { BROWSER_KEY_COOKIE, pathsOf } from "@/lib/http/paths";

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

  const jar = await cookies();
  let browserKey = jar.get(BROWSER_KEY_COOKIE)?.value ?? null;
  if (!browserKey || !/^[A-Za-z0-9_-]{24}$/.test(browserKey)) {
    browserKey = createUnguessableId();
    jar.set(BROWSER_KEY_COOKIE, browserKey, {
      httpOnly: true,
      sameSite: "lax",
      secure: new URL(request.url).protocol === "https:",
      path: "/",
      maxAge: 60 * 60 * 24 * 400,
    });
  }

  const { id } = await createAssessment({ instrument: input.instrument, browserKey });
  const resumeUrl = pathsOf(input.instrument, id).resume;
  if ((request.headers.get("accept") ?? "").includes("application/json")) {
    return Response.json({ id, resumeUrl }, { status: 201, headers: { Location: resumeUrl } });
  }
  return new Response(null, { status: 303, headers: { Location: resumeUrl } });
});
