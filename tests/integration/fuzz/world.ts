// A small world for fuzzing one endpoint: a client organisation with its owner, a member and a
// consultant practice; a stranger organisation; a rival practice with its own client; anonymous
// assessments in progress and completed (both instruments); saved results; team rounds with
// respondent links; member invites; consultant notes; a password reset link. Every id and raw token
// is returned, so the fuzzing can aim at real records of this tenant and of others.
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password-hash";
import { loadViewer } from "@/lib/data/access";
import { createAssessment, completeAssessment, saveAnswer } from "@/lib/data/assessments";
import { completeGenAiAssessment, saveMotion, saveRating } from "@/lib/data/genai";
import { claimAssessment } from "@/lib/data/organizations";
import { createMemberInvite, revokeInvite } from "@/lib/data/invites";
import { createRespondentLink, revokeRespondentLink, startRound } from "@/lib/data/teams";
import { addNote } from "@/lib/data/notes";
import { setPracticeLogo } from "@/lib/data/logos";
import { createUnguessableId } from "@/lib/data/ids";
import { QUESTIONS } from "@/lib/instruments/convergence";
import { DIMENSION_IDS } from "@/lib/instruments/genai";

/** The one password of every world account (hashed once per test file: scrypt is slow on purpose). */
export const WORLD_PASSWORD = "a sensible passphrase";
let passwordHash: Promise<string> | undefined;

export interface Account {
  userId: string;
  email: string;
  organizationId: string;
}

export interface World {
  owner: Account;
  member: Account;
  stranger: Account;
  consultant: Account;
  otherConsultant: Account;
  /** A signed-in user who belongs to no organisation. */
  loner: { userId: string; email: string };
  clientOrgId: string;
  strangerOrgId: string;
  otherClientOrgId: string;
  /** The browser that started the anonymous assessments (cv_browser cookie value). */
  browserKey: string;
  assessments: {
    convergenceInProgress: string;
    genaiInProgress: string;
    convergenceCompleted: string;
    genaiCompleted: string;
    clientCompleted: string;
    strangerCompleted: string;
  };
  rounds: { clientTeam: string; strangerTeam: string; otherClientTeam: string };
  respondentLinks: { token: string; id: string; revokedToken: string; revokedId: string };
  memberInvites: { token: string; id: string; revokedToken: string; strangerInviteId: string };
  notes: { clientNote: string; otherPracticeNote: string };
  resetToken: string;
}

let counter = 0;

async function account(kind: "company" | "practice", label: string): Promise<Account> {
  passwordHash ??= hashPassword(WORLD_PASSWORD);
  counter += 1;
  const userId = createUnguessableId();
  const organizationId = createUnguessableId();
  const email = `${label}-${counter}-${Date.now()}@example.com`;
  // The rows createUserWithOrganization writes, with the password hashed once for all accounts.
  await db.user.create({ data: { id: userId, email, passwordHash: await passwordHash } });
  await db.organization.create({ data: { id: organizationId, kind, name: `${label} ${counter}`, industry: "retail", sizeBand: "50-249" } });
  await db.membership.create({ data: { userId, organizationId, role: "owner" } });
  return { userId, email, organizationId };
}

const anonymous = (browserKey: string) => ({ viewer: null, browserKey });

async function completedConvergence(browserKey: string): Promise<string> {
  const { id } = await createAssessment({ instrument: "convergence", browserKey });
  for (const [index, question] of QUESTIONS.entries()) await saveAnswer(anonymous(browserKey), id, { questionId: question.id, choice: ((index % 5) + 1) as 1 | 2 | 3 | 4 | 5 });
  await completeAssessment(anonymous(browserKey), id, "convergence");
  return id;
}

export async function buildWorld(): Promise<World> {
  const owner = await account("company", "owner");
  const stranger = await account("company", "stranger");
  const consultant = await account("practice", "consultant");
  const otherConsultant = await account("practice", "rival");
  const memberOwn = await account("company", "member");
  await db.membership.create({ data: { userId: memberOwn.userId, organizationId: owner.organizationId, role: "member" } });
  const member = { ...memberOwn, organizationId: owner.organizationId };
  const lonerId = createUnguessableId();
  const loner = { userId: lonerId, email: `loner-${counter}-${Date.now()}@example.com` };
  passwordHash ??= hashPassword(WORLD_PASSWORD);
  await db.user.create({ data: { id: lonerId, email: loner.email, passwordHash: await passwordHash } });

  await db.organization.update({ where: { id: owner.organizationId }, data: { consultantPracticeId: consultant.organizationId } });
  const otherClient = await account("company", "other-client");
  await db.organization.update({ where: { id: otherClient.organizationId }, data: { consultantPracticeId: otherConsultant.organizationId } });

  const browserKey = createUnguessableId();
  const convergenceInProgress = (await createAssessment({ instrument: "convergence", browserKey })).id;
  for (const question of QUESTIONS.slice(0, 5)) await saveAnswer(anonymous(browserKey), convergenceInProgress, { questionId: question.id, choice: 3 });

  const genaiInProgress = (await createAssessment({ instrument: "genai", browserKey })).id;
  await saveMotion(anonymous(browserKey), genaiInProgress, "hybrid");
  for (const dimensionId of DIMENSION_IDS.slice(0, 4)) await saveRating(anonymous(browserKey), genaiInProgress, { dimensionId, current: 2, target: 3, evidence: "" });

  const genaiCompleted = (await createAssessment({ instrument: "genai", browserKey })).id;
  await saveMotion(anonymous(browserKey), genaiCompleted, "inbound");
  for (const [index, dimensionId] of DIMENSION_IDS.entries()) {
    const current = ((index % 3) + 1) as 1 | 2 | 3;
    await saveRating(anonymous(browserKey), genaiCompleted, { dimensionId, current, target: 4, evidence: "" });
  }
  await completeGenAiAssessment(anonymous(browserKey), genaiCompleted);

  const convergenceCompleted = await completedConvergence(browserKey);
  const clientCompleted = await completedConvergence(createUnguessableId());
  await db.assessment.update({ where: { id: clientCompleted }, data: { browserKey: null } });
  await claimAssessment({ userId: owner.userId }, clientCompleted);
  const strangerCompleted = await completedConvergence(createUnguessableId());
  await claimAssessment({ userId: stranger.userId }, strangerCompleted);

  const ownerViewer = await loadViewer(owner.userId);
  const consultantViewer = await loadViewer(consultant.userId);
  const strangerViewer = await loadViewer(stranger.userId);
  const rivalViewer = await loadViewer(otherConsultant.userId);
  const clientTeam = (await startRound(ownerViewer, owner.organizationId, { instrument: "convergence", kind: "team", title: "Quarterly" }, null)).roundId;
  const strangerTeam = (await startRound(strangerViewer, stranger.organizationId, { instrument: "genai", kind: "team" }, null)).roundId;
  const otherClientTeam = (await startRound(rivalViewer, otherClient.organizationId, { instrument: "convergence", kind: "team" }, null)).roundId;

  const link = await createRespondentLink(ownerViewer, clientTeam);
  const revokedLink = await createRespondentLink(ownerViewer, clientTeam);
  await revokeRespondentLink(ownerViewer, revokedLink.id);

  const invite = await createMemberInvite(ownerViewer, owner.organizationId);
  const revokedInvite = await createMemberInvite(ownerViewer, owner.organizationId);
  await revokeInvite(ownerViewer, revokedInvite.id);
  const strangerInvite = await createMemberInvite(strangerViewer, stranger.organizationId);

  const clientNote = (await addNote(consultantViewer, clientTeam, { kind: "note", body: "Data ownership is unclear." })).id;
  const otherPracticeNote = (await addNote(rivalViewer, otherClientTeam, { kind: "recommendation", body: "Start with the CRM." })).id;

  // The practice's logo: a 120×40 PNG header (the checks read no further).
  const png = new Uint8Array(64);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 120, 0, 0, 0, 40, 8, 6]);
  await setPracticeLogo(consultantViewer, consultant.organizationId, { contentType: "image/png", bytes: png, width: 120, height: 40 });

  // A reset link for the owner, written as requestPasswordReset writes it (only the hash is stored).
  const resetToken = randomBytes(32).toString("base64url");
  await db.passwordResetToken.create({
    data: { userId: owner.userId, tokenHash: createHash("sha256").update(resetToken).digest("hex"), expiresAt: new Date(Date.now() + 30 * 60_000) },
  });

  return {
    owner,
    member,
    stranger,
    consultant,
    otherConsultant,
    loner,
    clientOrgId: owner.organizationId,
    strangerOrgId: stranger.organizationId,
    otherClientOrgId: otherClient.organizationId,
    browserKey,
    assessments: { convergenceInProgress, genaiInProgress, convergenceCompleted, genaiCompleted, clientCompleted, strangerCompleted },
    rounds: { clientTeam, strangerTeam, otherClientTeam },
    respondentLinks: { token: link.token, id: link.id, revokedToken: revokedLink.token, revokedId: revokedLink.id },
    memberInvites: { token: invite.token, id: invite.id, revokedToken: revokedInvite.token, strangerInviteId: strangerInvite.id },
    notes: { clientNote, otherPracticeNote },
    resetToken,
  };
}

/** Every id and token of the world, for path parameters that point at real records (of any kind, any tenant). */
export function recordRefsOf(world: World): string[] {
  return [
    world.clientOrgId,
    world.strangerOrgId,
    world.otherClientOrgId,
    world.consultant.organizationId,
    world.otherConsultant.organizationId,
    world.member.userId,
    world.owner.userId,
    ...Object.values(world.assessments),
    ...Object.values(world.rounds),
    ...Object.values(world.respondentLinks),
    ...Object.values(world.memberInvites),
    ...Object.values(world.notes),
    world.resetToken,
  ];
}
