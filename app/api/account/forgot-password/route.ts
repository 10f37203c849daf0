// POST /api/account/forgot-password – emails a reset link if the account exists; answers the same either way; rate-limited
import { passwordResetBuckets } from "@/lib/auth/rate-limit";
import { requestPasswordReset } from "@/lib/data/password-reset";
import { consumeRateLimits, emailKeyOf } from "@/lib/data/rate-limit";
import { recordRequestEvent } from "@/lib/http/audit";
import { apiRoute, parseInput, readJsonBody } from "@/lib/http/api";
import { clientAddressOf, requestOriginOf } from "@/lib/http/client-address";
import { refusedResponse } from "@/lib/http/rate-limited";
import { forgotPasswordSchema } from "@/lib/validation/auth";

export const POST = apiRoute(async (request: Request) => {
  const { email } = parseInput(forgotPasswordSchema, await readJsonBody(request));
  // Keyed on the email as typed, account or not, so a 429 says nothing about who has an account.
  const decision = await consumeRateLimits(passwordResetBuckets(emailKeyOf(email), clientAddressOf(request.headers)));
  const limited = await refusedResponse(decision, request, "Too many reset requests.");
  if (limited) return limited;
  const { userId } = await requestPasswordReset(email, requestOriginOf(request));
  // An email without an account is a "failure", kept under its digest only (never the address).
  await recordRequestEvent(request, {
    action: "password_reset_requested",
    outcome: userId ? "success" : "failure",
    actorUserId: userId,
    targetId: userId,
    detail: userId ? null : { emailKey: emailKeyOf(email) },
  });
  return Response.json(
    { message: "If an account uses this email, a reset link is on its way. It works for 30 minutes." },
    { status: 202 },
  );
});
