// POST /api/account/reset-password – sets a new password with a single-use, unexpired reset token
import { resetPassword } from "@/lib/data/password-reset";
import { apiRoute, parseInput, readJsonBody } from "@/lib/http/api";
import { resetPasswordSchema } from "@/lib/validation/auth";

export const POST = apiRoute(async (request: Request) => {
  const input = parseInput(resetPasswordSchema, await readJsonBody(request));
  await resetPassword(input.token, input.password);
  return Response.json({ ok: true });
});
