// The tenants of the authorisation matrix, written straight into the e2e server's database
// (SQLite or PostgreSQL, through tests/support/e2e-database.ts) so the matrix does not depend on
// the sign-up and invite journeys, which have their own tests. Passwords are hashed with the app's own scrypt function, so signing in
// goes through the real next-auth credentials flow.
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "../../../lib/auth/password-hash";
import { withE2eDatabase, type SqlValue } from "../../support/e2e-database";
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

  await withE2eDatabase((db) =>
    db.transaction(async () => {
      const insert = (sql: string) => (...values: SqlValue[]) => db.run(sql, values);
      const user = insert('INSERT INTO "User" ("id", "email", "passwordHash", "sessionVersion", "createdAt", "updatedAt") VALUES (?, ?, ?, 0, ?, ?)');
      for (const u of Object.values(users)) await user(u.id, u.email, passwordHash, now, now);
      const org = insert(
        'INSERT INTO "Organization" ("id", "kind", "name", "industry", "sizeBand", "createdAt", "consultantPracticeId", "lastActivityAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      await org(w.practiceId, "practice", `Matrix Practice ${stamp}`, "other", "1-49", now, null, now);
      await org(w.otherPracticeId, "practice", `Other Practice ${stamp}`, "other", "1-49", now, null, now);
      await org(w.clientId, "company", `${TENANT_MARKER} Retail ${stamp}`, "retail", "1000-4999", now, w.practiceId, now);
      await org(w.spareClientId, "company", `${TENANT_MARKER} Spare ${stamp}`, "retail", "1-49", now, w.practiceId, now);
      const membership = insert('INSERT INTO "Membership" ("userId", "organizationId", "role", "createdAt") VALUES (?, ?, ?, ?)');
      await membership(users.owner.id, w.clientId, "owner", now);
      await membership(users.owner.id, w.spareClientId, "owner", now);
      await membership(users.member.id, w.clientId, "member", now);
      await membership(users.consultant.id, w.practiceId, "owner", now);
      await membership(users.otherConsultant.id, w.otherPracticeId, "owner", now);

      const round = insert(
        'INSERT INTO "AssessmentRound" ("id", "organizationId", "instrument", "kind", "title", "createdAt", "createdById", "completedCount", "overallScore", "overallLevel", "lastActivityAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      await round(w.soloRoundId, w.clientId, "convergence", "solo", "", now, users.owner.id, 1, 50, 3, now);
      await round(w.genaiRoundId, w.clientId, "genai", "solo", "", now, users.owner.id, 1, null, 2, now);
      await round(w.teamRoundId, w.clientId, "convergence", "team", `${TENANT_MARKER} leadership team`, now, users.consultant.id, 0, null, null, now);

      const assessment = insert(
        'INSERT INTO "Assessment" ("id", "instrument", "status", "browserKey", "createdAt", "updatedAt", "completedAt", "motion", "organizationId", "claimedAt", "roundId", "respondentFunction", "overallScore", "overallLevel") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      await assessment(w.soloAssessmentId, "convergence", "completed", id(), now, now, now, null, w.clientId, now, w.soloRoundId, null, 50, 3);
      await assessment(w.genaiAssessmentId, "genai", "completed", id(), now, now, now, "hybrid", w.clientId, now, w.genaiRoundId, null, null, 2);
      await assessment(w.respondentAssessmentId, "convergence", "in_progress", w.respondentBrowserKey, now, now, null, null, w.clientId, null, w.teamRoundId, "marketing", null, null);
      await assessment(w.anonymousAssessmentId, "convergence", "completed", id(), now, now, now, null, null, null, null, null, 50, 3);

      const answer = insert('INSERT INTO "Answer" ("assessmentId", "questionId", "choice", "updatedAt") VALUES (?, ?, ?, ?)');
      for (const q of QUESTIONS) {
        await answer(w.soloAssessmentId, q.id, "3", now);
        await answer(w.anonymousAssessmentId, q.id, "3", now);
      }
      await answer(w.respondentAssessmentId, QUESTIONS[0]!.id, "2", now);
      const rating = insert('INSERT INTO "DimensionRating" ("assessmentId", "dimensionId", "current", "target", "evidence", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)');
      for (const d of DIMENSION_IDS) await rating(w.genaiAssessmentId, d, "2", 3, "", now);

      const invite = insert(
        'INSERT INTO "Invite" ("id", "tokenHash", "organizationId", "kind", "roundId", "createdById", "expiresAt", "revokedAt", "acceptedAt", "uses", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, 0, ?)',
      );
      await invite(w.respondentInviteId, sha256(w.respondentToken), w.clientId, "respondent", w.teamRoundId, users.consultant.id, later, now);
      await invite(w.memberInviteId, sha256(w.memberInviteToken), w.clientId, "member", null, users.owner.id, later, now);

      await db.run(
        'INSERT INTO "ConsultantNote" ("id", "roundId", "practiceId", "authorId", "kind", "body", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [w.noteId, w.soloRoundId, w.practiceId, users.consultant.id, "note", `${TENANT_MARKER} note: budget is frozen until Q2`, now, now],
      );
    }),
  );
  return w;
}

/**
 * A fingerprint of every row that belongs to the world's tenants (their organisations, people,
 * rounds, assessments with their answers, invites and notes). Other test files run in parallel
 * against the same database, so the fingerprint is scoped: equal before and after a refused
 * request means the request changed nothing of these tenants.
 */
/** The primary key of each tenant table, to read its rows in a stable order on both databases. */
const ORDER_OF: Record<string, string> = {
  Assessment: '"id"',
  Answer: '"assessmentId", "questionId"',
  DimensionRating: '"assessmentId", "dimensionId"',
  ToolInventoryItem: '"id"',
  RoadmapEntry: '"assessmentId", "position"',
};

export async function tenantFingerprint(w: World): Promise<string> {
  return withE2eDatabase(async (db) => {
    const orgs = [w.practiceId, w.otherPracticeId, w.clientId, w.spareClientId];
    const users = Object.values(w.users).map((u) => u.id);
    const inList = (values: readonly string[]) => `(${values.map(() => "?").join(", ")})`;
    const assessments = (
      await db.all<{ id: string }>(`SELECT "id" FROM "Assessment" WHERE "organizationId" IN ${inList(orgs)} OR "id" = ? ORDER BY "id"`, [...orgs, w.anonymousAssessmentId])
    ).map((r) => r.id);
    const rounds = (await db.all<{ id: string }>(`SELECT "id" FROM "AssessmentRound" WHERE "organizationId" IN ${inList(orgs)} ORDER BY "id"`, orgs)).map((r) => r.id);
    const someRounds = rounds.length ? rounds : [""];
    const queries: [string, readonly string[]][] = [
      [`SELECT * FROM "Organization" WHERE "id" IN ${inList(orgs)} ORDER BY "id"`, orgs],
      [`SELECT * FROM "Membership" WHERE "organizationId" IN ${inList(orgs)} OR "userId" IN ${inList(users)} ORDER BY "userId", "organizationId"`, [...orgs, ...users]],
      [`SELECT "id", "email", "passwordHash", "sessionVersion" FROM "User" WHERE "id" IN ${inList(users)} ORDER BY "id"`, users],
      [`SELECT * FROM "AssessmentRound" WHERE "organizationId" IN ${inList(orgs)} ORDER BY "id"`, orgs],
      [`SELECT * FROM "Invite" WHERE "organizationId" IN ${inList(orgs)} ORDER BY "id"`, orgs],
      [`SELECT * FROM "ConsultantNote" WHERE "practiceId" IN ${inList(orgs)} OR "roundId" IN ${inList(someRounds)} ORDER BY "id"`, [...orgs, ...someRounds]],
    ];
    for (const [table, order] of Object.entries(ORDER_OF)) {
      const column = table === "Assessment" ? "id" : "assessmentId";
      queries.push([`SELECT * FROM "${table}" WHERE "${column}" IN ${inList(assessments)} ORDER BY ${order}`, assessments]);
    }
    const hash = createHash("sha256");
    for (const [sql, params] of queries) {
      for (const row of await db.all(sql, params)) hash.update(JSON.stringify(row));
      hash.update("|");
    }
    return hash.digest("hex");
  });
}

/** Writes a new finished, unsaved Convergence assessment with this id (for cells that claim one). */
export async function insertAnonymousCompletedAssessment(assessmentId: string): Promise<void> {
  const now = new Date().toISOString();
  await withE2eDatabase((db) =>
    db.transaction(async () => {
      await db.run(
        'INSERT INTO "Assessment" ("id", "instrument", "status", "browserKey", "createdAt", "updatedAt", "completedAt", "overallScore", "overallLevel") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [assessmentId, "convergence", "completed", id(), now, now, now, 50, 3],
      );
      for (const q of QUESTIONS) {
        await db.run('INSERT INTO "Answer" ("assessmentId", "questionId", "choice", "updatedAt") VALUES (?, ?, ?, ?)', [assessmentId, q.id, "3", now]);
      }
    }),
  );
}

/** A new assessment id (what the app hands out: 144 random bits). */
export const newAssessmentId = id;
