// POST /api/clients – a consultant adds a client organisation (JSON, or the /clients/new form: 303 to the new client)
import { getViewer } from "@/lib/auth/actor";
import { createClient } from "@/lib/data/consultants";
import { apiRoute, HttpError, parseInput } from "@/lib/http/api";
import { recordRequestEvent } from "@/lib/http/audit";
import { isFormPost, readFormOrJson, seeOther, wantsJson } from "@/lib/http/form-or-json";
import { createClientSchema } from "@/lib/validation/consultants";

/** Longest value echoed back to the form in the URL after a refusal. */
const MAX_ECHOED_LENGTH = 200;

/** Sends a plain form back to /clients/new with what was typed; the page shows why it was refused. */
function backToForm(body: unknown): Response {
  const query = new URLSearchParams({ invalid: "1" });
  const values = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  for (const key of ["name", "industry", "sizeBand"] as const) {
    const value = values[key];
    if (typeof value === "string" && value !== "") query.set(key, value.slice(0, MAX_ECHOED_LENGTH));
  }
  return seeOther(`/clients/new?${query.toString()}`);
}

export const POST = apiRoute(async (request: Request) => {
  const viewer = await getViewer();
  if (!viewer) throw new HttpError(401, "unauthenticated", "Sign in to do this");
  const body = await readFormOrJson(request);
  if (isFormPost(request) && !wantsJson(request) && !createClientSchema.safeParse(body).success) return backToForm(body);
  const input = parseInput(createClientSchema, body);

  const { id } = await createClient(viewer, input);
  // The practice that created the client manages it: its consultants gain access.
  await recordRequestEvent(request, {
    action: "consultant_access_granted",
    outcome: "success",
    actorUserId: viewer.userId,
    organizationId: id,
    targetId: viewer.memberships.find((m) => m.kind === "practice")?.organizationId ?? null,
  });
  const url = `/clients/${encodeURIComponent(id)}`;
  return wantsJson(request) ? Response.json({ id, url }, { status: 201, headers: { Location: url } }) : seeOther(url);
});
