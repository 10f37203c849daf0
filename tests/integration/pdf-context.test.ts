// The executive PDF beyond one respondent's answers: the organisation and its consultancy on the
// cover, the benchmark section, the consultant's notes (for the consultant only), and a team
// round's combined report with its Marketing-vs-IT gaps (GET /api/rounds/[roundId]/pdf). Rendered
// for real and read back with poppler.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { flat, readPdf, squeezed, type ReadPdf } from "../support/read-pdf";
import { useFreshTestDatabase } from "../support/test-database";

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());
const { signInAs, signOut } = await import("../support/session-mock");

const { db } = await import("@/lib/db");
const { loadViewer } = await import("@/lib/data/access");
const { addNote } = await import("@/lib/data/notes");
const { loadTeamRound } = await import("@/lib/data/teams");
const { getConvergenceLevel } = await import("@/lib/instruments/convergence");
const { createAccount, createConsultant } = await import("../factories/account");
const { createManagedClient, nextId, seedConvergenceRound } = await import("../factories/rounds");
const assessmentPdf = await import("@/app/api/assessments/[id]/pdf/route");
const roundPdf = await import("@/app/api/rounds/[roundId]/pdf/route");

// The first render of a worker loads react-pdf and the fonts: seconds on a busy 2-core machine.
const RENDER_TIMEOUT_MS = 60_000;
const workDir = mkdtempSync(`${tmpdir()}/convergence-pdf-context-`);
const today = () => new Date().toISOString().slice(0, 10);

const getAssessmentPdf = (id: string) => assessmentPdf.GET(new Request(`http://localhost/api/assessments/${id}/pdf`), { params: Promise.resolve({ id }) });
const getRoundPdf = (roundId: string) => roundPdf.GET(new Request(`http://localhost/api/rounds/${roundId}/pdf`), { params: Promise.resolve({ roundId }) });

let world: {
  consultant: Awaited<ReturnType<typeof createConsultant>>;
  otherConsultant: Awaited<ReturnType<typeof createConsultant>>;
  owner: Awaited<ReturnType<typeof createAccount>>;
  clientId: string;
  practiceName: string;
  soloAssessmentId: string;
  soloRoundId: string;
  teamRoundId: string;
  emptyRoundId: string;
};

beforeAll(async () => {
  const consultant = await createConsultant({ organizationName: "Northwind Advisory" });
  const otherConsultant = await createConsultant();
  const owner = await createAccount();
  const clientId = await createManagedClient(consultant.organizationId, owner.userId);
  const solo = await seedConvergenceRound(clientId, new Date("2026-10-01T10:00:00Z"), [{ data: 1, kpis: 2 }]);
  // Marketing sees Data at level 1, IT at level 4: three levels apart, discuss first.
  const team = await seedConvergenceRound(clientId, new Date("2026-11-01T10:00:00Z"), [
    { levels: { data: 1 }, function: "marketing" },
    { levels: { data: 1, people: 3 }, function: "marketing" },
    { levels: { data: 4 }, function: "it" },
    { levels: { data: 4, people: 3 }, function: "it" },
  ]);
  const emptyRoundId = nextId("round");
  await db.assessmentRound.create({ data: { id: emptyRoundId, organizationId: clientId, instrument: "convergence", kind: "team" } });
  const viewer = await loadViewer(consultant.userId);
  await addNote(viewer, solo.roundId, { kind: "recommendation", body: "Agree one customer ID before buying anything new." }, new Date("2026-10-05T10:00:00Z"));
  await addNote(viewer, team.roundId, { kind: "note", body: "IT and Marketing read the data pillar very differently." }, new Date("2026-11-05T10:00:00Z"));
  world = {
    consultant,
    otherConsultant,
    owner,
    clientId,
    practiceName: "Northwind Advisory",
    soloAssessmentId: solo.assessmentIds[0]!,
    soloRoundId: solo.roundId,
    teamRoundId: team.roundId,
    emptyRoundId,
  };
}, 60_000);

beforeEach(() => signOut());

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
  rmSync(workDir, { recursive: true, force: true });
});

describe("a managed client's report, downloaded by its consultant", () => {
  let response: Response;
  let pdf: ReadPdf;

  beforeAll(async () => {
    await signInAs(world.consultant.userId);
    response = await getAssessmentPdf(world.soloAssessmentId);
    pdf = await readPdf(response, workDir, "consultant-solo");
    signOut();
  }, RENDER_TIMEOUT_MS);

  it("is named for the organisation", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="harbour-finch-retail-convergence-${today()}.pdf"`);
  });

  it("names the organisation and the consultancy on the cover, and the organisation in every footer", () => {
    const cover = flat(pdf.pageTexts[0] ?? "");
    expect(cover).toContain("Harbour & Finch Retail");
    expect(cover).toContain(`Prepared with ${world.practiceName}`);
    for (let page = 2; page <= pdf.pages; page++) {
      expect(flat(pdf.pageTexts[page - 1] ?? "")).toContain("Harbour & Finch Retail · Convergence Factor diagnostic");
    }
  });

  it("has the benchmark section and the consultant's notes, in order, on a known number of pages", () => {
    // Cover, summary, pillars, benchmarks, plan, worksheet, the consultant's notes, method.
    expect(pdf.pages).toBe(8);
    expect(squeezed(pdf.pageTexts[3] ?? "")).toContain("BENCHMARKS");
    expect(flat(pdf.pageTexts[3] ?? "")).toContain("Where you stand against peers");
    const notes = flat(pdf.pageTexts[6] ?? "");
    expect(notes).toContain("Notes from your consultant");
    expect(notes).toContain("Agree one customer ID before buying anything new.");
    expect(squeezed(pdf.pageTexts[6] ?? "")).toContain("RECOMMENDATION·5OCTOBER2026");
    // The team round's note belongs to that round's report, not to this one.
    expect(flat(pdf.text)).not.toContain("read the data pillar very differently");
  });

  it("says where the result stands on the summary page", () => {
    expect(flat(pdf.pageTexts[1] ?? "")).toContain("Against peers");
  });
});

describe("the same report, downloaded by the client's owner", () => {
  it("has no consultant's notes: to the client they do not exist", async () => {
    await signInAs(world.owner.userId);
    const pdf = await readPdf(await getAssessmentPdf(world.soloAssessmentId), workDir, "owner-solo");
    expect(pdf.pages).toBe(7);
    expect(flat(pdf.text)).toContain(`Prepared with ${world.practiceName}`);
    expect(flat(pdf.text)).not.toContain("Notes from your consultant");
    expect(flat(pdf.text)).not.toContain("Agree one customer ID");
  }, RENDER_TIMEOUT_MS);
});

describe("GET /api/rounds/[roundId]/pdf: a team round", () => {
  let pdf: ReadPdf;
  let response: Response;

  beforeAll(async () => {
    await signInAs(world.consultant.userId);
    response = await getRoundPdf(world.teamRoundId);
    pdf = await readPdf(response, workDir, "team");
    signOut();
  }, RENDER_TIMEOUT_MS);

  it("prints the combined result the round page shows", async () => {
    expect(response.status).toBe(200);
    const viewer = await loadViewer(world.consultant.userId);
    const { round } = await loadTeamRound(viewer, world.teamRoundId);
    if (round.combined.instrument !== "convergence") throw new Error("a Convergence round");
    const text = flat(pdf.text);
    const level = getConvergenceLevel(round.combined.overall.level ?? 1);
    expect(flat(pdf.pageTexts[0] ?? "")).toContain("Combined result of 4 respondents");
    expect(text).toContain(`Level ${level.level}: ${level.name}`);
    expect(text).toContain(`Overall score ${round.combined.overall.score} out of 100, the median of 4 respondents.`);
    const data = round.combined.pillars.find((p) => p.part === "data");
    expect(text).toContain(`Biggest disconnect: Data, ${data?.median} out of 100`);
  });

  it("has the Marketing-vs-IT gaps, widest first, and the round's notes for the consultant", () => {
    // Cover, summary, pillars, gaps, plan, worksheet, notes, method.
    expect(pdf.pages).toBe(8);
    const gaps = flat(pdf.pageTexts[3] ?? "");
    expect(gaps).toContain("Where Marketing and IT disagree");
    expect(gaps).toContain("2 Marketing respondents and 2 IT respondents finished.");
    expect(gaps).toMatch(/Data 1 · Siloed \(0\) 4 · Orchestrated \(75\) IT 3 levels higher \(75 points\)/);
    expect(flat(pdf.pageTexts[6] ?? "")).toContain("IT and Marketing read the data pillar very differently.");
  });

  it("answers the owner without the notes", async () => {
    await signInAs(world.owner.userId);
    const owner = await readPdf(await getRoundPdf(world.teamRoundId), workDir, "team-owner");
    expect(owner.pages).toBe(7);
    expect(flat(owner.text)).toContain("Where Marketing and IT disagree");
    expect(flat(owner.text)).not.toContain("read the data pillar very differently");
  }, RENDER_TIMEOUT_MS);
});

describe("GET /api/rounds/[roundId]/pdf: refusals", () => {
  it("answers 404 to another practice's consultant, and for unknown or malformed ids", async () => {
    await signInAs(world.otherConsultant.userId);
    for (const id of [world.teamRoundId, "AAAAAAAAAAAAAAAAAAAAAAAA", "../etc"]) {
      const response = await getRoundPdf(id);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.text()).not.toContain("Harbour");
    }
  });

  it("answers 401 without a session", async () => {
    expect((await getRoundPdf(world.teamRoundId)).status).toBe(401);
  });

  it("answers 409 while nobody has finished", async () => {
    await signInAs(world.owner.userId);
    const response = await getRoundPdf(world.emptyRoundId);
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("conflict");
  });
});
