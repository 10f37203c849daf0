// POST /api/organizations/[orgId]/logo/delete – the practice's owner removes its logo (form: 303 to /workspace#logo)
import { getViewer } from "@/lib/auth/actor";
import { removePracticeLogo } from "@/lib/data/logos";
import { apiRoute, HttpError, parseInput } from "@/lib/http/api";
import { readFormOrJson, seeOther, wantsJson } from "@/lib/http/form-or-json";
import { organizationIdSchema } from "@/lib/validation/consultants";
import { z } from "zod";

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ orgId: string }> }) => {
  const viewer = await getViewer();
  if (!viewer) throw new HttpError(401, "unauthenticated", "Sign in to do this");
  const orgId = organizationIdSchema.safeParse((await params).orgId);
  if (!orgId.success) throw new HttpError(404, "not_found", "Organisation not found");
  // The body carries nothing; reading it still refuses a malformed one.
  parseInput(z.object({}), await readFormOrJson(request));
  await removePracticeLogo(viewer, orgId.data);
  return wantsJson(request) ? Response.json({ removed: true }) : seeOther("/workspace#logo");
});
