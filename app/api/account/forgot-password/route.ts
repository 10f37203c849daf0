// POST /api/account/forgot-password – emails a reset link if the account exists; answers the same either way
import { requestPasswordReset } from "@/lib/data/password-reset";
import { apiRoute, parseInput, readJsonBody } from "@/lib/http/api";
import { requestOriginOf } from "@/lib/http/client-address";
import { forgotPasswordSchema } from "@/lib/validation/auth";

export const POST = apiRoute(async (request: Request) => {
  const { email } = parseInput(forgotPasswordSchema, await readJsonBody(request));
  await requestPasswordReset(email, requestOriginOf(request));
  return Response.json(
    { message: "If an account uses this email, a reset link is on its way. It works for 30 minutes." },
    { status: 202 },
  );
});
