/*
 * Every rate limit of the app, in one place: the numbers, and the bucket keys they are counted
 * under. Pure data and functions (the counting lives in lib/data/rate-limit.ts, the decisions in
 * lib/auth/rate-limit.ts). README "Security and operations" lists these figures; keep it in step.
 *
 * A bucket key is "<limit name>:<what it is keyed on>:<value>"; the first two parts name the
 * limit in the audit log, the value is never an email or a token (emails are digested first).
 */
import type { RateLimitBucket, RateLimitRule } from "@/lib/auth/rate-limit";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Sign-in failures: per (account, address) pair, and a higher cap per address across accounts. */
export const SIGN_IN_RULES = {
  perAccountAndAddress: { limit: 5, windowMs: MINUTE },
  perAddress: { limit: 30, windowMs: MINUTE },
} as const satisfies Record<string, RateLimitRule>;

/**
 * Sign-ups per address. Every attempt that passes validation counts (a created account or an
 * email already in use), which also slows down probing which emails have an account. Generous
 * enough for a team signing up from one office.
 */
export const SIGN_UP_RULES = {
  perAddress: { limit: 20, windowMs: HOUR },
} as const satisfies Record<string, RateLimitRule>;

/**
 * Password-reset requests: per address, and per email address whether or not it has an account
 * (so the limit itself reveals nothing), which stops a flood of reset emails to one person.
 */
export const PASSWORD_RESET_RULES = {
  perAddress: { limit: 20, windowMs: HOUR },
  perEmail: { limit: 5, windowMs: HOUR },
} as const satisfies Record<string, RateLimitRule>;

/** Setting a new password with a reset token, per address: each attempt hashes a password. */
export const PASSWORD_RESET_COMPLETE_RULES = {
  perAddress: { limit: 20, windowMs: 15 * MINUTE },
} as const satisfies Record<string, RateLimitRule>;

/** Failed invite acceptances per address (unknown, expired, revoked or used tokens): guessing links. */
export const INVITE_ACCEPT_RULES = {
  failuresPerAddress: { limit: 20, windowMs: 15 * MINUTE },
} as const satisfies Record<string, RateLimitRule>;

/** Member invites created per user: each may send an email to any address. */
export const INVITE_CREATE_RULES = {
  perUser: { limit: 30, windowMs: HOUR },
} as const satisfies Record<string, RateLimitRule>;

/**
 * Anonymous assessments started per address: a guard against floods, not against people (a whole
 * office behind one address, or a workshop, stays well below it).
 */
export const ASSESSMENT_CREATE_RULES = {
  perAddress: { limit: 200, windowMs: HOUR },
} as const satisfies Record<string, RateLimitRule>;

/**
 * Writes to one assessment (answers, ratings, motion, priorities, tools, roadmap, completion,
 * benchmark choice), keyed by the assessment and not the address: many respondents may share an
 * address. Far above what a person clicking through the questions can do.
 */
export const ASSESSMENT_WRITE_RULES = {
  perAssessment: { limit: 120, windowMs: MINUTE },
} as const satisfies Record<string, RateLimitRule>;

/** PDF downloads (each one is rendered): per report (an assessment or a round) and per address. */
export const PDF_EXPORT_RULES = {
  perReport: { limit: 60, windowMs: MINUTE },
  perAddress: { limit: 120, windowMs: MINUTE },
} as const satisfies Record<string, RateLimitRule>;

/** Respondent links created per user (each link serves a whole team). */
export const RESPONDENT_LINK_CREATE_RULES = {
  perUser: { limit: 60, windowMs: HOUR },
} as const satisfies Record<string, RateLimitRule>;

/** Rounds started per user (solo or team). */
export const ROUND_CREATE_RULES = {
  perUser: { limit: 30, windowMs: HOUR },
} as const satisfies Record<string, RateLimitRule>;

/** The consultant's CSV export of every client, per user. */
export const CSV_EXPORT_RULES = {
  perUser: { limit: 30, windowMs: HOUR },
} as const satisfies Record<string, RateLimitRule>;

/** Consultant notes added or deleted, per user. */
export const NOTE_WRITE_RULES = {
  perUser: { limit: 60, windowMs: 10 * MINUTE },
} as const satisfies Record<string, RateLimitRule>;

/** The longest window of any limit: a bucket older than this is dead and may be pruned. */
export const LONGEST_WINDOW_MS = HOUR;

/** The buckets of a sign-up from `address`. */
export function signUpBuckets(address: string): RateLimitBucket[] {
  return [{ key: `sign-up:address:${address}`, rule: SIGN_UP_RULES.perAddress }];
}

/** The buckets of a reset request; `emailKey` is a digest of the normalised email (no address is stored). */
export function passwordResetBuckets(emailKey: string, address: string): RateLimitBucket[] {
  return [
    { key: `reset:address:${address}`, rule: PASSWORD_RESET_RULES.perAddress },
    { key: `reset:email:${emailKey}`, rule: PASSWORD_RESET_RULES.perEmail },
  ];
}

/** The bucket of new-password submissions (with a reset token) from `address`. */
export function passwordResetCompleteBuckets(address: string): RateLimitBucket[] {
  return [{ key: `reset-complete:address:${address}`, rule: PASSWORD_RESET_COMPLETE_RULES.perAddress }];
}

/** The bucket of failed invite acceptances from `address`. */
export function inviteAcceptBuckets(address: string): RateLimitBucket[] {
  return [{ key: `invite-accept:address:${address}`, rule: INVITE_ACCEPT_RULES.failuresPerAddress }];
}

/** The bucket of member invites created by one user. */
export function inviteCreateBuckets(userId: string): RateLimitBucket[] {
  return [{ key: `invite-create:user:${userId}`, rule: INVITE_CREATE_RULES.perUser }];
}

/** The bucket of anonymous assessments started from `address`. */
export function assessmentCreateBuckets(address: string): RateLimitBucket[] {
  return [{ key: `assessment-create:address:${address}`, rule: ASSESSMENT_CREATE_RULES.perAddress }];
}

/** The one bucket of writes to an assessment (counted in a single statement: see lib/data/rate-limit.ts). */
export function assessmentWriteBucket(assessmentId: string): RateLimitBucket {
  return { key: `assessment-write:assessment:${assessmentId}`, rule: ASSESSMENT_WRITE_RULES.perAssessment };
}

/** The buckets of a PDF download of one report (an assessment's or a round's id) from `address`. */
export function pdfExportBuckets(reportId: string, address: string): RateLimitBucket[] {
  return [
    { key: `pdf:report:${reportId}`, rule: PDF_EXPORT_RULES.perReport },
    { key: `pdf:address:${address}`, rule: PDF_EXPORT_RULES.perAddress },
  ];
}

/** The bucket of respondent links created by one user. */
export function respondentLinkCreateBuckets(userId: string): RateLimitBucket[] {
  return [{ key: `respondent-link-create:user:${userId}`, rule: RESPONDENT_LINK_CREATE_RULES.perUser }];
}

/** The bucket of rounds started by one user. */
export function roundCreateBuckets(userId: string): RateLimitBucket[] {
  return [{ key: `round-create:user:${userId}`, rule: ROUND_CREATE_RULES.perUser }];
}

/** The bucket of CSV exports by one user. */
export function csvExportBuckets(userId: string): RateLimitBucket[] {
  return [{ key: `csv-export:user:${userId}`, rule: CSV_EXPORT_RULES.perUser }];
}

/** The bucket of note writes (add or delete) by one user. */
export function noteWriteBuckets(userId: string): RateLimitBucket[] {
  return [{ key: `note-write:user:${userId}`, rule: NOTE_WRITE_RULES.perUser }];
}

/** The name of the limit a bucket key belongs to, for the audit log: "pdf:address", never the value. */
export function limitNameOf(key: string): string {
  return key.split(":").slice(0, 2).join(":");
}
