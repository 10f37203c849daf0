import { afterAll, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

// Password hashing (scrypt) and a cold start of the route modules take seconds on two busy cores.
vi.setConfig({ testTimeout: 30_000 });

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());
const { signInAs } = await import("../support/session-mock");

const { db } = await import("@/lib/db");
const { createAccount } = await import("../factories/account");
const { recordRateLimitEvent, emailKeyOf } = await import("@/lib/data/rate-limit");
const { SIGN_UP_RULES, PASSWORD_RESET_RULES, INVITE_ACCEPT_RULES, signUpBuckets, inviteAcceptBuckets } = await import("@/lib/auth/rate-limit");
const { createMemberInvite } = await import("@/lib/data/invites");
const { loadViewer } = await import("@/lib/data/access");
const signUpRoute = await import("@/app/api/account/sign-up/route");
const forgotRoute = await import("@/app/api/account/forgot-password/route");
const joinRoute = await import("@/app/api/join/[token]/route");
const joinSignUpRoute = await import("@/app/api/join/[token]/sign-up/route");
const limits = await import("@/lib/security/rate-limits");
const { countThenDecide, pruneStaleRateLimitBuckets } = await import("@/lib/data/rate-limit");
const { QUESTIONS } = await import("@/lib/instruments/convergence");
const { DIMENSION_IDS } = await import("@/lib/instruments/genai");
const { createConvergenceAssessment, createGenAiAssessment } = await import("../factories/assessment");
const { createConsultant } = await import("../factories/account");
const { createClient } = await import("@/lib/data/consultants");
const teams = await import("@/lib/data/teams");
const { requestPasswordReset } = await import("@/lib/data/password-reset");
const assessmentsRoute = await import("@/app/api/assessments/route");
const answersRoute = await import("@/app/api/assessments/[id]/answers/route");
const ratingsRoute = await import("@/app/api/assessments/[id]/ratings/route");
const motionRoute = await import("@/app/api/assessments/[id]/motion/route");
const prioritiesRoute = await import("@/app/api/assessments/[id]/priorities/route");
const toolsRoute = await import("@/app/api/assessments/[id]/tools/route");
const roadmapRoute = await import("@/app/api/assessments/[id]/roadmap/[position]/route");
const completeRoute = await import("@/app/api/assessments/[id]/complete/route");
const benchmarkRoute = await import("@/app/api/assessments/[id]/benchmark/route");
const pdfRoute = await import("@/app/api/assessments/[id]/pdf/route");
const linksRoute = await import("@/app/api/rounds/[roundId]/links/route");
const roundsRoute = await import("@/app/api/organizations/[orgId]/rounds/route");
const resetRoute = await import("@/app/api/account/reset-password/route");
const exportRoute = await import("@/app/api/clients/export/route");
const notesRoute = await import("@/app/api/rounds/[roundId]/notes/route");
const deleteNoteRoute = await import("@/app/api/notes/[noteId]/delete/route");

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

function post(body: unknown, address: string) {
  return request("POST", "/api/x", body, address);
}

function request(method: string, path: string, body: unknown, address = "192.0.2.200") {
  return new Request(`http://127.0.0.1:3100${path}`, {
    method,
    headers: { "content-type": "application/json", accept: "application/json", host: "127.0.0.1:3100", "x-forwarded-for": address },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

/** Brings a bucket to its limit in the current window, as that many allowed events would. */
async function fill(bucket: { key: string; rule: { limit: number } }) {
  const data = { windowStart: new Date(), count: bucket.rule.limit };
  await db.rateLimitBucket.upsert({ where: { key: bucket.key }, create: { key: bucket.key, ...data }, update: data });
}

const refusals = (path: string) =>
  db.auditEvent.count({ where: { action: "rate_limited", detail: { contains: `"path":"${path}"` } } });

async function expect429(response: Response, message: RegExp) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  const body = (await response.json()) as { error: { code: string; message: string; retryAfterSeconds: number } };
  expect(body.error.code).toBe("too_many_requests");
  expect(body.error.retryAfterSeconds).toBe(retryAfter);
  expect(body.error.message).toMatch(message);
  expect(body.error.message).toMatch(/Try again in \d+ (minute|second)s?\./);
  return body;
}

const signUp = (email: string, address: string, extra: Record<string, unknown> = {}) =>
  signUpRoute.POST(post({ email, password: "a long enough passphrase", organizationName: "Rate Co", industry: "retail", sizeBand: "1-49", ...extra }, address), {});

describe("sign-up, per address", () => {
  it("counts every accepted attempt (created or email taken), not invalid forms, and refuses the next with 429", async () => {
    const address = "203.0.113.1";
    expect((await signUp("first@example.com", address)).status).toBe(201);
    expect((await signUp("first@example.com", address)).status).toBe(409);
    for (let i = 0; i < 5; i += 1) expect((await signUp("broken", address)).status).toBe(400);
    expect(await db.rateLimitBucket.findUnique({ where: { key: `sign-up:address:${address}` } })).toMatchObject({ count: 2 });

    // Fill the rest of the hour's allowance without paying for a password hash each time.
    for (let i = 2; i < SIGN_UP_RULES.perAddress.limit; i += 1) await recordRateLimitEvent(signUpBuckets(address));
    const users = await db.user.count();
    await expect429(await signUp("one-too-many@example.com", address), /Too many accounts/);
    expect(await db.user.count()).toBe(users);

    // Another address is not affected.
    expect((await signUp("elsewhere@example.com", "198.51.100.1")).status).toBe(201);
  });

  it("applies to signing up through an invitation too", async () => {
    const owner = await createAccount();
    const invite = await createMemberInvite(await loadViewer(owner.userId), owner.organizationId);
    const address = "203.0.113.2";
    for (let i = 0; i < SIGN_UP_RULES.perAddress.limit; i += 1) await recordRateLimitEvent(signUpBuckets(address));
    const response = await joinSignUpRoute.POST(post({ email: "joiner@example.com", password: "a long enough passphrase" }, address), {
      params: Promise.resolve({ token: invite.token }),
    });
    await expect429(response, /Too many accounts/);
    expect(await db.user.count({ where: { email: "joiner@example.com" } })).toBe(0);
  });
});

describe("password-reset requests", () => {
  const forgot = (email: string, address: string) => forgotRoute.POST(post({ email }, address), {});

  it("caps requests per email, whether or not it has an account, with identical answers", async () => {
    const known = await createAccount();
    const unknown = "nobody-at-all@example.com";
    for (let i = 0; i < PASSWORD_RESET_RULES.perEmail.limit; i += 1) {
      // From a different address each time: the per-email limit alone stops them.
      expect((await forgot(known.email, `192.0.2.${i + 1}`)).status).toBe(202);
      expect((await forgot(unknown, `192.0.2.${i + 101}`)).status).toBe(202);
    }
    const sentBefore = await db.outboxMessage.count({ where: { to: known.email } });
    expect(sentBefore).toBe(PASSWORD_RESET_RULES.perEmail.limit);

    const forKnown = await forgot(known.email.toUpperCase(), "192.0.2.50");
    const forUnknown = await forgot(unknown, "192.0.2.51");
    const a = await expect429(forKnown, /Too many reset requests/);
    const b = await expect429(forUnknown, /Too many reset requests/);
    expect(a).toEqual(b);
    expect(await db.outboxMessage.count({ where: { to: known.email } })).toBe(sentBefore);
    // The email is not stored in clear in the limiter.
    expect(await db.rateLimitBucket.count({ where: { key: { contains: "nobody-at-all" } } })).toBe(0);
    expect(await db.rateLimitBucket.count({ where: { key: `reset:email:${emailKeyOf(unknown)}` } })).toBe(1);
  });

  it("caps requests per address across emails", async () => {
    const address = "198.51.100.77";
    for (let i = 0; i < PASSWORD_RESET_RULES.perAddress.limit; i += 1) expect((await forgot(`spray${i}@example.com`, address)).status).toBe(202);
    await expect429(await forgot("spray-last@example.com", address), /Too many reset requests/);
    expect((await forgot("spray-last@example.com", "198.51.100.78")).status).toBe(202);
  });
});

describe("invite acceptance, per address", () => {
  it("after too many refused tokens, answers 429 even for a good link, and only to that address", async () => {
    const owner = await createAccount();
    const invite = await createMemberInvite(await loadViewer(owner.userId), owner.organizationId);
    const guesser = await createAccount();
    await signInAs(guesser.userId);
    const accept = (token: string, address: string) => joinRoute.POST(post({}, address), { params: Promise.resolve({ token }) });

    const address = "203.0.113.99";
    for (let i = 0; i < INVITE_ACCEPT_RULES.failuresPerAddress.limit; i += 1) {
      expect((await accept(`${"G".repeat(40)}${String(i).padStart(3, "0")}`, address)).status).toBe(404);
    }
    await expect429(await accept(invite.token, address), /invitation links/);
    expect(await db.membership.count({ where: { userId: guesser.userId, organizationId: owner.organizationId } })).toBe(0);

    expect((await accept(invite.token, "203.0.113.100")).status).toBe(200);
    // A success does not count; a link already used does (it is a refused token).
    expect(await db.rateLimitBucket.findUnique({ where: { key: inviteAcceptBuckets("203.0.113.100")[0]!.key } })).toBeNull();
    expect((await accept(invite.token, "203.0.113.101")).status).toBe(409);
    expect(await db.rateLimitBucket.findUnique({ where: { key: inviteAcceptBuckets("203.0.113.101")[0]!.key } })).toMatchObject({ count: 1 });
  });
});

describe("anonymous assessment creation, per address", () => {
  const start = (address: string) => assessmentsRoute.POST(request("POST", "/api/assessments", { instrument: "convergence" }, address), {});

  it("counts each start, refuses the one past the limit with 429 and creates nothing; another address still starts", async () => {
    const address = "203.0.113.40";
    expect((await start(address)).status).toBe(201);
    const [bucket] = limits.assessmentCreateBuckets(address);
    expect(await db.rateLimitBucket.findUnique({ where: { key: bucket!.key } })).toMatchObject({ count: 1 });

    await fill(bucket!);
    const before = await db.assessment.count();
    await expect429(await start(address), /Too many assessments/);
    expect(await db.assessment.count()).toBe(before);

    expect((await start("203.0.113.41")).status).toBe(201);
    expect(await db.assessment.count()).toBe(before + 1);
  });

  it("logs the first refusal of a window once, not every refused request", async () => {
    const address = "203.0.113.42";
    await fill(limits.assessmentCreateBuckets(address)[0]!);
    const before = await refusals("/api/assessments");
    for (let i = 0; i < 3; i += 1) expect((await start(address)).status).toBe(429);
    expect(await refusals("/api/assessments")).toBe(before + 1);
    const row = await db.auditEvent.findFirst({ where: { action: "rate_limited", ip: address } });
    expect(row).toMatchObject({ outcome: "denied", ip: address });
    expect(JSON.parse(row!.detail!)).toMatchObject({ limit: "assessment-create:address", method: "POST" });
  });
});

describe("writes to one assessment, per assessment", () => {
  const answer = (id: string, questionId: string, choice: number, address = "192.0.2.10") =>
    answersRoute.PUT(request("PUT", `/api/assessments/${id}/answers`, { questionId, choice }, address), params({ id }));

  it(`takes ${limits.ASSESSMENT_WRITE_RULES.perAssessment.limit} answers a minute, refuses the next without saving it, and leaves other assessments alone`, async () => {
    const id = await createConvergenceAssessment();
    const other = await createConvergenceAssessment();
    const question = QUESTIONS[0]!.id;
    const { limit } = limits.ASSESSMENT_WRITE_RULES.perAssessment;
    for (let i = 0; i < limit; i += 1) expect((await answer(id, question, (i % 5) + 1)).status).toBe(200);
    const saved = await db.answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: id, questionId: question } } });

    const refused = await answer(id, question, saved.choice === "1" ? 2 : 1);
    await expect429(refused, /being changed too quickly/);
    expect(await db.answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: id, questionId: question } } })).toEqual(saved);
    expect(await db.answer.count({ where: { assessmentId: id } })).toBe(1);
    expect((await answer(id, QUESTIONS[1]!.id, 3)).status).toBe(429);
    expect(await db.answer.count({ where: { assessmentId: id } })).toBe(1);

    // Same address, another assessment: keyed by assessment, not by address.
    expect((await answer(other, question, 4)).status).toBe(200);
  });

  it("does not count requests refused as invalid before they reach the limiter", async () => {
    const id = await createConvergenceAssessment();
    for (let i = 0; i < 3; i += 1) expect((await answer(id, "no-such-question", 9)).status).toBe(400);
    expect(await db.rateLimitBucket.findUnique({ where: { key: limits.assessmentWriteBucket(id).key } })).toBeNull();
  });

  // Every other per-assessment write, each with its bucket already full: 429, and the assessment is unchanged.
  const roadmapEntry = {
    whatItLooksLike: "", infrastructure: "", training: "", governance: "", successMeasure: "",
    targetDate: "2099-09-30", marketingOwner: "Dana", itOwner: "Sam", marketingWin: "", itWin: "",
  };
  type Write = { name: string; instrument: "convergence" | "genai"; call: (id: string) => Promise<Response> };
  const writes: Write[] = [
    { name: "ratings", instrument: "genai", call: (id) => ratingsRoute.PUT(request("PUT", `/api/assessments/${id}/ratings`, { dimensionId: DIMENSION_IDS[0], current: 2, target: 3 }), params({ id })) },
    { name: "motion", instrument: "genai", call: (id) => motionRoute.PUT(request("PUT", `/api/assessments/${id}/motion`, { motion: "inbound" }), params({ id })) },
    { name: "priorities", instrument: "genai", call: (id) => prioritiesRoute.PUT(request("PUT", `/api/assessments/${id}/priorities`, { priorities: DIMENSION_IDS.slice(0, 3) }), params({ id })) },
    { name: "roadmap", instrument: "genai", call: (id) => roadmapRoute.PUT(request("PUT", `/api/assessments/${id}/roadmap/0`, roadmapEntry), params({ id, position: "0" })) },
    { name: "tools", instrument: "convergence", call: (id) => toolsRoute.PUT(request("PUT", `/api/assessments/${id}/tools`, { tools: [{ name: "CRM", tag: "core" }] }), params({ id })) },
    { name: "complete", instrument: "convergence", call: (id) => completeRoute.POST(request("POST", `/api/assessments/${id}/complete`, undefined), params({ id })) },
    { name: "benchmark (PUT)", instrument: "convergence", call: (id) => benchmarkRoute.PUT(request("PUT", `/api/assessments/${id}/benchmark`, { optIn: true }), params({ id })) },
    { name: "benchmark (POST)", instrument: "convergence", call: (id) => benchmarkRoute.POST(request("POST", `/api/assessments/${id}/benchmark`, { optIn: true }), params({ id })) },
  ];

  /** Everything stored of an assessment. */
  async function stateOf(id: string) {
    return db.assessment.findUniqueOrThrow({ where: { id }, include: { answers: true, ratings: true, roadmap: true, tools: true, partScores: true } });
  }

  const fresh = (instrument: "convergence" | "genai") =>
    instrument === "genai"
      ? createGenAiAssessment({ motion: "outbound", rate: (dimensionId) => ({ dimensionId, current: 2, target: 3, evidence: "" }) })
      : createConvergenceAssessment(() => 3);

  for (const write of writes) {
    it(`${write.name}: 429 when the assessment's bucket is full, nothing written; another assessment is unaffected`, async () => {
      const id = await fresh(write.instrument);
      await fill(limits.assessmentWriteBucket(id));
      const before = await stateOf(id);
      await expect429(await write.call(id), /being changed too quickly/);
      expect(await stateOf(id)).toEqual(before);

      const other = await fresh(write.instrument);
      expect((await write.call(other)).status).not.toBe(429);
    });
  }

  it("starts a new window once the old one has closed", async () => {
    const bucket = { key: "test:window:one", rule: { limit: 2, windowMs: 60_000 } };
    const t0 = new Date("2026-01-01T10:00:00Z");
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    expect(await countThenDecide(bucket, at(0))).toEqual({ isAllowed: true });
    expect(await countThenDecide(bucket, at(10))).toEqual({ isAllowed: true });
    expect(await countThenDecide(bucket, at(20))).toEqual({ isAllowed: false, retryAfterSeconds: 40, isFirstRefusal: true, limits: ["test:window"] });
    expect(await countThenDecide(bucket, at(30))).toMatchObject({ isAllowed: false, retryAfterSeconds: 30, isFirstRefusal: false });
    expect(await countThenDecide(bucket, at(60))).toEqual({ isAllowed: true });
    expect(await db.rateLimitBucket.findUniqueOrThrow({ where: { key: bucket.key } })).toMatchObject({ count: 1, windowStart: at(60) });
  });
});

describe("stale buckets", () => {
  it("are deleted once older than the longest window; live ones stay", async () => {
    const now = new Date("2000-06-01T12:00:00Z"); // in the past: no other test's bucket is older
    const at = (ms: number) => new Date(now.getTime() - ms);
    await db.rateLimitBucket.createMany({
      data: [
        { key: "test:prune:old", windowStart: at(limits.LONGEST_WINDOW_MS + 1), count: 3 },
        { key: "test:prune:edge", windowStart: at(limits.LONGEST_WINDOW_MS), count: 3 },
        { key: "test:prune:live", windowStart: at(1_000), count: 3 },
      ],
    });
    expect(await pruneStaleRateLimitBuckets(now)).toBe(1);
    const left = (await db.rateLimitBucket.findMany({ where: { key: { startsWith: "test:prune:" } } })).map((b) => b.key).sort();
    expect(left).toEqual(["test:prune:edge", "test:prune:live"]);
  });
});

describe("PDF export, per report and per address", () => {
  const download = (id: string, address: string) => pdfRoute.GET(request("GET", `/api/assessments/${id}/pdf`, undefined, address), params({ id }));

  it("refuses a report whose bucket is full, for every address; other reports still answer", async () => {
    const id = await createConvergenceAssessment();
    const other = await createConvergenceAssessment();
    await fill(limits.pdfExportBuckets(id, "x")[0]!);
    await expect429(await download(id, "198.51.100.60"), /Too many PDF downloads/);
    await expect429(await download(id, "198.51.100.61"), /Too many PDF downloads/);
    // Not finished, so no PDF: but the limiter let it through.
    expect((await download(other, "198.51.100.60")).status).toBe(409);
    expect(await db.auditEvent.count({ where: { action: "pdf_export" } })).toBe(0);
  });

  it("refuses an address whose bucket is full, for every report; other addresses still answer", async () => {
    const id = await createConvergenceAssessment();
    await fill(limits.pdfExportBuckets("any", "198.51.100.70")[1]!);
    await expect429(await download(id, "198.51.100.70"), /Too many PDF downloads/);
    expect((await download(id, "198.51.100.71")).status).toBe(409);
  });
});

describe("signed-in actions, per user or address", () => {
  async function viewerOf(userId: string) {
    return (await loadViewer(userId))!;
  }

  it("respondent links: 429 past the limit, no link created; another user still creates one", async () => {
    const owner = await createAccount();
    const { roundId } = await teams.startRound(await viewerOf(owner.userId), owner.organizationId, { instrument: "convergence", kind: "team", title: "" }, null);
    const other = await createAccount();
    const { roundId: otherRound } = await teams.startRound(await viewerOf(other.userId), other.organizationId, { instrument: "convergence", kind: "team", title: "" }, null);
    const create = (id: string) => linksRoute.POST(request("POST", `/api/rounds/${id}/links`, {}), params({ roundId: id }));

    await signInAs(owner.userId);
    expect((await create(roundId)).status).toBe(201);
    await fill(limits.respondentLinkCreateBuckets(owner.userId)[0]!);
    const invites = await db.invite.count();
    await expect429(await create(roundId), /respondent links/);
    expect(await db.invite.count()).toBe(invites);

    await signInAs(other.userId);
    expect((await create(otherRound)).status).toBe(201);
  });

  it("rounds: 429 past the limit, no round started; another user still starts one", async () => {
    const owner = await createAccount();
    const other = await createAccount();
    const startAs = (orgId: string) => roundsRoute.POST(request("POST", `/api/organizations/${orgId}/rounds`, { instrument: "convergence", kind: "team" }), params({ orgId }));
    await signInAs(owner.userId);
    await fill(limits.roundCreateBuckets(owner.userId)[0]!);
    const rounds = await db.assessmentRound.count();
    await expect429(await startAs(owner.organizationId), /started many rounds/);
    expect(await db.assessmentRound.count()).toBe(rounds);

    await signInAs(other.userId);
    expect((await startAs(other.organizationId)).status).toBe(201);
  });

  it("setting a new password: 429 per address, the token stays unused and the password unchanged; another address succeeds", async () => {
    const account = await createAccount();
    await requestPasswordReset(account.email, "http://127.0.0.1:3100");
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: account.email }, orderBy: { id: "desc" } });
    const token = message.text.match(/reset-password\?token=([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeTruthy();
    const reset = (address: string) => resetRoute.POST(request("POST", "/api/account/reset-password", { token, password: "a brand new passphrase" }, address), {});

    await fill(limits.passwordResetCompleteBuckets("203.0.113.80")[0]!);
    const before = await db.user.findUniqueOrThrow({ where: { id: account.userId } });
    await expect429(await reset("203.0.113.80"), /set a new password/);
    expect(await db.user.findUniqueOrThrow({ where: { id: account.userId } })).toEqual(before);
    expect(await db.passwordResetToken.count({ where: { userId: account.userId, usedAt: { not: null } } })).toBe(0);

    expect((await reset("203.0.113.81")).status).toBe(200);
  });

  it("CSV export: 429 past the limit; another consultant still exports", async () => {
    const consultant = await createConsultant();
    const other = await createConsultant();
    const exportAs = async (userId: string) => {
      await signInAs(userId);
      return exportRoute.GET(request("GET", "/api/clients/export", undefined), {});
    };
    expect((await exportAs(consultant.userId)).status).toBe(200);
    await fill(limits.csvExportBuckets(consultant.userId)[0]!);
    await expect429(await exportAs(consultant.userId), /exported the client list/);
    expect((await exportAs(other.userId)).status).toBe(200);
  });

  it("notes: adding and deleting are refused past the limit and change nothing; another consultant still writes", async () => {
    async function consultantWithRound() {
      const consultant = await createConsultant();
      const { id: clientId } = await createClient(await viewerOf(consultant.userId), { name: "Client Co", industry: "retail", sizeBand: "1-49" });
      const roundId = `round-${clientId}`;
      await db.assessmentRound.create({ data: { id: roundId, organizationId: clientId, instrument: "convergence", kind: "team" } });
      return { ...consultant, roundId };
    }
    const first = await consultantWithRound();
    const second = await consultantWithRound();
    const add = (roundId: string) => notesRoute.POST(request("POST", `/api/rounds/${roundId}/notes`, { kind: "note", body: "Workshop booked." }), params({ roundId }));
    const remove = (noteId: string) => deleteNoteRoute.POST(request("POST", `/api/notes/${noteId}/delete`, undefined), params({ noteId }));

    await signInAs(first.userId);
    const created = await add(first.roundId);
    expect(created.status).toBe(201);
    const { note } = (await created.json()) as { note: { id: string } };
    await fill(limits.noteWriteBuckets(first.userId)[0]!);
    const notes = await db.consultantNote.count();
    await expect429(await add(first.roundId), /many notes/);
    await expect429(await remove(note.id), /many notes/);
    expect(await db.consultantNote.count()).toBe(notes);
    expect(await db.consultantNote.findUnique({ where: { id: note.id } })).not.toBeNull();

    await signInAs(second.userId);
    expect((await add(second.roundId)).status).toBe(201);
  });
});

describe("counting under concurrency (several app instances share one database)", () => {
  const rule = { limit: 5, windowMs: 60_000 };

  it("lets exactly the limit through when many requests race for the last places", async () => {
    const { consumeRateLimits } = await import("@/lib/data/rate-limit");
    const bucket = { key: `race-consume-${Date.now()}`, rule };
    const decisions = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimits([bucket])));
    expect(decisions.filter((d) => d.isAllowed)).toHaveLength(rule.limit);
    const stored = await db.rateLimitBucket.findUnique({ where: { key: bucket.key } });
    expect(stored?.count).toBeGreaterThanOrEqual(rule.limit);
  });

  it("counts every racing event on the hot path and in recordRateLimitEvent, losing none", async () => {
    const hot = { key: `race-hot-${Date.now()}`, rule };
    const decisions = await Promise.all(Array.from({ length: 12 }, () => countThenDecide(hot)));
    expect(decisions.filter((d) => d.isAllowed)).toHaveLength(rule.limit);
    expect((await db.rateLimitBucket.findUnique({ where: { key: hot.key } }))?.count).toBe(12);

    const recorded = { key: `race-record-${Date.now()}`, rule };
    await Promise.all(Array.from({ length: 9 }, () => recordRateLimitEvent([recorded])));
    expect((await db.rateLimitBucket.findUnique({ where: { key: recorded.key } }))?.count).toBe(9);
  });
});
