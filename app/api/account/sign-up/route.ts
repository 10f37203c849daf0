// POST /api/account/sign-up – creates an account and its organisation (the new user is the owner); rate-limited per address
import { landingPathFor } from "@/lib/auth/landing";
import { signUpBuckets } from "@/lib/auth/rate-limit";
import { consumeRateLimits } from "@/lib/data/rate-limit";
import { createUserWithOrganization } from "@/lib/data/users";
import { apiRoute, parseInput, readJsonBody } from "@/lib/http/api";
import { clientAddressOf } from "@/lib/http/client-address";
import { recordRequestEvent } from "@/lib/http/audit";
import { refusedResponse } from "@/lib/http/rate-limited";
import { signUpSchema } from "@/lib/validation/auth";

export const POST = apiRoute(async (request: Request) => {
  const input = parseInput(signUpSchema, await readJsonBody(request));
  // Counted after validation, so correcting a field never uses up the allowance.
  const decision = await consumeRateLimits(signUpBuckets(clientAddressOf(request.headers)));
  const limited = await refusedResponse(decision, request, "Too many accounts have been created from this network recently.");
  if (limited) return limited;
  const { userId, organizationId } = await createUserWithOrganization(input);
  await recordRequestEvent(request, { action: "sign_up", outcome: "success", actorUserId: userId, organizationId, targetId: userId });
  return Response.json({ email: input.email, home: landingPathFor(input.accountType) }, { status: 201 });
});
