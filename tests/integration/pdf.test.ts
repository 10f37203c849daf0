// GET /api/assessments/[id]/pdf against a real SQLite file: both instruments' PDFs are rendered,
// then read back with poppler (pdftotext, pdfinfo) and checked against the scoring functions.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { A4, flat, readPdf as readPdfInto, squeezed, type ReadPdf } from "../support/read-pdf";
import { useFreshTestDatabase } from "../support/test-database";

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());

const { db } = await import("@/lib/db");
const { QUESTIONS, getConvergenceLevel, getPillar } = await import("@/lib/instruments/convergence");
const { NOT_APPLICABLE, getDimension, getGenAiLevel } = await import("@/lib/instruments/genai");
const { DONT_KNOW } = await import("@/lib/instruments/types");
const { completeAssessment, getAssessment, saveToolInventory } = await import("@/lib/data/assessments");
const { getGenAiAssessment, saveRoadmapEntry, currentRoadmap } = await import("@/lib/data/genai");
const { scoreConvergence } = await import("@/lib/scoring/convergence");
const { scoreGenAi } = await import("@/lib/scoring/genai");
const { BROWSER_KEY_COOKIE } = await import("@/lib/http/paths");
const { anonymousActor, createConvergenceAssessment, createGenAiAssessment } = await import("../factories/assessment");
const pdfRoute = await import("@/app/api/assessments/[id]/pdf/route");

const UNKNOWN_ID = "AAAAAAAAAAAAAAAAAAAAAAAA";
// The first render of a worker loads react-pdf and the fonts: seconds on a busy 2-core machine.
const RENDER_TIMEOUT_MS = 60_000;
const BROWSER_KEY = "pdf-test-browser-key-000";
const workDir = mkdtempSync(`${tmpdir()}/convergence-pdf-test-`);
const readPdf = (response: Response, name: string) => readPdfInto(response, workDir, name);

const getPdf = (id: string, cookie?: string) =>
  pdfRoute.GET(
    new Request(`http://localhost/api/assessments/${id}/pdf`, { headers: cookie ? { cookie } : {} }),
    { params: Promise.resolve({ id }) },
  );

const today = () => new Date().toISOString().slice(0, 10);

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
  rmSync(workDir, { recursive: true, force: true });
});

describe("GET /api/assessments/[id]/pdf: the Convergence Factor report", () => {
  let id: string;
  let pdf: ReadPdf;
  let response: Response;

  beforeAll(async () => {
    // Data weak (level 1), one "don't know" in Process, the rest at level 4: capped at level 2.
    id = await createConvergenceAssessment((i) => {
      const question = QUESTIONS[i];
      if (question?.pillar === "data") return 1;
      if (question?.id === "process-data-requests") return DONT_KNOW;
      return 4;
    }, BROWSER_KEY);
    await completeAssessment(anonymousActor(), id, "convergence");
    await saveToolInventory(anonymousActor(), id, {
      tools: [
        { name: "Salesforce Sales Cloud", purpose: "CRM of record", tag: "core" },
        { name: "Hotjar", purpose: "Heatmaps nobody opens", tag: "retire" },
      ],
    });
    response = await getPdf(id);
    pdf = await readPdf(response, "convergence");
  }, RENDER_TIMEOUT_MS);

  it("answers a PDF download named <organisation>-<instrument>-<date>.pdf", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="your-organisation-convergence-${today()}.pdf"`,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("has the cover, summary, pillars, plan, worksheet and method pages, numbered", () => {
    // Cover, executive summary, pillars, benchmarks, 90-day plan, worksheet with day-90 indicators, method.
    expect(pdf.pages).toBe(7);
    const [cover, summary, pillars, benchmarks, plan, worksheet, method] = pdf.pageTexts.map(flat);
    expect(cover).toContain("Convergence Factor diagnostic");
    expect(cover).toContain("Your organisation");
    expect(summary).toContain("EXECUTIVE SUMMARY");
    expect(pillars).toContain("The five pillars");
    // An anonymous result has no peer group: the published figures stand in, labelled as such.
    expect(benchmarks).toContain("Where you stand against peers");
    expect(benchmarks).toContain("Published figures, from outside this product");
    expect(summary).toContain("Against peers");
    expect(plan).toContain("The 90-day plan");
    expect(worksheet).toContain("Tool inventory worksheet");
    expect(worksheet).toContain("Re-measure at day 90");
    expect(method).toContain("How the scores are computed");
    for (let page = 2; page <= pdf.pages; page++) {
      expect(flat(pdf.pageTexts[page - 1] ?? "")).toContain(`Page ${page} of ${pdf.pages}`);
      expect(flat(pdf.pageTexts[page - 1] ?? "")).toContain("Your organisation · Convergence Factor diagnostic");
    }
  });

  it("prints every page on an A4 sheet", () => {
    expect(pdf.pageSizes).toEqual(Array.from({ length: pdf.pages }, () => A4));
  });

  it("prints the level and the scores that scoreConvergence gives", async () => {
    const score = scoreConvergence((await getAssessment(anonymousActor(), id, "convergence")).answers);
    const level = getConvergenceLevel(score.overallLevel ?? 1);
    const text = flat(pdf.text);
    expect(score.isCapped).toBe(true);
    expect(text).toContain(`Level ${level.level}: ${level.name}`);
    expect(text).toContain(`Overall score ${score.overallScore} out of 100.`);
    const pillarsPage = flat(pdf.pageTexts[2] ?? "");
    for (const pillar of score.pillars) {
      const levelName = getConvergenceLevel(pillar.level ?? 1).name;
      // Table row: the pillar's name (maybe tagged "weakest", letter-spaced), then its score; the level label beside it.
      expect(pillarsPage).toMatch(new RegExp(`${getPillar(pillar.pillar).name}\\b.{0,30}? ${pillar.score} `));
      expect(pillarsPage).toContain(`${pillar.level} · ${levelName}`);
    }
    expect(text).toContain(`Biggest disconnect: Data, ${score.pillars[0]?.score} out of 100`);
  });

  it("carries the 90-day plan and the saved worksheet", () => {
    const text = flat(pdf.text);
    for (const phase of ["Audit & Align", "Connect & Clean", "Collaborate & Pilot", "Measure & Scale"]) expect(text).toContain(phase);
    expect(text).toContain("Find the cracks");
    expect(text).toContain("Salesforce Sales Cloud CRM of record Core");
    expect(text).toContain("Hotjar Heatmaps nobody opens Retire");
  });
});

describe("GET /api/assessments/[id]/pdf: the Generative AI report", () => {
  let id: string;
  let pdf: ReadPdf;
  let response: Response;

  beforeAll(async () => {
    // This browser's Convergence diagnostic puts Data at level 1, so level-3 targets on
    // dimensions that lean on Data are flagged, as on the result page.
    const diagnostic = await createConvergenceAssessment((i) => (QUESTIONS[i]?.pillar === "data" ? 1 : 4), BROWSER_KEY);
    await completeAssessment(anonymousActor(), diagnostic, "convergence");
    id = await createGenAiAssessment({
      motion: "outbound",
      browserKey: BROWSER_KEY,
      rate: (dimensionId, i) =>
        dimensionId === "customer-experience"
          ? { dimensionId, current: NOT_APPLICABLE, target: null, evidence: "" }
          : { dimensionId, current: ((i % 3) + 1) as 1 | 2 | 3, target: 3, evidence: i === 0 ? "Two writers use the approved tool" : "" },
      complete: true,
    });
    const view = await getGenAiAssessment(anonymousActor(), id);
    const first = currentRoadmap(view)[0];
    if (!first) throw new Error("No roadmap");
    await saveRoadmapEntry(anonymousActor(), id, 0, { ...first, marketingOwner: "Dana Whitfield", itOwner: "Sam Okafor" });
    response = await getPdf(id, `other=1; ${BROWSER_KEY_COOKIE}=${BROWSER_KEY}`);
    pdf = await readPdf(response, "genai");
  }, RENDER_TIMEOUT_MS);

  it("answers a PDF download named for the instrument", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="your-organisation-genai-${today()}.pdf"`);
  });

  it("prints the level of scoreGenAi, the radar labels and every dimension's today and target", async () => {
    const view = await getGenAiAssessment(anonymousActor(), id);
    const score = scoreGenAi(view.ratings);
    const level = getGenAiLevel(score.overallLevel ?? 1);
    const text = flat(pdf.text);
    expect(text).toContain(`Level ${level.level}: ${level.name}`);
    expect(text).toContain(`Based on ${score.ratedCount} rated dimensions; 1 marked not applicable and left out.`);
    const tablePage = flat(pdf.pageTexts[3] ?? "");
    expect(tablePage).toContain("The gap, dimension by dimension");
    for (const d of score.dimensions) {
      const name = getDimension(d.dimension).name;
      if (d.status !== "rated" || d.current === null || d.target === null) {
        expect(tablePage).toContain(`${name} Not applicable`);
        continue;
      }
      const gap = d.gap === 0 ? "Hold" : `+${d.gap}`;
      const row = `${d.current} ${getGenAiLevel(d.current).name} ${d.target} ${getGenAiLevel(d.target).name} ${gap}`;
      expect(tablePage.includes(row), `${name}: ${row}`).toBe(true);
    }
    expect(text).toContain("Two writers use the approved tool");
  });

  it("has the roadmap with owners and dates, and the foundation flags of this browser's diagnostic", async () => {
    const roadmap = currentRoadmap(await getGenAiAssessment(anonymousActor(), id));
    const text = flat(pdf.text);
    expect(text).toContain("Level 3 by Q3: the roadmap");
    expect(text).toContain("Dana Whitfield");
    expect(text).toContain("Sam Okafor");
    for (const entry of roadmap) expect(text).toContain(getDimension(entry.dimension).name);
    expect(text).toContain("Can the foundation carry these targets?");
    expect(text).toContain("Data at level 1, Siloed");
    expect(text).toContain("How the levels are set");
  });

  it("lays the report out on a known number of pages", () => {
    // Cover, summary, radar, gap table, benchmarks, foundation check with its flags, one page per
    // roadmap card (three), method.
    expect(pdf.pages).toBe(10);
    expect(flat(pdf.pageTexts[4] ?? "")).toContain("Where you stand against peers");
    expect(flat(pdf.pageTexts[9] ?? "")).toContain(`Page 10 of 10`);
  });

  it("prints every page on an A4 sheet", () => {
    expect(pdf.pageSizes).toEqual(Array.from({ length: pdf.pages }, () => A4));
  });

  it("skips the foundation check without a Convergence diagnostic from the same browser", async () => {
    const other = await getPdf(id);
    expect(flat((await readPdf(other, "genai-no-cookie")).text)).toContain("Foundation check not run");
  }, RENDER_TIMEOUT_MS);
});

describe("GET /api/assessments/[id]/pdf: a worksheet longer than a page", () => {
  const TOOL_COUNT = 40;
  let pdf: ReadPdf;

  beforeAll(async () => {
    const id = await createConvergenceAssessment(() => 3);
    await completeAssessment(anonymousActor(), id, "convergence");
    const tools = Array.from({ length: TOOL_COUNT }, (_, i) => ({
      name: `Tool ${i + 1}`,
      purpose: i % 5 === 0 ? "Nightly export to the warehouse, read by three dashboards that nobody has reconciled" : "Campaign reporting",
      tag: (["core", "candidate", "retire"] as const)[i % 3] ?? "core",
    }));
    await saveToolInventory(anonymousActor(), id, { tools });
    pdf = await readPdf(await getPdf(id), "long-worksheet");
  }, RENDER_TIMEOUT_MS);

  it("runs the worksheet onto more pages, its header row repeated on each, every sheet A4", () => {
    const worksheetPages = pdf.pageTexts
      .map((text, i) => ({ text: flat(text), squeezed: squeezed(text), page: i + 1 }))
      .filter(({ text }) => /\bTool \d+\b/.test(text));
    expect(worksheetPages.length).toBeGreaterThan(1);
    for (const { squeezed: text, page } of worksheetPages) {
      expect(text, `page ${page}`).toContain("TOOLORDATASOURCEWHATITISFORTAG");
    }
    const printed = worksheetPages.flatMap(({ text }) => [...text.matchAll(/\bTool (\d+)\b/g)].map((m) => Number(m[1])));
    expect(printed).toEqual(Array.from({ length: TOOL_COUNT }, (_, i) => i + 1));
    expect(pdf.pageSizes).toEqual(Array.from({ length: pdf.pages }, () => A4));
  });

  it("numbers the pages as they were printed", () => {
    for (let page = 2; page <= pdf.pages; page++) {
      expect(flat(pdf.pageTexts[page - 1] ?? "")).toContain(`Page ${page} of ${pdf.pages}`);
    }
  });
});

describe("GET /api/assessments/[id]/pdf: refusals", () => {
  it("answers 404 with no data for an unknown or malformed id", async () => {
    for (const id of [UNKNOWN_ID, "not-an-id", "../../etc/passwd"]) {
      const response = await getPdf(id);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.json()).toEqual({ error: { code: "not_found", message: "Assessment not found" } });
    }
  });

  it("answers 409 for an unfinished assessment of either instrument", async () => {
    const diagnostic = await createConvergenceAssessment((i) => (i < 5 ? 3 : undefined));
    const genai = await createGenAiAssessment({ motion: "hybrid", rate: (dimensionId, i) => (i < 4 ? { dimensionId, current: 2, target: 3, evidence: "" } : undefined) });
    for (const id of [diagnostic, genai]) {
      const response = await getPdf(id);
      expect(response.status).toBe(409);
      const body = (await response.json()) as { error: { code: string } };
      expect(body.error.code).toBe("conflict");
    }
  });
});
