import { z } from "zod";
import { findPasswordProblem, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-rules";

export const INDUSTRIES = [
  { value: "retail", label: "Retail" },
  { value: "financial_services", label: "Financial Services" },
  { value: "healthcare", label: "Healthcare" },
  { value: "higher_education", label: "Higher Education" },
  { value: "b2b_software", label: "B2B Software" },
  { value: "other", label: "Other" },
] as const;

export const SIZE_BANDS = [
  { value: "1-49", label: "1–49 employees" },
  { value: "50-249", label: "50–249 employees" },
  { value: "250-999", label: "250–999 employees" },
  { value: "1000-4999", label: "1,000–4,999 employees" },
  { value: "5000+", label: "5,000+ employees" },
] as const;

type Values<T extends readonly { value: string }[]> = T[number]["value"];
const industryValues = INDUSTRIES.map((i) => i.value) as [Values<typeof INDUSTRIES>, ...Values<typeof INDUSTRIES>[]];
const sizeValues = SIZE_BANDS.map((s) => s.value) as [Values<typeof SIZE_BANDS>, ...Values<typeof SIZE_BANDS>[]];

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter your email address" })
  .max(254, { error: "That email address is too long" })
  .pipe(z.email({ error: "Enter a valid email address" }));

/** A password as typed at sign-in: no rules beyond a bound, so old passwords still work. */
const anyPasswordSchema = z
  .string({ error: "Enter your password" })
  .min(1, { error: "Enter your password" })
  .max(PASSWORD_MAX_LENGTH, { error: "Incorrect email or password" });

/**
 * A new password's own rules (length, blocklist), checked on the field itself: an object-level
 * check runs only once every other field is valid, which hid the password's error until then.
 */
export const newPasswordSchema = z.string({ error: "Choose a password" }).superRefine((password, ctx) => {
  const problem = findPasswordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/**
 * The one rule that needs the email too (the password must not be the email). It runs as soon as
 * the email and the password are each valid, whatever the other fields hold, so its error comes
 * with theirs; with zod's default it would wait for every field.
 */
export function refusePasswordMatchingEmail<S extends z.ZodType<{ email: string; password: string }>>(schema: S): S {
  return schema.superRefine(
    (value, ctx) => {
      const problem = findPasswordProblem(value.password, value.email);
      if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    },
    {
      when: ({ value, issues }) =>
        typeof value === "object" &&
        value !== null &&
        issues.every((issue) => issue.path !== undefined && issue.path.length > 0 && issue.path[0] !== "email" && issue.path[0] !== "password"),
    },
  );
}

export const signUpSchema = refusePasswordMatchingEmail(
  z.strictObject({
    email: emailSchema,
    password: newPasswordSchema,
    organizationName: z
      .string({ error: "Enter your organisation's name" })
      .trim()
      .min(1, { error: "Enter your organisation's name" })
      .max(120, { error: "Use at most 120 characters" }),
    industry: z.enum(industryValues, { error: "Choose an industry" }),
    sizeBand: z.enum(sizeValues, { error: "Choose a size" }),
    /** "company": a marketing team assessing itself; "practice": a consultancy managing clients. */
    accountType: z.enum(["company", "practice"], { error: "Choose how you will use Convergence" }).default("company"),
  }),
);
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({ email: emailSchema, password: anyPasswordSchema });
export type SignInInput = z.infer<typeof signInSchema>;

export const forgotPasswordSchema = z.strictObject({ email: emailSchema });

export const resetPasswordSchema = z.strictObject({
  token: z.string({ error: "The link is incomplete" }).regex(/^[A-Za-z0-9_-]{43}$/, { error: "This link is not valid" }),
  password: newPasswordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
