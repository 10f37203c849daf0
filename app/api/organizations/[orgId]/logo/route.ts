// GET  /api/organizations/[orgId]/logo – the practice's logo, for its own people (404 for anyone else or when none)
// POST /api/organizations/[orgId]/logo – the practice's owner uploads its logo (multipart form, field "logo":
//      PNG or JPEG; form: 303 to /workspace#logo, with ?logo=<reason> when refused; JSON: 200 or 4xx)
import { getViewer } from "@/lib/auth/actor";
import { readPracticeLogo, requirePracticeOwner, setPracticeLogo } from "@/lib/data/logos";
import { apiRoute, HttpError } from "@/lib/http/api";
import { seeOther, wantsJson } from "@/lib/http/form-or-json";
import { readLogoUpload } from "@/lib/http/logo-upload";
import { organizationIdSchema } from "@/lib/validation/consultants";
import { checkLogo } from "@/lib/validation/logo";

const WORKSPACE_LOGO = "/workspace#logo";

async function organizationOf(params: Promise<{ orgId: string }>): Promise<string> {
  const orgId = organizationIdSchema.safeParse((await params).orgId);
  if (!orgId.success) throw new HttpError(404, "not_found", "Organisation not found");
  return orgId.data;
}

export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ orgId: string }> }) => {
  const viewer = await getViewer();
  if (!viewer) throw new HttpError(401, "unauthenticated", "Sign in to see this");
  const logo = await readPracticeLogo(viewer, await organizationOf(params));
  if (!logo) throw new HttpError(404, "not_found", "No logo yet");
  return new Response(new Uint8Array(logo.bytes), {
    headers: {
      "Content-Type": logo.contentType,
      "Content-Length": String(logo.bytes.length),
      "Cache-Control": "private, no-cache",
      "Last-Modified": logo.updatedAt.toUTCString(),
    },
  });
});

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ orgId: string }> }) => {
  const viewer = await getViewer();
  if (!viewer) throw new HttpError(401, "unauthenticated", "Sign in to do this");
  const organizationId = await organizationOf(params);
  // Who may change it is settled before the upload is read: a stranger learns nothing from how it is refused.
  await requirePracticeOwner(viewer, organizationId);
  const isJson = wantsJson(request);
  let bytes: Uint8Array;
  try {
    bytes = await readLogoUpload(request);
  } catch (error) {
    if (!isJson && error instanceof HttpError && error.status !== 415) return seeOther(`/workspace?logo=${error.code}#logo`);
    throw error;
  }
  const check = checkLogo(bytes);
  if (!check.ok) {
    if (!isJson) return seeOther(`/workspace?logo=invalid_image#logo`);
    throw new HttpError(400, "invalid_image", check.message);
  }
  await setPracticeLogo(viewer, organizationId, { contentType: check.contentType, bytes, width: check.width, height: check.height });
  return isJson ? Response.json({ contentType: check.contentType, width: check.width, height: check.height }) : seeOther(WORKSPACE_LOGO);
});
