import { afterAll, describe, expect, it } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();

const { db } = await import("@/lib/db");
const { QUESTIONS } = await import("@/lib/instruments/convergence");
const { ANSWER_ACTIVITY_RESOLUTION_MS, saveAnswer } = await import("@/lib/data/assessments");
const { anonymousActor, createConvergenceAssessment, createGenAiAssessment } = await import("../factories/assessment");

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

const [FIRST, SECOND] = [QUESTIONS[0]!.id, QUESTIONS[1]!.id];

async function stateOf(id: string) {
  return db.assessment.findUniqueOrThrow({
    where: { id },
    select: { updatedAt: true, answers: { select: { questionId: true, choice: true }, orderBy: { questionId: "asc" } } },
  });
}

describe("saveAnswer on the hot path", () => {
  it("stores every answer but moves the assessment's updatedAt at most once per resolution", async () => {
    const id = await createConvergenceAssessment();
    const created = (await stateOf(id)).updatedAt;

    const soon = new Date(created.getTime() + ANSWER_ACTIVITY_RESOLUTION_MS / 2);
    await saveAnswer(anonymousActor(), id, { questionId: FIRST, choice: 2 }, soon);
    let state = await stateOf(id);
    expect(state.updatedAt).toEqual(created);
    expect(state.answers).toContainEqual({ questionId: FIRST, choice: "2" });

    const later = new Date(created.getTime() + ANSWER_ACTIVITY_RESOLUTION_MS);
    await saveAnswer(anonymousActor(), id, { questionId: SECOND, choice: "dont_know" }, later);
    state = await stateOf(id);
    expect(state.updatedAt).toEqual(later);

    const laterStill = new Date(later.getTime() + 1_000);
    await saveAnswer(anonymousActor(), id, { questionId: FIRST, choice: 5 }, laterStill);
    state = await stateOf(id);
    expect(state.updatedAt).toEqual(later);
    expect(state.answers).toEqual(
      [
        { questionId: FIRST, choice: "5" },
        { questionId: SECOND, choice: "dont_know" },
      ].sort((a, b) => a.questionId.localeCompare(b.questionId)),
    );
  });

  it("still refuses a GenAI assessment and an unknown id as not found, changing nothing", async () => {
    const genai = await createGenAiAssessment();
    await expect(saveAnswer(anonymousActor(), genai, { questionId: FIRST, choice: 3 })).rejects.toMatchObject({ kind: "not_found" });
    await expect(saveAnswer(anonymousActor(), "AAAAAAAAAAAAAAAAAAAAAAAA", { questionId: FIRST, choice: 3 })).rejects.toMatchObject({
      kind: "not_found",
    });
    expect(await db.answer.count({ where: { assessmentId: genai } })).toBe(0);
  });
});
