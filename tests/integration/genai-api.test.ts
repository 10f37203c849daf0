import { afterAll, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

const database = useFreshTestDatabase();
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());

const { db } = await import("@/lib/db");
const { DIMENSION_IDS, MOTION_FOCUS, getDimension } = await import("@/lib/instruments/genai");
const { QUESTIONS } = await import("@/lib/instruments/convergence");
const { nextQ3End } = await import("@/lib/plan/genai-roadmap");
const { currentRoadmap, getConvergenceFoundationForBrowser, getGenAiAssessment } = await import("@/lib/data/genai");
const { completeAssessment } = await import("@/lib/data/assessments");
const { anonymousActor, createConvergenceAssessment, createGenAiAssessment } = await import("../factories/assessment");
const motionRoute = await import("@/app/api/assessments/[id]/motion/route");
const ratingsRoute = await import("@/app/api/assessments/[id]/ratings/route");
const completeRoute = await import("@/app/api/assessments/[id]/complete/route");
const prioritiesRoute = await import("@/app/api/assessments/[id]/priorities/route");
const roadmapRoute = await import("@/app/api/assessments/[id]/roadmap/[position]/route");

const UNKNOWN_ID = "AAAAAAAAAAAAAAAAAAAAAAAA";
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const json = (body: unknown) =>
  new Request("http://localhost/x", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

const putRating = (id: string, body: unknown) => ratingsRoute.PUT(json(body), ctx(id));
const putMotion = (id: string, body: unknown) => motionRoute.PUT(json(body), ctx(id));
const complete = (id: string) => completeRoute.POST(new Request("http://localhost/x", { method: "POST" }), ctx(id));
const putPriorities = (id: string, body: unknown) => prioritiesRoute.PUT(json(body), ctx(id));
const putEntry = (id: string, position: string, body: unknown) =>
  roadmapRoute.PUT(json(body), { params: Promise.resolve({ id, position }) });

const rateAllAtTwo = () => ({ current: 2 as const, target: 3 as const, evidence: "" });
const completed = () =>
  createGenAiAssessment({ motion: "inbound", rate: (dimensionId) => ({ dimensionId, ...rateAllAtTwo() }), complete: true });

async function fieldsOf(response: Response) {
  const body = (await response.json()) as { error: { fields?: Record<string, string>; message: string } };
  return body.error.fields ?? {};
}

async function snapshot(id: string) {
  return db.assessment.findUnique({
    where: { id },
    select: {
      status: true,
      motion: true,
      ratings: { orderBy: { dimensionId: "asc" }, select: { dimensionId: true, current: true, target: true, evidence: true } },
      roadmap: { orderBy: { position: "asc" } },
    },
  });
}

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

describe("GenAI answers", () => {
  it("saves the motion and ratings, last write wins", async () => {
    const id = await createGenAiAssessment();
    expect((await putMotion(id, { motion: "outbound" })).status).toBe(200);
    expect((await putRating(id, { dimensionId: "governance", current: 2, target: 4, evidence: "" })).status).toBe(200);
    expect((await putRating(id, { dimensionId: "governance", current: 4, target: 5, evidence: "Policy signed in May" })).status).toBe(200);
    expect((await putRating(id, { dimensionId: "paid-media", current: "not_applicable", target: null })).status).toBe(200);
    const view = await getGenAiAssessment(anonymousActor(), id);
    expect(view.motion).toBe("outbound");
    expect(view.ratings.governance).toEqual({ current: 4, target: 5, evidence: "Policy signed in May" });
    expect(view.ratings["paid-media"]).toEqual({ current: "not_applicable", target: null, evidence: "" });
  });

  const badRatings: [string, unknown, string][] = [
    ["an unknown dimension", { dimensionId: "astrology", current: 2, target: 3 }, "dimensionId"],
    ["a level outside 1–5", { dimensionId: "governance", current: 6, target: 6 }, "current"],
    ["a target below today", { dimensionId: "governance", current: 4, target: 2 }, "target"],
    ["a missing target", { dimensionId: "governance", current: 3, target: null }, "target"],
    ["a target on a dimension that does not apply", { dimensionId: "governance", current: "not_applicable", target: 3 }, "target"],
    ["an over-long note", { dimensionId: "governance", current: 4, target: 4, evidence: "x".repeat(501) }, "evidence"],
  ];

  it.each(badRatings)("answers 400 for %s and writes nothing", async (_name, body, field) => {
    const id = await createGenAiAssessment();
    const before = await snapshot(id);
    const response = await putRating(id, body);
    expect(response.status).toBe(400);
    expect(Object.keys(await fieldsOf(response))).toContain(field);
    expect(await snapshot(id)).toEqual(before);
  });

  it("answers 400 for an unknown motion, 404 for an unknown id or a diagnostic's id", async () => {
    const id = await createGenAiAssessment();
    expect((await putMotion(id, { motion: "sideways" })).status).toBe(400);
    expect((await putMotion(UNKNOWN_ID, { motion: "hybrid" })).status).toBe(404);
    const diagnostic = await createConvergenceAssessment();
    expect((await putRating(diagnostic, { dimensionId: "governance", current: 2, target: 3 })).status).toBe(404);
  });

  it("completes only when the motion and all thirteen dimensions are answered", async () => {
    const id = await createGenAiAssessment({ rate: (dimensionId, i) => (i < 12 ? { dimensionId, ...rateAllAtTwo() } : undefined) });
    const response = await complete(id);
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { unansweredQuestionIds: string[] } };
    expect(body.error.unansweredQuestionIds).toEqual(["motion", DIMENSION_IDS[12]]);
    await putMotion(id, { motion: "hybrid" });
    await putRating(id, { dimensionId: DIMENSION_IDS[12], current: "not_applicable", target: null });
    const done = await complete(id);
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ resultUrl: `/genai/${id}/result` });
    expect((await putRating(id, { dimensionId: "governance", current: 5, target: 5 })).status).toBe(409);
  });
});

/** A complete roadmap entry, as the card sends it. */
const entry = {
  whatItLooksLike: "AI drafting in the standard workflow",
  infrastructure: "One approved tool",
  training: "Prompting for every writer",
  governance: "A usage policy",
  successMeasure: "Brief-to-publish time",
  marketingWin: "Faster content",
  itWin: "One sanctioned tool",
  marketingOwner: "Dana (Content lead)",
  itOwner: "Sam (Enterprise architect)",
  targetDate: nextQ3End(new Date()),
};

describe("priorities and the Level 3 by Q3 roadmap", () => {

  it("swaps a priority and keeps the owners and date of the entry it replaces", async () => {
    const id = await completed();
    const proposed = MOTION_FOCUS.inbound.slice(0, 3);
    expect((await putEntry(id, "0", entry)).status).toBe(200);
    const response = await putPriorities(id, { priorities: ["governance", proposed[1], proposed[2]] });
    expect(response.status).toBe(200);
    const { roadmap } = (await response.json()) as { roadmap: { dimension: string; marketingOwner: string; whatItLooksLike: string }[] };
    expect(roadmap.map((e) => e.dimension)).toEqual(["governance", proposed[1], proposed[2]]);
    expect(roadmap[0]).toMatchObject({ marketingOwner: entry.marketingOwner, whatItLooksLike: getDimension("governance").level3.whatItLooksLike });
    const view = await getGenAiAssessment(anonymousActor(), id);
    expect(view.roadmap?.map((e) => e.dimension)).toEqual(["governance", proposed[1], proposed[2]]);
  });

  const badEntries: [string, Record<string, unknown>, string][] = [
    ["an empty owner", { marketingOwner: "   " }, "marketingOwner"],
    ["an over-long owner", { itOwner: "x".repeat(81) }, "itOwner"],
    ["a date in the past", { targetDate: "2020-01-01" }, "targetDate"],
    ["a malformed date", { targetDate: "30/09/2027" }, "targetDate"],
    ["an impossible date", { targetDate: "2027-02-30" }, "targetDate"],
    ["an over-long text", { training: "y".repeat(601) }, "training"],
  ];

  it.each(badEntries)("answers 400 for %s and writes nothing", async (_name, patch, field) => {
    const id = await completed();
    const before = await snapshot(id);
    const response = await putEntry(id, "1", { ...entry, ...patch });
    expect(response.status).toBe(400);
    expect(Object.keys(await fieldsOf(response))).toContain(field);
    expect(await snapshot(id)).toEqual(before);
  });

  it("refuses duplicate or unknown priorities, a bad position, and an unfinished assessment", async () => {
    const id = await completed();
    expect((await putPriorities(id, { priorities: ["governance", "governance", "paid-media"] })).status).toBe(400);
    expect((await putPriorities(id, { priorities: ["governance", "astrology", "paid-media"] })).status).toBe(400);
    expect((await putPriorities(id, { priorities: ["governance"] })).status).toBe(400);
    expect((await putEntry(id, "3", entry)).status).toBe(404);
    expect((await putEntry(id, "x", entry)).status).toBe(404);
    const open = await createGenAiAssessment();
    expect((await putEntry(open, "0", entry)).status).toBe(409);
    expect((await snapshot(id))?.roadmap).toEqual([]);
  });
});

describe("which dimensions can be priorities", () => {
  // Inbound's focus holds Data & Analytics; here it is already at level 4, and Paid Media does not apply.
  const mixed = () =>
    createGenAiAssessment({
      motion: "inbound",
      rate: (dimensionId) =>
        dimensionId === "data-analytics"
          ? { dimensionId, current: 4, target: 5, evidence: "" }
          : dimensionId === "paid-media"
            ? { dimensionId, current: "not_applicable", target: null, evidence: "" }
            : { dimensionId, ...rateAllAtTwo() },
      complete: true,
    });

  it("proposes only dimensions below level 3", async () => {
    const id = await mixed();
    const view = await getGenAiAssessment(anonymousActor(), id);
    expect(currentRoadmap(view).map((e) => e.dimension)).toEqual(["content-creation", "inbound-marketing", "customer-experience"]);
  });

  it.each([
    ["a 'Not applicable' dimension", "paid-media", /Paid Media is marked not applicable/],
    ["a dimension already at level 4", "data-analytics", /Data & Analytics is already at level 4/],
  ])("answers 400 for %s and changes nothing, saved roadmap or not", async (_name, dimension, message) => {
    const id = await mixed();
    const priorities = [dimension, "inbound-marketing", "customer-experience"];
    const untouched = await snapshot(id);
    const first = await putPriorities(id, { priorities });
    expect(first.status).toBe(400);
    expect(((await first.json()) as { error: { message: string } }).error.message).toMatch(message);
    expect(await snapshot(id)).toEqual(untouched);

    expect((await putEntry(id, "0", entry)).status).toBe(200);
    const saved = await snapshot(id);
    expect(saved?.roadmap).toHaveLength(3);
    expect((await putPriorities(id, { priorities })).status).toBe(400);
    expect(await snapshot(id)).toEqual(saved);
  });

  it("plans fewer cards when fewer dimensions are below level 3, and keeps that count", async () => {
    const id = await createGenAiAssessment({
      motion: "hybrid",
      rate: (dimensionId) =>
        dimensionId === "governance" || dimensionId === "talent-and-skills"
          ? { dimensionId, ...rateAllAtTwo() }
          : { dimensionId, current: 3, target: 4, evidence: "" },
      complete: true,
    });
    expect(currentRoadmap(await getGenAiAssessment(anonymousActor(), id)).map((e) => e.dimension)).toEqual(["governance", "talent-and-skills"]);
    // Swapping the two places is accepted; padding the list with a level-3 dimension is not.
    const swapped = await putPriorities(id, { priorities: ["talent-and-skills", "governance"] });
    expect(swapped.status).toBe(200);
    const saved = await snapshot(id);
    expect((await putPriorities(id, { priorities: ["talent-and-skills", "governance", "content-creation"] })).status).toBe(400);
    expect((await putPriorities(id, { priorities: ["talent-and-skills"] })).status).toBe(400);
    expect((await putEntry(id, "2", entry)).status).toBe(404);
    expect(await snapshot(id)).toEqual(saved);
    // A two-card roadmap reads back as saved, not as a fresh proposal.
    expect((await putEntry(id, "1", entry)).status).toBe(200);
    const view = await getGenAiAssessment(anonymousActor(), id);
    expect(view.roadmap?.map((e) => [e.dimension, e.marketingOwner])).toEqual([
      ["talent-and-skills", ""],
      ["governance", entry.marketingOwner],
    ]);
  });
});

describe("the foundation for the cross-check", () => {
  it("reads Data and Platforms from the same browser's latest completed diagnostic", async () => {
    const browserKey = "browser-key-for-the-test-0";
    expect(await getConvergenceFoundationForBrowser(browserKey)).toBeNull();
    const id = await createConvergenceAssessment((i) => (QUESTIONS[i]!.pillar === "data" ? 2 : 4), browserKey);
    expect(await getConvergenceFoundationForBrowser(browserKey)).toBeNull(); // not completed yet
    await completeAssessment(anonymousActor(), id, "convergence");
    expect(await getConvergenceFoundationForBrowser(browserKey)).toEqual({ data: 2, platforms: 4 });
    expect(await getConvergenceFoundationForBrowser("someone-else")).toBeNull();
  });
});
