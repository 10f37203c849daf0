// The tenants of the authorisation matrix, written straight into the e2e server's SQLite file
// (E2E_DATABASE_PATH) so the matrix does not depend on the sign-up and invite journeys, which
// have their own tests. Passwords are hashed with the app's own scrypt function, so signing in
// goes through the real next-auth credentials flow.
import { createHash, randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { hashPassword } from "../../../lib/auth/password-hash";
import { QUESTIONS } from "../../../lib/instruments/convergence";
import { DIMENSION_IDS } from "../../../lib/instruments/genai";

export const PASSWORD = "matrix passphrase for every role";

/** Text that only the client tenant's data contains: no refused answer may carry it. */
export const TENANT_MARKER = "Zephyrine";

export type Role = "anonymous" | "respondent" | "member" | "owner" | "consultant" | "otherConsultant";
export const ROLES: readonly Role[] = ["anonymous", "respondent", "member", "owner", "consultant", "otherConsultant"];

export interface World {
  users: Record<Exclude<Role, "anonymous" | "respondent">, { id: string; email: string }>;
  /** The respondent's browser cookie (cv_browser). */
  respondentBrowserKey: string;
  practiceId: string;
  otherPracticeId: string;
  clientId: string;
  /** A second client of the same practice for actions that cannot be undone (revoking the consultant). */
  spareClientId: string;
  /** Completed solo Convergence round and its assessment. */
  soloRoundId: string;
  soloAssessmentId: string;
  /** Completed solo GenAI round and its assessment. */
  genaiRoundId: string;
  genaiAssessmentId: string;
  /** Team round with one respondent in progress. */
  teamRoundId: string;
  respondentAssessmentId: string;
  respondentToken: string;
  respondentInviteId: string;
  memberInviteToken: string;
  memberInviteId: string;
  noteId: string;
  /** An anonymous, finished, unsaved assessment (reached by its id alone). */
  anonymousAssessmentId: string;
}

const id = () => randomBytes(18).toString("base64url");
const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

function open(): Database.Database {
  const path = process.env.E2E_DATABASE_PATH;
  if (!path) throw new Error("E2E_DATABASE_PATH is not set (playwright.config.ts sets it)");
  const db = new Database(path, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}

/** Seeds the tenants and returns their ids. Unique per call, so it may run in several workers. */
export async function seedWorld(): Promise<World> {
  const passwordHash = await hashPassword(PASSWORD);
  const now = new Date().toISOString();
  const later = new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
  const stamp = `${Date.now()}-${randomBytes(3).toString("hex")}`;
  const users = {
    member: { id: id(), email: `matrix-member-${stamp}@example.com` },
    owner: { id: id(), email: `matrix-owner-${stamp}@example.com` },
    consultant: { id: id(), email: `matrix-consultant-${stamp}@example.com` },
    otherConsultant: { id: id(), email: `matrix-other-${stamp}@example.com` },
  };
  const w: World = {
    users,
    respondentBrowserKey: id(),
    practiceId: id(),
    otherPracticeId: id(),
    clientId: id(),
    spareClientId: id(),
    soloRoundId: id(),
    soloAssessmentId: id(),
    genaiRoundId: id(),
    genaiAssessmentId: id(),
    teamRoundId: id(),
    respondentAssessmentId: id(),
    respondentToken: randomBytes(32).toString("base64url"),
    respondentInviteId: id(),
    memberInviteToken: randomBytes(32).toString("base64url"),
    memberInviteId: id(),
    noteId: id(),
    anonymousAssessmentId: id(),
  };

  const db = open();
  try {
    db.transaction(() => {
      const user = db.prepare('INSERT INTO "User" (id, email, passwordHash, sessionVersion, createdAt, updatedAt) VALUES (?, ?, ?, 0, ?, ?)');
      for (const u of Object.values(users)) user.run(u.id, u.email, passwordHash, now, now);
      const org = db.prepare(
        'INSERT INTO "Organization" (id, kind, name, industry, sizeBand, createdAt, consultantPracticeId, lastActivityAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      org.run(w.practiceId, "practice", `Matrix Practice ${stamp}`, "other", "1-49", now, null, now);
      org.run(w.otherPracticeId, "practice", `Other Practice ${stamp}`, "other", "1-49", now, null, now);
      org.run(w.clientId, "company", `${TENANT_MARKER} Retail ${stamp}`, "retail", "1000-4999", now, w.practiceId, now);
      org.run(w.spareClientId, "company", `${TENANT_MARKER} Spare ${stamp}`, "retail", "1-49", now, w.practiceId, now);
      const membership = db.prepare('INSERT INTO "Membership" (userId, organizationId, role, createdAt) VALUES (?, ?, ?, ?)');
      membership.run(users.owner.id, w.clientId, "owner", now);
      membership.run(users.owner.id, w.spareClientId, "owner", now);
      membership.run(users.member.id, w.clientId, "member", now);
      membership.run(users.consultant.id, w.practiceId, "owner", now);
      membership.run(users.otherConsultant.id, w.otherPracticeId, "owner", now);

      const round = db.prepare(
        'INSERT INTO "AssessmentRound" (id, organizationId, instrument, kind, title, createdAt, createdById, completedCount, overallScore, overallLevel, lastActivityAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      round.run(w.soloRoundId, w.clientId, "convergence", "solo", "", now, users.owner.id, 1, 50, 3, now);
      round.run(w.genaiRoundId, w.clientId, "genai", "solo", "", now, users.owner.id, 1, null, 2, now);
      round.run(w.teamRoundId, w.clientId, "convergence", "team", `${TENANT_MARKER} leadership team`, now, users.consultant.id, 0, null, null, now);

      const assessment = db.prepare(
        'INSERT INTO "Assessment" (id, instrument, status, browserKey, createdAt, updatedAt, completedAt, motion, organizationId, claimedAt, roundId, respondentFunction, overallScore, overallLevel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      assessment.run(w.soloAssessmentId, "convergence", "completed", id(), now, now, now, null, w.clientId, now, w.soloRoundId, null, 50, 3);
      assessment.run(w.genaiAssessmentId, "genai", "completed", id(), now, now, now, "hybrid", w.clientId, now, w.genaiRoundId, null, null, 2);
      assessment.run(w.respondentAssessmentId, "convergence", "in_progress", w.respondentBrowserKey, now, now, null, null, w.clientId, null, w.teamRoundId, "marketing", null, null);
      assessment.run(w.anonymousAssessmentId, "convergence", "completed", id(), now, now, now, null, null, null, null, null, 50, 3);

      const answer = db.prepare('INSERT INTO "Answer" (assessmentId, questionId, choice, updatedAt) VALUES (?, ?, ?, ?)');
      for (const q of QUESTIONS) {
        answer.run(w.soloAssessmentId, q.id, "3", now);
        answer.run(w.anonymousAssessmentId, q.id, "3", now);
      }
      answer.run(w.respondentAssessmentId, QUESTIONS[0]!.id, "2", now);
      const rating = db.prepare('INSERT INTO "DimensionRating" (assessmentId, dimensionId, current, target, evidence, updatedAt) VALUES (?, ?, ?, ?, ?, ?)');
      for (const d of DIMENSION_IDS) rating.run(w.genaiAssessmentId, d, "2", 3, "", now);

      const invite = db.prepare(
        'INSERT INTO "Invite" (id, tokenHash, organizationId, kind, roundId, createdById, expiresAt, revokedAt, acceptedAt, uses, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, 0, ?)',
      );
      invite.run(w.respondentInviteId, sha256(w.respondentToken), w.clientId, "respondent", w.teamRoundId, users.consultant.id, later, now);
      invite.run(w.memberInviteId, sha256(w.memberInviteToken), w.clientId, "member", null, users.owner.id, later, now);

      db.prepare(
        'INSERT INTO "ConsultantNote" (id, roundId, practiceId, authorId, kind, body, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(w.noteId, w.soloRoundId, w.practiceId, users.consultant.id, "note", `${TENANT_MARKER} note: budget is frozen until Q2`, now, now);
    })();
  } finally {
    db.close();
  }
  return w;
}

/**
 * A fingerprint of every row that belongs to the world's tenants (their organisations, people,
 * rounds, assessments with their answers, invites and notes). Other test files run in parallel
 * against the same database, so the fingerprint is scoped: equal before and after a refused
 * request means the request changed nothing of these tenants.
 */
export function tenantFingerprint(w: World): string {
  const db = open();
  try {
    const orgs = [w.practiceId, w.otherPracticeId, w.clientId, w.spareClientId];
    const users = Object.values(w.users).map((u) => u.id);
    const inList = (values: readonly string[]) => `(${values.map(() => "?").join(", ")})`;
    const assessments = (
      db.prepare(`SELECT id FROM "Assessment" WHERE organizationId IN ${inList(orgs)} OR id = ? ORDER BY id`).all(...orgs, w.anonymousAssessmentId) as { id: string }[]
    ).map((r) => r.id);
    const rounds = (db.prepare(`SELECT id FROM "AssessmentRound" WHERE organizationId IN ${inList(orgs)} ORDER BY id`).all(...orgs) as { id: string }[]).map((r) => r.id);
    const queries: [string, readonly string[]][] = [
      [`SELECT * FROM "Organization" WHERE id IN ${inList(orgs)} ORDER BY id`, orgs],
      [`SELECT * FROM "Membership" WHERE organizationId IN ${inList(orgs)} OR userId IN ${inList(users)} ORDER BY userId, organizationId`, [...orgs, ...users]],
      [`SELECT id, email, passwordHash, sessionVersion FROM "User" WHERE id IN ${inList(users)} ORDER BY id`, users],
      [`SELECT * FROM "AssessmentRound" WHERE organizationId IN ${inList(orgs)} ORDER BY id`, orgs],
      [`SELECT * FROM "Invite" WHERE organizationId IN ${inList(orgs)} ORDER BY id`, orgs],
      [`SELECT * FROM "ConsultantNote" WHERE practiceId IN ${inList(orgs)} OR roundId IN ${inList(rounds.length ? rounds : [""])} ORDER BY id`, [...orgs, ...(rounds.length ? rounds : [""])]],
    ];
    for (const table of ["Assessment", "Answer", "DimensionRating", "ToolInventoryItem", "RoadmapEntry"]) {
      const column = table === "Assessment" ? "id" : "assessmentId";
      queries.push([`SELECT * FROM "${table}" WHERE ${column} IN ${inList(assessments)} ORDER BY rowid`, assessments]);
    }
    const hash = createHash("sha256");
    for (const [sql, params] of queries) {
      for (const row of db.prepare(sql).iterate(...params)) hash.update(JSON.stringify(row));
      hash.update("|");
    }
    return hash.digest("hex");
  } finally {
    db.close();
  }
}

/** A new finished, unsaved Convergence assessment (for cells that claim one). */
export function insertAnonymousCompletedAssessment(): string {
  const db = open();
  const assessmentId = id();
  const now = new Date().toISOString();
  try {
    db.transaction(() => {
      db.prepare(
        'INSERT INTO "Assessment" (id, instrument, status, browserKey, createdAt, updatedAt, completedAt, overallScore, overallLevel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(assessmentId, "convergence", "completed", id(), now, now, now, 50, 3);
      const answer = db.prepare('INSERT INTO "Answer" (assessmentId, questionId, choice, updatedAt) VALUES (?, ?, ?, ?)');
      for (const q of QUESTIONS) answer.run(assessmentId, q.id, "3", now);
    })();
  } finally {
    db.close();
  }
  return assessmentId;
}
