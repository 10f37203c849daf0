import { z } from "zod";
import { emailSchema, newPasswordSchema, refusePasswordMatchingEmail } from "@/lib/validation/auth";

/** An invite token as it appears in a link (base64url). Anything else cannot exist: 404. */
export const inviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/);

/** POST /api/organizations/[orgId]/member-invites: optionally email the link to someone. */
export const createMemberInviteSchema = z.strictObject({
  email: z
    .string({ error: "Enter an email address, or leave it empty" })
    .trim()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(emailSchema.optional())
    .optional(),
  /** "owner" only for a consultant inviting a client's first owner; members by default. */
  role: z.enum(["member", "owner"], { error: "Choose member or owner" }).default("member"),
});
export type CreateMemberInviteInput = z.infer<typeof createMemberInviteSchema>;

/** POST /api/join/[token]/sign-up: a new account that joins the inviting organisation (no organisation of its own). */
export const joinSignUpSchema = refusePasswordMatchingEmail(
  z.strictObject({
    email: emailSchema,
    password: newPasswordSchema,
  }),
);
export type JoinSignUpInput = z.infer<typeof joinSignUpSchema>;

/** An organisation's or an invite's id in a URL (createUnguessableId). Anything else cannot exist: 404. */
export const recordIdParamSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
