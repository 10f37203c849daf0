// POST /api/account/reset-password – sets a new password with a single-use, unexpired reset token
import { DomainError } from "@/lib/data/errors";
import { resetPassword } from "@/lib/data/password-reset";
import { apiRoute, parseInput, readJsonBody } from "@/lib/http/api";
import { recordRequestEvent } from "@/lib/http/audit";
import { clientAddressOf } from "@/lib/http/client-address";
import { limitOrRefuse } from "@/lib/http/rate-limited";
import { passwordResetCompleteBuckets } from "@/lib/security/rate-limits";
import { resetPasswordSchema } from "@/lib/validation/auth";

export const POST = apiRoute(async (request: Request) => {
  const input = parseInput(resetPasswordSchema, await readJsonBody(request));
  const limited = await limitOrRefuse(request, passwordResetCompleteBuckets(clientAddressOf(request.headers)), "Too many attempts to set a new password.");
  if (limited) return limited;
  try {
    const { userId } = await resetPassword(input.token, input.password);
    await recordRequestEvent(request, { action: "password_reset_completed", outcome: "success", actorUserId: userId, targetId: userId });
  } catch (error) {
    // A dead or unknown link: worth seeing when someone tries many.
    if (error instanceof DomainError) await recordRequestEvent(request, { action: "password_reset_completed", outcome: "failure" });
    throw error;
  }
  return Response.json({ ok: true });
});
