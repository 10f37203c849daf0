import { z } from "zod";
import { INDUSTRIES, SIZE_BANDS } from "@/lib/validation/auth";

type Values<T extends readonly { value: string }[]> = T[number]["value"];
const industryValues = INDUSTRIES.map((i) => i.value) as [Values<typeof INDUSTRIES>, ...Values<typeof INDUSTRIES>[]];
const sizeValues = SIZE_BANDS.map((s) => s.value) as [Values<typeof SIZE_BANDS>, ...Values<typeof SIZE_BANDS>[]];

/** Longest client name accepted (the same bound as an organisation at sign-up). */
export const CLIENT_NAME_MAX_LENGTH = 120;

/** A new client organisation, added by a consultant. */
export const createClientSchema = z.strictObject({
  name: z
    .string({ error: "Enter the client's name" })
    .trim()
    .min(1, { error: "Enter the client's name" })
    .max(CLIENT_NAME_MAX_LENGTH, { error: `Use at most ${CLIENT_NAME_MAX_LENGTH} characters` }),
  industry: z.enum(industryValues, { error: "Choose an industry" }),
  sizeBand: z.enum(sizeValues, { error: "Choose a size" }),
});
export type CreateClientInput = z.infer<typeof createClientSchema>;

/** The dashboard's sortable columns. Each maps to a fixed SQL expression in lib/data/consultants.ts. */
export const CLIENT_SORTS = ["name", "industry", "convergence", "genai", "change", "activity", "respondents"] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];
export type SortDirection = "asc" | "desc";

/** The direction a column sorts in when first chosen: text A→Z, figures and dates highest first. */
export const DEFAULT_DIRECTION: Record<ClientSort, SortDirection> = {
  name: "asc",
  industry: "asc",
  convergence: "desc",
  genai: "desc",
  change: "desc",
  activity: "desc",
  respondents: "desc",
};

export const CLIENTS_PAGE_SIZE = 25;

/**
 * The dashboard's query string (?sort=&dir=&page=). Anything unreadable falls back to the default,
 * so a mangled link still shows the dashboard instead of an error.
 */
export const clientListQuerySchema = z
  .object({
    sort: z.enum(CLIENT_SORTS).catch("name"),
    dir: z.enum(["asc", "desc"]).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  })
  .transform(({ sort, dir, page }) => ({ sort, direction: dir ?? DEFAULT_DIRECTION[sort], page }));
export type ClientListQuery = z.output<typeof clientListQuerySchema>;

/** An organisation id in a URL: what createUnguessableId makes (anything else cannot exist). */
export const organizationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/** Revoking the consultant takes nothing but the organisation in the URL (an empty form or {}). */
export const revokeConsultantSchema = z.strictObject({});
