import { afterAll, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

const database = useFreshTestDatabase();
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());

const { db } = await import("@/lib/db");
const { QUESTIONS } = await import("@/lib/instruments/convergence");
const { DIMENSION_IDS } = await import("@/lib/instruments/genai");
const { completeAssessment, saveAnswer } = await import("@/lib/data/assessments");
const { claimAssessment } = await import("@/lib/data/organizations");
const { createAccount } = await import("../factories/account");
const { anonymousActor, createConvergenceAssessment, createGenAiAssessment } = await import("../factories/assessment");

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

describe("completion stores the result; rounds combine their respondents", () => {
  it("stores the overall and every pillar score, and a claim makes a solo round of it", async () => {
    const id = await createConvergenceAssessment((i) => (QUESTIONS[i]!.pillar === "data" ? 1 : 4));
    await completeAssessment(anonymousActor(), id, "convergence");
    const stored = await db.assessment.findUniqueOrThrow({ where: { id }, select: { overallScore: true, overallLevel: true } });
    // Data at level 1 (0 points) caps the overall at level 2 whatever the other pillars say.
    expect(stored).toEqual({ overallScore: 60, overallLevel: 2 });
    const parts = await db.assessmentPartScore.findMany({ where: { assessmentId: id }, orderBy: { part: "asc" } });
    expect(parts.map((p) => [p.part, p.value])).toEqual([
      ["data", 0],
      ["kpis", 75],
      ["overall", 60],
      ["people", 75],
      ["platforms", 75],
      ["process", 75],
    ]);

    const owner = await createAccount();
    await claimAssessment({ userId: owner.userId }, id);
    const round = await db.assessmentRound.findFirstOrThrow({ where: { organizationId: owner.organizationId } });
    expect(round).toMatchObject({ kind: "solo", instrument: "convergence", completedCount: 1, overallScore: 60, overallLevel: 2 });
  });

  it("stores GenAI dimension levels and leaves out those not applicable", async () => {
    const id = await createGenAiAssessment({
      motion: "inbound",
      rate: (dimensionId, i) =>
        i === 0 ? { dimensionId, current: "not_applicable", target: null, evidence: "" } : { dimensionId, current: 3, target: 4, evidence: "" },
      complete: true,
    });
    const parts = await db.assessmentPartScore.findMany({ where: { assessmentId: id } });
    expect(parts).toHaveLength(DIMENSION_IDS.length); // 12 dimensions + overall
    expect(parts.find((p) => p.part === DIMENSION_IDS[0])).toBeUndefined();
    expect(parts.find((p) => p.part === "overall")?.value).toBe(3);
  });

  it("refreshes a team round's combined level as each respondent completes (lower median)", async () => {
    const owner = await createAccount();
    await db.assessmentRound.create({ data: { id: "team-round-1", organizationId: owner.organizationId, instrument: "convergence", kind: "team" } });
    const answerAll = async (browserKey: string, level: 2 | 4 | 5) => {
      const id = `respondent-${browserKey}`;
      await db.assessment.create({ data: { id, instrument: "convergence", browserKey, organizationId: owner.organizationId, roundId: "team-round-1", respondentFunction: "it" } });
      const actor = { viewer: null, browserKey };
      for (const q of QUESTIONS) await saveAnswer(actor, id, { questionId: q.id, choice: level });
      await completeAssessment(actor, id, "convergence");
    };
    await answerAll("browser-a", 2);
    expect(await db.assessmentRound.findUniqueOrThrow({ where: { id: "team-round-1" } })).toMatchObject({ completedCount: 1, overallLevel: 2, overallScore: 25 });
    await answerAll("browser-b", 5);
    expect(await db.assessmentRound.findUniqueOrThrow({ where: { id: "team-round-1" } })).toMatchObject({ completedCount: 2, overallLevel: 2, overallScore: 63 });
    await answerAll("browser-c", 4);
    expect(await db.assessmentRound.findUniqueOrThrow({ where: { id: "team-round-1" } })).toMatchObject({ completedCount: 3, overallLevel: 4, overallScore: 75 });
  });

  it("hides a respondent's saved assessment from another browser and from a stranger, as if it did not exist", async () => {
    const owner = await createAccount();
    const stranger = await createAccount();
    await db.assessment.create({ data: { id: "respondent-hidden", instrument: "convergence", browserKey: "their-browser", organizationId: owner.organizationId } });
    const { getAssessment } = await import("@/lib/data/assessments");
    const { loadViewer } = await import("@/lib/data/access");
    await expect(getAssessment({ viewer: null, browserKey: "another-browser" }, "respondent-hidden", "convergence")).rejects.toMatchObject({ kind: "not_found" });
    await expect(getAssessment({ viewer: await loadViewer(stranger.userId), browserKey: null }, "respondent-hidden", "convergence")).rejects.toMatchObject({ kind: "not_found" });
    await expect(getAssessment({ viewer: null, browserKey: "their-browser" }, "respondent-hidden", "convergence")).resolves.toMatchObject({ id: "respondent-hidden" });
    await expect(getAssessment({ viewer: await loadViewer(owner.userId), browserKey: null }, "respondent-hidden", "convergence")).resolves.toMatchObject({ id: "respondent-hidden" });
  });
});
