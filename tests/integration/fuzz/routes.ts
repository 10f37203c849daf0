// The fuzz table: every route handler under app/api, each exported method, with its path
// parameters (real records of the world to aim at), its body schema and whether it takes plain
// forms. fuzz-routes.test.ts fails when a route file or method exists that this table lacks.
import fc from "fast-check";
import { z } from "zod";
import { QUESTIONS } from "@/lib/instruments/convergence";
import { DIMENSION_IDS, NOT_APPLICABLE } from "@/lib/instruments/genai";
import { createAssessmentSchema, answerSchema, toolInventorySchema } from "@/lib/validation/assessment";
import { forgotPasswordSchema, INDUSTRIES, resetPasswordSchema, signUpSchema, SIZE_BANDS } from "@/lib/validation/auth";
import { benchmarkChoiceFormSchema, benchmarkChoiceSchema } from "@/lib/validation/benchmarks";
import { createClientSchema, revokeConsultantSchema } from "@/lib/validation/consultants";
import { motionSchema, prioritiesSchema, ratingSchema, roadmapEntrySchemaFor } from "@/lib/validation/genai";
import { createMemberInviteSchema, joinSignUpSchema } from "@/lib/validation/invites";
import { noteInputSchema } from "@/lib/validation/notes";
import { startAsRespondentSchema, startRoundSchema, RESPONDENT_FUNCTIONS } from "@/lib/validation/teams";
import { encodeSegment } from "./hostile";
import type { Caller } from "./requests";
import { WORLD_PASSWORD, type World } from "./world";

export const HTTP_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"] as const;
export type Method = (typeof HTTP_METHODS)[number];

type Example = (world: World) => fc.Arbitrary<Record<string, unknown>>;

export interface BodySpec {
  /** The schema the handler parses the JSON body with. */
  schema: z.ZodType;
  /** Realistic well-typed bodies to mutate (default: examples generated from the schema). */
  example?: Example;
  /** The schema of the same input sent as a plain HTML form, when the route accepts forms. */
  formSchema?: z.ZodType;
}

export interface EndpointSpec {
  /** Real values for each path parameter (the fuzz adds hostile ones and every other record of the world). */
  params: (world: World) => Record<string, readonly string[]>;
  /** The body's schema; absent when the route reads no fields (the fuzz still sends bodies). */
  body?: BodySpec;
  /** Whether plain HTML forms post here (urlencoded and multipart bodies are then sent more often). */
  forms?: boolean;
  /** The file field of an upload form: multipart bodies with image-like files are then sent most often. */
  upload?: string;
  /** The callers who may act here: half the runs come from them, so the fuzz gets past authorisation. */
  actors?: readonly Caller[];
}

export interface RouteSpec {
  /** The route file, relative to the repository root. */
  file: string;
  load: () => Promise<Record<string, unknown>>;
  methods: Partial<Record<Method, EndpointSpec>>;
  /** next-auth's catch-all: runs in a Next request scope, with its own payloads (fuzz-routes.test.ts). */
  nextAuth?: true;
}

const none = () => ({});
const assessmentIds = (w: World) => ({ id: Object.values(w.assessments) });
const practiceIds = (w: World) => ({ orgId: [w.consultant.organizationId, w.otherConsultant.organizationId, w.clientOrgId] });
const emailsOf = (w: World) => [w.owner.email, w.member.email, w.stranger.email, w.consultant.email, w.loner.email];

const QUESTION_IDS = QUESTIONS.map((q) => q.id);
const industry = fc.constantFrom(...INDUSTRIES.map((i) => i.value));
const sizeBand = fc.constantFrom(...SIZE_BANDS.map((s) => s.value));
const freshEmail = fc.stringMatching(/^[a-z]{1,10}$/).map((name) => `${name}@fuzz.example.com`);
const sensibleText = fc.constantFrom("Shared customer IDs", "Weekly pipeline review", "A data steward per region", "");
const ownerName = fc.constantFrom("Alex Morgan", "Sam Lee", "Jo");

const roadmapExample: Example = () =>
  fc.record({
    whatItLooksLike: sensibleText,
    infrastructure: sensibleText,
    training: sensibleText,
    governance: sensibleText,
    successMeasure: sensibleText,
    marketingWin: sensibleText,
    itWin: sensibleText,
    marketingOwner: ownerName,
    itOwner: ownerName,
    targetDate: fc.constantFrom("2030-09-30", "2031-01-15"),
  });

export const ROUTES: RouteSpec[] = [
  {
    file: "app/api/account/forgot-password/route.ts",
    load: () => import("@/app/api/account/forgot-password/route"),
    methods: { POST: { params: none, body: { schema: forgotPasswordSchema, example: (w) => fc.record({ email: fc.oneof(fc.constantFrom(...emailsOf(w)), freshEmail) }) } } },
  },
  {
    file: "app/api/account/reset-password/route.ts",
    load: () => import("@/app/api/account/reset-password/route"),
    methods: {
      POST: {
        params: none,
        body: {
          schema: resetPasswordSchema,
          example: (w) => fc.record({ token: fc.oneof(fc.constant(w.resetToken), fc.stringMatching(/^[A-Za-z0-9_-]{43}$/)), password: fc.constant("another sensible passphrase") }),
        },
      },
    },
  },
  {
    file: "app/api/account/sign-up/route.ts",
    load: () => import("@/app/api/account/sign-up/route"),
    methods: {
      POST: {
        params: none,
        body: {
          schema: signUpSchema,
          example: (w) =>
            fc.record({
              email: fc.oneof(freshEmail, fc.constantFrom(...emailsOf(w))),
              password: fc.constant(WORLD_PASSWORD),
              organizationName: fc.constantFrom("Acme", "Northwind"),
              industry,
              sizeBand,
              accountType: fc.constantFrom("company", "practice"),
            }),
        },
      },
    },
  },
  {
    file: "app/api/assessments/route.ts",
    load: () => import("@/app/api/assessments/route"),
    methods: { POST: { params: none, forms: true, body: { schema: createAssessmentSchema, formSchema: createAssessmentSchema } } },
  },
  {
    file: "app/api/assessments/[id]/answers/route.ts",
    load: () => import("@/app/api/assessments/[id]/answers/route"),
    methods: {
      PUT: {
        params: assessmentIds,
        body: { schema: answerSchema, example: () => fc.record({ questionId: fc.constantFrom(...QUESTION_IDS), choice: fc.constantFrom(1, 2, 3, 4, 5, "dont_know") }) },
      },
    },
  },
  {
    file: "app/api/assessments/[id]/benchmark/route.ts",
    load: () => import("@/app/api/assessments/[id]/benchmark/route"),
    methods: {
      PUT: { params: assessmentIds, body: { schema: benchmarkChoiceSchema } },
      POST: { params: assessmentIds, forms: true, body: { schema: benchmarkChoiceSchema, formSchema: benchmarkChoiceFormSchema } },
    },
  },
  {
    file: "app/api/assessments/[id]/claim/route.ts",
    load: () => import("@/app/api/assessments/[id]/claim/route"),
    methods: { POST: { actors: ["owner", "loner"], params: assessmentIds } },
  },
  {
    file: "app/api/assessments/[id]/complete/route.ts",
    load: () => import("@/app/api/assessments/[id]/complete/route"),
    methods: { POST: { params: assessmentIds } },
  },
  {
    file: "app/api/assessments/[id]/motion/route.ts",
    load: () => import("@/app/api/assessments/[id]/motion/route"),
    methods: { PUT: { params: assessmentIds, body: { schema: motionSchema } } },
  },
  {
    file: "app/api/assessments/[id]/pdf/route.ts",
    load: () => import("@/app/api/assessments/[id]/pdf/route"),
    methods: { GET: { params: assessmentIds } },
  },
  {
    file: "app/api/assessments/[id]/priorities/route.ts",
    load: () => import("@/app/api/assessments/[id]/priorities/route"),
    methods: {
      PUT: {
        params: assessmentIds,
        body: {
          schema: prioritiesSchema,
          example: () => fc.record({ priorities: fc.shuffledSubarray([...DIMENSION_IDS], { minLength: 3, maxLength: 3 }) }),
        },
      },
    },
  },
  {
    file: "app/api/assessments/[id]/ratings/route.ts",
    load: () => import("@/app/api/assessments/[id]/ratings/route"),
    methods: {
      PUT: {
        params: assessmentIds,
        body: {
          schema: ratingSchema,
          example: () =>
            fc.oneof(
              fc.record({ dimensionId: fc.constantFrom(...DIMENSION_IDS), current: fc.constantFrom(1, 2, 3), target: fc.constantFrom(3, 4, 5), evidence: sensibleText }),
              fc.record({ dimensionId: fc.constantFrom(...DIMENSION_IDS), current: fc.constant(NOT_APPLICABLE), target: fc.constant(null) }),
            ),
        },
      },
    },
  },
  {
    file: "app/api/assessments/[id]/roadmap/[position]/route.ts",
    load: () => import("@/app/api/assessments/[id]/roadmap/[position]/route"),
    methods: {
      PUT: {
        params: (w) => ({ ...assessmentIds(w), position: ["0", "1", "2"] }),
        body: { schema: roadmapEntrySchemaFor("2026-01-01"), example: roadmapExample },
      },
    },
  },
  {
    file: "app/api/assessments/[id]/tools/route.ts",
    load: () => import("@/app/api/assessments/[id]/tools/route"),
    methods: {
      PUT: {
        params: assessmentIds,
        body: {
          schema: toolInventorySchema,
          example: () => fc.record({ tools: fc.array(fc.record({ name: fc.constantFrom("HubSpot", "GA4", "Looker"), purpose: sensibleText, tag: fc.constantFrom("core", "candidate", "retire") }), { maxLength: 4 }) }),
        },
      },
    },
  },
  {
    file: "app/api/auth/[...nextauth]/route.ts",
    load: () => import("@/app/api/auth/[...nextauth]/route"),
    nextAuth: true,
    methods: { GET: { params: none }, POST: { params: none, forms: true } },
  },
  {
    file: "app/api/clients/route.ts",
    load: () => import("@/app/api/clients/route"),
    methods: {
      POST: {
        actors: ["consultant"],
        params: none,
        forms: true,
        body: { schema: createClientSchema, formSchema: createClientSchema, example: () => fc.record({ name: fc.constantFrom("Contoso", "Fabrikam"), industry, sizeBand }) },
      },
    },
  },
  {
    file: "app/api/clients/export/route.ts",
    load: () => import("@/app/api/clients/export/route"),
    // No actors: the export takes no input, so a thousand successful CSVs would add nothing but time.
    methods: { GET: { params: none } },
  },
  {
    file: "app/api/invites/[inviteId]/revoke/route.ts",
    load: () => import("@/app/api/invites/[inviteId]/revoke/route"),
    methods: { POST: { actors: ["owner", "consultant"], params: (w) => ({ inviteId: [w.memberInvites.id, w.memberInvites.strangerInviteId] }), forms: true } },
  },
  {
    file: "app/api/join/[token]/route.ts",
    load: () => import("@/app/api/join/[token]/route"),
    methods: { POST: { actors: ["loner", "stranger"], params: (w) => ({ token: [w.memberInvites.token, w.memberInvites.revokedToken] }), forms: true } },
  },
  {
    file: "app/api/join/[token]/sign-up/route.ts",
    load: () => import("@/app/api/join/[token]/sign-up/route"),
    methods: {
      POST: {
        params: (w) => ({ token: [w.memberInvites.token, w.memberInvites.revokedToken] }),
        body: { schema: joinSignUpSchema, example: (w) => fc.record({ email: fc.oneof(freshEmail, fc.constantFrom(...emailsOf(w))), password: fc.constant(WORLD_PASSWORD) }) },
      },
    },
  },
  {
    file: "app/api/notes/[noteId]/delete/route.ts",
    load: () => import("@/app/api/notes/[noteId]/delete/route"),
    methods: { POST: { actors: ["consultant"], params: (w) => ({ noteId: Object.values(w.notes) }), forms: true } },
  },
  {
    file: "app/api/organizations/[orgId]/consultant/revoke/route.ts",
    load: () => import("@/app/api/organizations/[orgId]/consultant/revoke/route"),
    methods: {
      POST: { actors: ["owner"], params: (w) => ({ orgId: [w.clientOrgId, w.strangerOrgId, w.otherClientOrgId] }), forms: true, body: { schema: revokeConsultantSchema, formSchema: revokeConsultantSchema } },
    },
  },
  {
    file: "app/api/organizations/[orgId]/logo/route.ts",
    load: () => import("@/app/api/organizations/[orgId]/logo/route"),
    methods: {
      GET: { actors: ["consultant"], params: practiceIds },
      POST: { actors: ["consultant"], params: practiceIds, forms: true, upload: "logo" },
    },
  },
  {
    file: "app/api/organizations/[orgId]/logo/delete/route.ts",
    load: () => import("@/app/api/organizations/[orgId]/logo/delete/route"),
    methods: { POST: { actors: ["consultant"], params: practiceIds, forms: true, body: { schema: z.object({}) } } },
  },
  {
    file: "app/api/organizations/[orgId]/member-invites/route.ts",
    load: () => import("@/app/api/organizations/[orgId]/member-invites/route"),
    methods: {
      POST: {
        actors: ["owner", "consultant"],
        params: (w) => ({ orgId: [w.clientOrgId, w.strangerOrgId, w.otherClientOrgId] }),
        forms: true,
        body: {
          schema: createMemberInviteSchema,
          formSchema: createMemberInviteSchema,
          example: () => fc.record({ email: fc.oneof(freshEmail, fc.constant("")), role: fc.constantFrom("member", "owner") }, { requiredKeys: [] }),
        },
      },
    },
  },
  {
    file: "app/api/organizations/[orgId]/rounds/route.ts",
    load: () => import("@/app/api/organizations/[orgId]/rounds/route"),
    methods: {
      POST: {
        actors: ["owner", "consultant"],
        params: (w) => ({ orgId: [w.clientOrgId, w.strangerOrgId, w.otherClientOrgId, w.consultant.organizationId] }),
        forms: true,
        body: { schema: startRoundSchema, formSchema: startRoundSchema },
      },
    },
  },
  {
    file: "app/api/respond/[token]/route.ts",
    load: () => import("@/app/api/respond/[token]/route"),
    methods: {
      POST: {
        params: (w) => ({ token: [w.respondentLinks.token, w.respondentLinks.revokedToken] }),
        forms: true,
        body: { schema: startAsRespondentSchema, formSchema: startAsRespondentSchema, example: () => fc.record({ function: fc.constantFrom(...RESPONDENT_FUNCTIONS.map((f) => f.value)) }) },
      },
    },
  },
  {
    file: "app/api/respondent-links/[inviteId]/revoke/route.ts",
    load: () => import("@/app/api/respondent-links/[inviteId]/revoke/route"),
    methods: { POST: { actors: ["owner", "consultant"], params: (w) => ({ inviteId: [w.respondentLinks.id, w.respondentLinks.revokedId] }), forms: true } },
  },
  {
    file: "app/api/rounds/[roundId]/links/route.ts",
    load: () => import("@/app/api/rounds/[roundId]/links/route"),
    methods: { POST: { actors: ["owner", "consultant"], params: (w) => ({ roundId: Object.values(w.rounds) }), forms: true } },
  },
  {
    file: "app/api/rounds/[roundId]/pdf/route.ts",
    load: () => import("@/app/api/rounds/[roundId]/pdf/route"),
    methods: { GET: { actors: ["owner", "consultant"], params: (w) => ({ roundId: Object.values(w.rounds) }) } },
  },
  {
    file: "app/api/rounds/[roundId]/notes/route.ts",
    load: () => import("@/app/api/rounds/[roundId]/notes/route"),
    methods: {
      POST: {
        actors: ["consultant"],
        params: (w) => ({ roundId: Object.values(w.rounds) }),
        forms: true,
        body: { schema: noteInputSchema, formSchema: noteInputSchema, example: () => fc.record({ kind: fc.constantFrom("note", "recommendation"), body: sensibleText }) },
      },
    },
  },
];

/** The URL pattern of a route file ("app/api/a/[id]/route.ts" → "/api/a/[id]"). */
export function templateOf(file: string): string {
  return file.replace(/^app/, "").replace(/\/route\.ts$/, "");
}

/** The URL path of a route file with its parameters filled in ("app/api/a/[id]/route.ts" → "/api/a/<id>"). */
export function pathOf(file: string, params: Record<string, string | string[]>): string {
  return templateOf(file).replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_match, name: string) => {
    const value = params[name] ?? "";
    return Array.isArray(value) ? value.map(encodeSegment).join("/") : encodeSegment(value);
  });
}
