// POST /api/account/sign-up – creates an account and its organisation (the new user is the owner)
import { createUserWithOrganization } from "@/lib/data/users";
import { apiRoute, parseInput, readJsonBody } from "@/lib/http/api";
import { signUpSchema } from "@/lib/validation/auth";

export const POST = apiRoute(async (request: Request) => {
  const input = parseInput(signUpSchema, await readJsonBody(request));
  await createUserWithOrganization(input);
  return Response.json({ email: input.email }, { status: 201 });
});
