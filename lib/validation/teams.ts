import { z } from "zod";
import { instrumentSchema } from "@/lib/validation/assessment";

/** The functions a team respondent can answer for, in the order the form lists them. */
export const RESPONDENT_FUNCTIONS = [
  { value: "marketing", label: "Marketing" },
  { value: "it", label: "IT" },
  { value: "data", label: "Data" },
  { value: "sales", label: "Sales" },
  { value: "executive", label: "Executive" },
  { value: "other", label: "Other" },
] as const;

export type RespondentFunctionValue = (typeof RESPONDENT_FUNCTIONS)[number]["value"];

const functionValues = RESPONDENT_FUNCTIONS.map((f) => f.value) as [RespondentFunctionValue, ...RespondentFunctionValue[]];

/** The label of a function ("IT"), or `fallback` when none was given (a solo round's respondent). */
export function respondentFunctionLabel(value: string | null, fallback = "No function given"): string {
  return RESPONDENT_FUNCTIONS.find((f) => f.value === value)?.label ?? fallback;
}

export const respondentFunctionSchema = z.enum(functionValues, {
  error: "Choose your function: Marketing, IT, Data, Sales, Executive or Other",
});

export const roundKindSchema = z.enum(["solo", "team"], { error: "Kind must be \"solo\" or \"team\"" });
export type RoundKind = z.infer<typeof roundKindSchema>;

export const ROUND_TITLE_MAX = 120;

/** POST /api/organizations/[orgId]/rounds */
export const startRoundSchema = z.strictObject({
  instrument: instrumentSchema,
  kind: roundKindSchema,
  title: z
    .string({ error: "Title must be text" })
    .trim()
    .max(ROUND_TITLE_MAX, { error: `Title is at most ${ROUND_TITLE_MAX} characters` })
    .default(""),
});
export type StartRoundInput = z.infer<typeof startRoundSchema>;

/** POST /api/respond/[token] */
export const startAsRespondentSchema = z.strictObject({
  function: respondentFunctionSchema,
});

/** Ids of rounds, organisations and invites: createUnguessableId() values (a malformed one cannot exist: 404). */
export const recordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/** A respondent link's raw token: 32 random bytes, base64url. */
export const RESPONDENT_TOKEN_LENGTH = 43;
export const respondentTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
