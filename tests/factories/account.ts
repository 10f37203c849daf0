import { createUserWithOrganization } from "@/lib/data/users";
import type { SignUpInput } from "@/lib/validation/auth";

let counter = 0;

/** A new user who owns a new organisation; returns their ids and credentials. */
export async function createAccount(overrides: Partial<SignUpInput> = {}) {
  counter += 1;
  const input: SignUpInput = {
    email: `owner${counter}-${Date.now()}@example.com`,
    password: "a sensible passphrase",
    organizationName: `Organisation ${counter}`,
    industry: "b2b_software",
    sizeBand: "250-999",
    accountType: "company",
    ...overrides,
  };
  const ids = await createUserWithOrganization(input);
  return { ...ids, email: input.email, password: input.password };
}

/** A consultant: a new user who owns a new practice (consultancy). */
export async function createConsultant(overrides: Partial<SignUpInput> = {}) {
  return createAccount({ organizationName: `Practice ${counter + 1}`, industry: "other", accountType: "practice", ...overrides });
}
