import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();

// The caller is whoever signInAs names (tests/support/session-mock.ts).
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());
const { signInAs, signOut } = await import("../support/session-mock");

const { db } = await import("@/lib/db");
const { DIMENSION_IDS } = await import("@/lib/instruments/genai");
const { scoreGenAi } = await import("@/lib/scoring/genai");
const { refreshRound } = await import("@/lib/data/rounds");
const { loadViewer } = await import("@/lib/data/access");
const { loadOrganizationRounds } = await import("@/lib/data/round-results");
const { listNotes, addNote, deleteNote } = await import("@/lib/data/notes");
const { loadClientDetail } = await import("@/lib/data/client-detail");
const { checkInConvergence, checkInGenAi, checkInPair, trendSeries, beforeAfter } = await import("@/lib/plan/check-in");
const { createAccount, createConsultant } = await import("../factories/account");
const { seedConvergenceRound: seedRound } = await import("../factories/rounds");
const notesRoute = await import("@/app/api/rounds/[roundId]/notes/route");
const deleteRoute = await import("@/app/api/notes/[noteId]/delete/route");

type Level = 1 | 2 | 3 | 4 | 5;

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

beforeEach(() => {
  signOut();
});

let sequence = 0;
const nextId = (label: string) => `${label}-${(sequence += 1)}-${Date.now()}`;

/** A completed Convergence round (tests/factories/rounds.ts); its id. */
async function seedConvergenceRound(...args: Parameters<typeof seedRound>): Promise<string> {
  return (await seedRound(...args)).roundId;
}

/** A completed one-person GenAI round: every dimension at `otherwise` unless named, with a motion and optionally a saved roadmap. */
async function seedGenAiRound(
  organizationId: string,
  createdAt: Date,
  levels: Partial<Record<string, Level>>,
  options: { motion: "inbound" | "outbound" | "hybrid"; roadmap?: string[]; otherwise?: Level },
): Promise<string> {
  const roundId = nextId("round");
  await db.assessmentRound.create({ data: { id: roundId, organizationId, instrument: "genai", kind: "solo", createdAt, lastActivityAt: createdAt } });
  const current = (d: string) => levels[d] ?? options.otherwise ?? 3;
  const ratings = Object.fromEntries(DIMENSION_IDS.map((d) => [d, { current: current(d), target: 5 as const, evidence: "" }]));
  const level = scoreGenAi(ratings).overallLevel;
  const entry = (dimensionId: string, position: number) => ({
    position,
    dimensionId,
    whatItLooksLike: "",
    infrastructure: "",
    training: "",
    governance: "",
    successMeasure: "",
    targetDate: "2027-09-30",
    marketingOwner: "",
    itOwner: "",
    marketingWin: "",
    itWin: "",
  });
  await db.assessment.create({
    data: {
      id: nextId("assessment"),
      instrument: "genai",
      status: "completed",
      completedAt: createdAt,
      motion: options.motion,
      organizationId,
      roundId,
      overallLevel: level,
      ratings: { create: DIMENSION_IDS.map((d) => ({ dimensionId: d, current: String(current(d)), target: 5 })) },
      ...(options.roadmap ? { roadmap: { create: options.roadmap.map(entry) } } : {}),
    },
  });
  await db.$transaction((tx) => refreshRound(tx, roundId, createdAt));
  return roundId;
}

// The people are created once, before the tests (password hashing is slow on purpose); each test gets a fresh client.
let people: {
  consultant: Awaited<ReturnType<typeof createConsultant>>;
  otherConsultant: Awaited<ReturnType<typeof createConsultant>>;
  owner: Awaited<ReturnType<typeof createAccount>>;
  member: Awaited<ReturnType<typeof createAccount>>;
};

beforeAll(async () => {
  people = {
    consultant: await createConsultant(),
    otherConsultant: await createConsultant(),
    owner: await createAccount(),
    member: await createAccount(),
  };
}, 60_000);

/** A new client company managed by the consultant's practice, with its owner and a member; another consultant looks on. */
async function createWorld() {
  const { consultant, otherConsultant, owner, member } = people;
  const clientId = nextId("client");
  await db.organization.create({
    data: { id: clientId, kind: "company", name: "Client", industry: "b2b_software", sizeBand: "250-999", consultantPracticeId: consultant.organizationId },
  });
  await db.membership.create({ data: { userId: owner.userId, organizationId: clientId, role: "owner" } });
  await db.membership.create({ data: { userId: member.userId, organizationId: clientId, role: "member" } });
  const first = await seedConvergenceRound(clientId, new Date("2026-01-12T10:00:00Z"), [{ data: 1, kpis: 2 }]);
  const second = await seedConvergenceRound(clientId, new Date("2026-04-14T10:00:00Z"), [{ data: 3, kpis: 2 }, { data: 3, kpis: 3 }]);
  return { consultant, otherConsultant, owner, member, clientId, first, second };
}

const ctxRound = (roundId: string) => ({ params: Promise.resolve({ roundId }) });
const ctxNote = (noteId: string) => ({ params: Promise.resolve({ noteId }) });

function postJson(body: unknown) {
  return new Request("http://127.0.0.1:3100/api/x", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

function postForm(fields: Record<string, string>) {
  return new Request("http://127.0.0.1:3100/api/x", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

const noteCount = () => db.consultantNote.count();
const viewerOf = async (userId: string) => (await loadViewer(userId))!;

describe("POST /api/rounds/[roundId]/notes", () => {
  it("lets the client's consultant add a note (JSON: 201), stored for their practice, trimmed, and marks the client active", async () => {
    const w = await createWorld();
    const startedAt = Date.now();
    await signInAs(w.consultant.userId);
    const response = await notesRoute.POST(postJson({ kind: "recommendation", body: "  Start the KPI dictionary before the next quarter.  " }), ctxRound(w.second));
    expect(response.status).toBe(201);
    const { note } = (await response.json()) as { note: { id: string; kind: string; body: string } };
    expect(note).toMatchObject({ kind: "recommendation", body: "Start the KPI dictionary before the next quarter." });
    const stored = await db.consultantNote.findUniqueOrThrow({ where: { id: note.id } });
    expect(stored).toMatchObject({ roundId: w.second, practiceId: w.consultant.organizationId, authorId: w.consultant.userId, kind: "recommendation" });
    const after = await db.organization.findUniqueOrThrow({ where: { id: w.clientId }, select: { lastActivityAt: true } });
    expect(after.lastActivityAt.getTime()).toBeGreaterThanOrEqual(startedAt);
  });

  it("answers a plain form with 303 back to the round on the client page", async () => {
    const w = await createWorld();
    await signInAs(w.consultant.userId);
    const response = await notesRoute.POST(postForm({ kind: "note", body: "CIO joined the review." }), ctxRound(w.first));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/clients/${w.clientId}#round-${w.first}`);
    expect(await db.consultantNote.count({ where: { roundId: w.first } })).toBe(1);
  });

  it.each(["owner", "member", "otherConsultant", "anonymous"] as const)("answers %s with 404 and writes nothing", async (role) => {
    const w = await createWorld();
    const userId = { owner: w.owner.userId, member: w.member.userId, otherConsultant: w.otherConsultant.userId, anonymous: null }[role];
    if (userId) await signInAs(userId);
    const before = await noteCount();
    const activity = await db.organization.findUniqueOrThrow({ where: { id: w.clientId }, select: { lastActivityAt: true } });
    for (const request of [postJson({ kind: "note", body: "Not mine to write" }), postForm({ kind: "note", body: "Not mine to write" })]) {
      const response = await notesRoute.POST(request, ctxRound(w.second));
      expect(response.status).toBe(404);
      expect(JSON.stringify(await response.json())).not.toContain(w.clientId);
    }
    // Bad input from a stranger is still a 404: nothing about the round is revealed.
    expect((await notesRoute.POST(postJson({ kind: "bad" }), ctxRound(w.second))).status).toBe(404);
    expect(await noteCount()).toBe(before);
    expect(await db.organization.findUniqueOrThrow({ where: { id: w.clientId }, select: { lastActivityAt: true } })).toEqual(activity);
  });

  it("answers an unknown or malformed round id with 404", async () => {
    const w = await createWorld();
    await signInAs(w.consultant.userId);
    expect((await notesRoute.POST(postJson({ kind: "note", body: "x" }), ctxRound("AAAAAAAAAAAAAAAAAAAAAAAA"))).status).toBe(404);
    expect((await notesRoute.POST(postJson({ kind: "note", body: "x" }), ctxRound("../../etc"))).status).toBe(404);
  });

  it("refuses bad input with 400 and a message per field, writing nothing", async () => {
    const w = await createWorld();
    await signInAs(w.consultant.userId);
    const before = await noteCount();
    const cases: [unknown, string][] = [
      [{ kind: "note", body: "   " }, "body"],
      [{ kind: "note", body: "x".repeat(4001) }, "body"],
      [{ kind: "memo", body: "A fine note" }, "kind"],
      [{ body: "A fine note" }, "kind"],
      [{ kind: "note" }, "body"],
      [{ kind: "note", body: "A fine note", practiceId: w.otherConsultant.organizationId }, "_"],
    ];
    for (const [body, field] of cases) {
      const response = await notesRoute.POST(postJson(body), ctxRound(w.second));
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      const error = ((await response.json()) as { error: { fields: Record<string, string> } }).error;
      expect(Object.keys(error.fields)).toContain(field);
    }
    // 4,000 characters is allowed.
    expect((await notesRoute.POST(postJson({ kind: "note", body: "y".repeat(4000) }), ctxRound(w.second))).status).toBe(201);
    expect(await noteCount()).toBe(before + 1);

    const notJson = new Request("http://127.0.0.1:3100/api/x", { method: "POST", headers: { "content-type": "text/plain" }, body: "hello" });
    expect((await notesRoute.POST(notJson, ctxRound(w.second))).status).toBe(415);
    // A blank form goes back to the page with the error flagged there.
    const form = await notesRoute.POST(postForm({ kind: "note", body: "  " }), ctxRound(w.second));
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe(`/clients/${w.clientId}?noteError=${w.second}#round-${w.second}`);
    expect(await noteCount()).toBe(before + 1);
  });
});

describe("listNotes and the practice that wrote them", () => {
  it("shows the notes to the client's consultant only", async () => {
    const w = await createWorld();
    const consultant = await viewerOf(w.consultant.userId);
    await addNote(consultant, w.first, { kind: "note", body: "First read-out went well." });
    expect((await listNotes(consultant, w.first)).map((n) => n.body)).toEqual(["First read-out went well."]);
    for (const userId of [w.owner.userId, w.member.userId, w.otherConsultant.userId]) {
      await expect(listNotes(await viewerOf(userId), w.first)).rejects.toMatchObject({ kind: "not_found" });
    }
    await expect(listNotes(null, w.first)).rejects.toMatchObject({ kind: "not_found" });
  });

  it("never shows one practice's notes to another, even after the client moves to it", async () => {
    const w = await createWorld();
    const practiceA = await viewerOf(w.consultant.userId);
    const practiceB = await viewerOf(w.otherConsultant.userId);
    const noteA = await addNote(practiceA, w.second, { kind: "note", body: "Practice A only: budget is frozen." });

    // The owner revokes practice A, and practice B takes the client on.
    await db.organization.update({ where: { id: w.clientId }, data: { consultantPracticeId: w.otherConsultant.organizationId } });
    expect(await listNotes(practiceB, w.second)).toEqual([]);
    await expect(listNotes(practiceA, w.second)).rejects.toMatchObject({ kind: "not_found" });
    // B cannot delete A's note either, though B now manages the client.
    await signInAs(w.otherConsultant.userId);
    expect((await deleteRoute.POST(postJson({}), ctxNote(noteA.id))).status).toBe(404);
    expect(await db.consultantNote.findUnique({ where: { id: noteA.id } })).not.toBeNull();
    await addNote(practiceB, w.second, { kind: "recommendation", body: "Practice B's view." });
    const detailB = await loadClientDetail(practiceB, w.clientId);
    expect([...detailB.notesByRound.values()].flat().map((n) => n.body)).toEqual(["Practice B's view."]);

    // Back to practice A: it sees its own note again, and only that.
    await db.organization.update({ where: { id: w.clientId }, data: { consultantPracticeId: w.consultant.organizationId } });
    expect((await listNotes(practiceA, w.second)).map((n) => n.body)).toEqual(["Practice A only: budget is frozen."]);
  });
});

describe("POST /api/notes/[noteId]/delete", () => {
  it("deletes the practice's note for its consultant, and nobody else", async () => {
    const w = await createWorld();
    const note = await addNote(await viewerOf(w.consultant.userId), w.first, { kind: "note", body: "Delete me later." });

    for (const userId of [w.owner.userId, w.member.userId, w.otherConsultant.userId, null]) {
      if (userId) await signInAs(userId);
      else signOut();
      const response = await deleteRoute.POST(postJson({}), ctxNote(note.id));
      expect(response.status).toBe(404);
      expect(await db.consultantNote.findUnique({ where: { id: note.id } })).not.toBeNull();
    }

    await signInAs(w.consultant.userId);
    const response = await deleteRoute.POST(postJson({}), ctxNote(note.id));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: note.id, deleted: true });
    expect(await db.consultantNote.findUnique({ where: { id: note.id } })).toBeNull();
    // Deleting again: it no longer exists.
    expect((await deleteRoute.POST(postJson({}), ctxNote(note.id))).status).toBe(404);
  });

  it("answers the page's plain form with 303 back to the round", async () => {
    const w = await createWorld();
    const note = await addNote(await viewerOf(w.consultant.userId), w.second, { kind: "note", body: "Form delete." });
    await signInAs(w.consultant.userId);
    const response = await deleteRoute.POST(postForm({}), ctxNote(note.id));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/clients/${w.clientId}#round-${w.second}`);
    expect(await db.consultantNote.count({ where: { id: note.id } })).toBe(0);
  });

  it("has no GET: a link cannot delete a note", () => {
    expect("GET" in deleteRoute).toBe(false);
    expect("GET" in notesRoute).toBe(false);
  });

  it("deletes through the data layer only the practice's own notes", async () => {
    const w = await createWorld();
    const note = await addNote(await viewerOf(w.consultant.userId), w.first, { kind: "note", body: "Keep." });
    await expect(deleteNote(await viewerOf(w.owner.userId), note.id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(deleteNote(await viewerOf(w.consultant.userId), note.id)).resolves.toEqual({ roundId: w.first, organizationId: w.clientId });
  });
});

describe("the client page's data and the 90-day check-in on stored rounds", () => {
  it("loads the client, its rounds oldest first with combined results, and the notes by round", async () => {
    const w = await createWorld();
    const consultant = await viewerOf(w.consultant.userId);
    await addNote(consultant, w.second, { kind: "note", body: "Data moved: the shared ID is live." });
    const detail = await loadClientDetail(consultant, w.clientId);
    expect(detail.client).toMatchObject({ id: w.clientId, industry: "b2b_software", sizeBand: "250-999" });
    expect(detail.rounds.map((r) => r.id)).toEqual([w.first, w.second]);
    expect(detail.rounds.map((r) => [r.kind, r.completedCount])).toEqual([
      ["solo", 1],
      ["team", 2],
    ]);
    expect(detail.notesByRound.get(w.second)?.map((n) => n.body)).toEqual(["Data moved: the shared ID is live."]);
    expect(detail.notesByRound.get(w.first)).toBeUndefined();

    for (const userId of [w.owner.userId, w.member.userId, w.otherConsultant.userId]) {
      await expect(loadClientDetail(await viewerOf(userId), w.clientId)).rejects.toMatchObject({ kind: "not_found" });
    }
    await expect(loadClientDetail(null, w.clientId)).rejects.toMatchObject({ kind: "not_found" });
    // The owner may still see the rounds themselves, through the shared loader, but never the notes.
    const { rounds } = await loadOrganizationRounds(await viewerOf(w.owner.userId), w.clientId);
    expect(rounds).toHaveLength(2);
  });

  it("says whether the previous plan's pillars moved between two stored Convergence rounds", async () => {
    const w = await createWorld();
    const { rounds } = await loadOrganizationRounds(await viewerOf(w.consultant.userId), w.clientId);
    const snapshots = rounds.map((r) => ({ id: r.id, date: r.createdAt, combined: r.combined }));
    const pair = checkInPair(snapshots, "convergence");
    expect(pair?.previous.id).toBe(w.first);
    expect(pair?.current.id).toBe(w.second);
    if (pair?.previous.combined.instrument !== "convergence" || pair.current.combined.instrument !== "convergence") throw new Error("Convergence expected");

    const checkIn = checkInConvergence(pair.previous.combined, pair.current.combined);
    // Round 1: Data 0 points, KPIs 25; round 2 (two respondents): Data 50, KPIs median of 25 and 50 = 38.
    expect(checkIn.focusPillars).toEqual(["data", "kpis"]);
    expect(checkIn.leadsWithDataFoundation).toBe(true);
    expect(checkIn.pillars.map((p) => [p.part, p.before, p.after, p.movement])).toEqual([
      ["data", 0, 50, "up"],
      ["kpis", 25, 38, "up"],
    ]);
    expect(checkIn.actions.filter((a) => a.isDataFoundationStep).every((a) => a.change.delta === 50)).toBe(true);
    expect(checkIn.verdict).toBe("On track: Data up 50 points and KPIs up 13 points; overall, the level rose from 2 (Connected) to 3 (Aligned).");

    const trend = trendSeries(snapshots).convergence.find((s) => s.part === "data");
    expect(trend?.points.map((p) => [p.roundId, p.value])).toEqual([
      [w.first, 0],
      [w.second, 50],
    ]);
    const comparison = beforeAfter(pair.previous, pair.current);
    expect(comparison.parts.find((p) => p.part === "people")).toMatchObject({ before: 75, after: 75, delta: 0, movement: "held" });
  });

  it("follows the priorities saved on the previous GenAI roadmap, else those proposed for the motion", async () => {
    const w = await createWorld();
    const consultant = await viewerOf(w.consultant.userId);
    const first = await seedGenAiRound(w.clientId, new Date("2026-02-01T09:00:00Z"), { "inbound-marketing": 1, governance: 2 }, {
      motion: "inbound",
      roadmap: ["governance", "martech-stack", "data-analytics"],
    });
    const second = await seedGenAiRound(w.clientId, new Date("2026-05-04T09:00:00Z"), { "inbound-marketing": 2, governance: 3 }, { motion: "inbound" });
    const detail = await loadClientDetail(consultant, w.clientId);
    expect(detail.genAiPlanning.get(first)).toEqual({ motion: "inbound", savedPriorities: ["governance", "martech-stack", "data-analytics"] });
    expect(detail.genAiPlanning.get(second)).toEqual({ motion: "inbound", savedPriorities: null });

    const byId = new Map(detail.rounds.map((r) => [r.id, r.combined]));
    const previous = byId.get(first);
    const current = byId.get(second);
    if (previous?.instrument !== "genai" || current?.instrument !== "genai") throw new Error("GenAI expected");
    const saved = checkInGenAi(previous, current, detail.genAiPlanning.get(first)!);
    expect(saved.prioritiesSource).toBe("saved");
    expect(saved.priorities.map((p) => [p.dimension, p.change.movement, p.change.delta])).toEqual([
      ["governance", "up", 1],
      ["martech-stack", "held", 0],
      ["data-analytics", "held", 0],
    ]);
    const proposed = checkInGenAi(previous, current, { motion: "inbound" });
    expect(proposed.prioritiesSource).toBe("proposed");
    expect(proposed.priorities[0]).toMatchObject({ dimension: "inbound-marketing", change: { before: 1, after: 2, movement: "up" } });
  });
});
