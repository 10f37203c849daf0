import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();

// The caller is whoever signInAs names (tests/support/session-mock.ts).
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());

// The app's one client, built the same way but with Prisma's query events on, so the test can
// count the statements a call really sends to the database (SQLite, or PostgreSQL under TEST_DATABASE_URL).
const queries = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/db", async () => {
  const { createPrismaClient } = await import("@/lib/db/client");
  const client = createPrismaClient(process.env.DATABASE_URL ?? "", { logQueries: true });
  client.$on("query", () => {
    queries.count += 1;
  });
  // Statements the answer's fast path would run straight on SQLite go through this client too.
  return { db: client, openSqliteConnection: () => null };
});

const { signInAs, signOut } = await import("../support/session-mock");
const { db } = await import("@/lib/db");
const { createAccount, createConsultant } = await import("../factories/account");
const { loadViewer, requireOrganization } = await import("@/lib/data/access");
const { createClient, listClients, exportClientsCsv, revokeConsultant, findConsultantAccess } = await import("@/lib/data/consultants");
const { parseCsv } = await import("@/lib/report/csv");
const { CLIENTS_CSV_HEADER } = await import("@/lib/report/csv-clients");
const clientsRoute = await import("@/app/api/clients/route");
const exportRoute = await import("@/app/api/clients/export/route");
const revokeRoute = await import("@/app/api/organizations/[orgId]/consultant/revoke/route");

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

beforeEach(() => {
  signOut();
});

const BASE = "http://127.0.0.1:3100";

function postJson(path: string, body: unknown) {
  return new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
  });
}

function postForm(path: string, fields: Record<string, string>) {
  return new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html" },
    body: new URLSearchParams(fields).toString(),
  });
}

const noParams = { params: Promise.resolve({}) };
const orgParams = (orgId: string) => ({ params: Promise.resolve({ orgId }) });

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error;
}

async function viewerOf(userId: string) {
  const viewer = await loadViewer(userId);
  if (!viewer) throw new Error("no viewer");
  return viewer;
}

let roundSequence = 0;
/** A round of a client, created `daysAgo` days ago, with its stored combined figures. */
async function addRound(
  organizationId: string,
  instrument: "convergence" | "genai",
  daysAgo: number,
  figures: { completed: number; level: number | null; score?: number | null },
) {
  roundSequence += 1;
  const createdAt = new Date(Date.UTC(2026, 10, 1) - daysAgo * 86_400_000);
  await db.assessmentRound.create({
    data: {
      id: `round-${roundSequence}-${organizationId.slice(0, 6)}`,
      organizationId,
      instrument,
      kind: "team",
      createdAt,
      lastActivityAt: createdAt,
      completedCount: figures.completed,
      overallLevel: figures.level,
      overallScore: figures.score ?? null,
    },
  });
}

/** A practice with three clients whose rounds exercise every column of the dashboard. */
async function practiceWithClients() {
  const consultant = await createConsultant();
  const viewer = await viewerOf(consultant.userId);
  const alpha = await createClient(viewer, { name: "Alpha Retail", industry: "retail", sizeBand: "1000-4999" });
  const beta = await createClient(viewer, { name: "beta Bank", industry: "financial_services", sizeBand: "5000+" });
  const gamma = await createClient(viewer, { name: "Gamma Health", industry: "healthcare", sizeBand: "50-249" });

  // Alpha: Convergence 2 (30) → 3 (45), with a newer round nobody has finished yet (ignored);
  // one GenAI round at level 2. Respondents: 3 + 2.
  await addRound(alpha.id, "convergence", 200, { completed: 1, level: 2, score: 30 });
  await addRound(alpha.id, "convergence", 100, { completed: 3, level: 3, score: 45 });
  await addRound(alpha.id, "convergence", 10, { completed: 0, level: null });
  await addRound(alpha.id, "genai", 90, { completed: 2, level: 2, score: 25 });
  // Beta: GenAI only, 4 then 1 then 3: the change is +2, against the previous round, not the first.
  await addRound(beta.id, "genai", 300, { completed: 4, level: 4 });
  await addRound(beta.id, "genai", 150, { completed: 1, level: 1 });
  await addRound(beta.id, "genai", 20, { completed: 6, level: 3 });
  // Gamma: nothing completed.
  await addRound(gamma.id, "convergence", 5, { completed: 0, level: null });

  await db.organization.update({ where: { id: alpha.id }, data: { lastActivityAt: new Date("2026-10-01T10:00:00Z") } });
  await db.organization.update({ where: { id: beta.id }, data: { lastActivityAt: new Date("2026-11-01T10:00:00Z") } });
  await db.organization.update({ where: { id: gamma.id }, data: { lastActivityAt: new Date("2026-09-01T10:00:00Z") } });
  return { consultant, viewer, alpha: alpha.id, beta: beta.id, gamma: gamma.id };
}

/** A company owner and a member of a client managed by a fresh practice. */
async function managedClientWithPeople() {
  const { consultant, viewer, alpha } = await practiceWithClients();
  const owner = await createAccount();
  const member = await createAccount();
  await db.membership.create({ data: { userId: owner.userId, organizationId: alpha, role: "owner" } });
  await db.membership.create({ data: { userId: member.userId, organizationId: alpha, role: "member" } });
  // Their own sign-up organisations would come first for companyOf; drop them so the client is theirs.
  await db.membership.deleteMany({ where: { organizationId: { in: [owner.organizationId, member.organizationId] } } });
  return { consultant, viewer, clientId: alpha, owner, member };
}

describe("POST /api/clients", () => {
  it("creates a company managed by the consultant's practice (JSON: 201 with its URL)", async () => {
    const consultant = await createConsultant();
    await signInAs(consultant.userId);
    const response = await clientsRoute.POST(postJson("/api/clients", { name: "  Initech  ", industry: "b2b_software", sizeBand: "250-999" }), noParams);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; url: string };
    expect(body.url).toBe(`/clients/${body.id}`);
    const org = await db.organization.findUniqueOrThrow({ where: { id: body.id } });
    expect(org).toMatchObject({ name: "Initech", kind: "company", industry: "b2b_software", sizeBand: "250-999", consultantPracticeId: consultant.organizationId });
    // The consultant can now reach it as its consultant.
    expect((await requireOrganization(await viewerOf(consultant.userId), body.id, "consult")).relation).toBe("consultant");
  });

  it("answers a plain form with 303 to the new client's page", async () => {
    const consultant = await createConsultant();
    await signInAs(consultant.userId);
    const response = await clientsRoute.POST(postForm("/api/clients", { name: "Umbrella Health", industry: "healthcare", sizeBand: "5000+" }), noParams);
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    const id = /^\/clients\/([A-Za-z0-9_-]+)$/.exec(location)?.[1];
    expect(id).toBeDefined();
    expect((await db.organization.findUniqueOrThrow({ where: { id } })).consultantPracticeId).toBe(consultant.organizationId);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ["an empty name", { name: "   ", industry: "retail", sizeBand: "1-49" }, "name"],
    ["a name too long", { name: "x".repeat(121), industry: "retail", sizeBand: "1-49" }, "name"],
    ["an unknown industry", { name: "Acme", industry: "mining", sizeBand: "1-49" }, "industry"],
    ["an unknown size", { name: "Acme", industry: "retail", sizeBand: "huge" }, "sizeBand"],
    ["an unexpected field", { name: "Acme", industry: "retail", sizeBand: "1-49", consultantPracticeId: "x" }, "_"],
  ];
  it.each(bad)("refuses %s with 400 and writes nothing", async (_label, body, field) => {
    const consultant = await createConsultant();
    await signInAs(consultant.userId);
    const before = await db.organization.count();
    const response = await clientsRoute.POST(postJson("/api/clients", body), noParams);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {})).toContain(field);
    expect(await db.organization.count()).toBe(before);
  });

  it("sends an invalid plain form back to the form with what was typed, writing nothing", async () => {
    const consultant = await createConsultant();
    await signInAs(consultant.userId);
    const before = await db.organization.count();
    const response = await clientsRoute.POST(postForm("/api/clients", { name: "Acme", industry: "", sizeBand: "1-49" }), noParams);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") ?? "", BASE);
    expect(location.pathname).toBe("/clients/new");
    expect(Object.fromEntries(location.searchParams)).toEqual({ invalid: "1", name: "Acme", sizeBand: "1-49" });
    expect(await db.organization.count()).toBe(before);
  });

  it("refuses the signed-out (401) and a company account (403), writing nothing", async () => {
    const before = await db.organization.count();
    const body = { name: "Acme", industry: "retail", sizeBand: "1-49" };
    expect((await clientsRoute.POST(postJson("/api/clients", body), noParams)).status).toBe(401);
    const owner = await createAccount();
    await signInAs(owner.userId);
    const response = await clientsRoute.POST(postJson("/api/clients", body), noParams);
    expect(response.status).toBe(403);
    expect(await db.organization.count()).toBe(before + 1); // only createAccount's own organisation
  });
});

describe("listClients", () => {
  it("gives each client its latest levels, the change since the previous completed round, activity and respondents", async () => {
    const { viewer, alpha, beta, gamma } = await practiceWithClients();
    const page = await listClients(viewer, { sort: "name", direction: "asc", page: 1 });
    expect(page.total).toBe(3);
    expect(page.pageCount).toBe(1);
    const byId = new Map(page.rows.map((row) => [row.id, row]));
    expect(byId.get(alpha)).toMatchObject({
      name: "Alpha Retail",
      industry: "retail",
      sizeBand: "1000-4999",
      convergenceLevel: 3,
      convergenceScore: 45,
      convergenceLevelChange: 1,
      convergenceScoreChange: 15,
      genaiLevel: 2,
      genaiLevelChange: null,
      respondents: 5,
    });
    expect(byId.get(alpha)?.lastActivityAt).toEqual(new Date("2026-10-01T10:00:00Z"));
    expect(byId.get(beta)).toMatchObject({
      convergenceLevel: null,
      convergenceScore: null,
      convergenceLevelChange: null,
      genaiLevel: 3,
      genaiLevelChange: 2,
      respondents: 6,
    });
    expect(byId.get(gamma)).toMatchObject({ convergenceLevel: null, genaiLevel: null, genaiLevelChange: null, respondents: 0 });
  });

  it("sorts by every column, empty values last in either direction, ties by name", async () => {
    const { viewer } = await practiceWithClients();
    const names = async (sort: Parameters<typeof listClients>[1]["sort"], direction: "asc" | "desc") =>
      (await listClients(viewer, { sort, direction, page: 1 })).rows.map((row) => row.name);
    // Case-insensitive names.
    expect(await names("name", "asc")).toEqual(["Alpha Retail", "beta Bank", "Gamma Health"]);
    expect(await names("name", "desc")).toEqual(["Gamma Health", "beta Bank", "Alpha Retail"]);
    expect(await names("industry", "asc")).toEqual(["beta Bank", "Gamma Health", "Alpha Retail"]);
    // Only Alpha has a Convergence level; the others follow by name whichever the direction.
    expect(await names("convergence", "desc")).toEqual(["Alpha Retail", "beta Bank", "Gamma Health"]);
    expect(await names("convergence", "asc")).toEqual(["Alpha Retail", "beta Bank", "Gamma Health"]);
    expect(await names("genai", "desc")).toEqual(["beta Bank", "Alpha Retail", "Gamma Health"]);
    expect(await names("genai", "asc")).toEqual(["Alpha Retail", "beta Bank", "Gamma Health"]);
    // Alpha has a Convergence score change (+15); Beta only a GenAI change; Gamma none.
    expect(await names("change", "desc")).toEqual(["Alpha Retail", "beta Bank", "Gamma Health"]);
    expect(await names("activity", "desc")).toEqual(["beta Bank", "Alpha Retail", "Gamma Health"]);
    expect(await names("activity", "asc")).toEqual(["Gamma Health", "Alpha Retail", "beta Bank"]);
    expect(await names("respondents", "desc")).toEqual(["beta Bank", "Alpha Retail", "Gamma Health"]);
    expect(await names("respondents", "asc")).toEqual(["Gamma Health", "Alpha Retail", "beta Bank"]);
  });

  it("pages 25 at a time with a stable order, and clamps a page past the end", async () => {
    const consultant = await createConsultant();
    const viewer = await viewerOf(consultant.userId);
    // Equal names, so only the id tie-break orders them.
    for (let i = 0; i < 28; i += 1) await createClient(viewer, { name: i % 2 ? "Same Name" : `Client ${String(i).padStart(2, "0")}`, industry: "other", sizeBand: "1-49" });
    const first = await listClients(viewer, { sort: "respondents", direction: "desc", page: 1 });
    const second = await listClients(viewer, { sort: "respondents", direction: "desc", page: 2 });
    expect(first).toMatchObject({ total: 28, page: 1, pageSize: 25, pageCount: 2 });
    expect(first.rows).toHaveLength(25);
    expect(second.rows).toHaveLength(3);
    const ids = [...first.rows, ...second.rows].map((row) => row.id);
    expect(new Set(ids).size).toBe(28);
    const again = await listClients(viewer, { sort: "respondents", direction: "desc", page: 1 });
    expect(again.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
    const beyond = await listClients(viewer, { sort: "name", direction: "asc", page: 99 });
    expect(beyond.page).toBe(2);
    expect(beyond.rows).toHaveLength(3);

    // Sorts on the organisation's own columns pick the page before reading rounds: the pages
    // still join up into exactly the full order (the export's, for names).
    const byName = [
      ...(await listClients(viewer, { sort: "name", direction: "asc", page: 1 })).rows,
      ...(await listClients(viewer, { sort: "name", direction: "asc", page: 2 })).rows,
    ];
    expect(byName.map((row) => row.id)).toEqual((await exportClientsCsv(viewer)).map((row) => row.id));
    expect(byName.slice(-14).every((row) => row.name === "Same Name")).toBe(true);
  });

  it("gives the same rows and figures whether the page is chosen before or after the rounds are read", async () => {
    const { viewer, alpha } = await practiceWithClients();
    for (let i = 0; i < 30; i += 1) {
      const { id } = await createClient(viewer, { name: `Extra ${String(i).padStart(2, "0")}`, industry: "other", sizeBand: "1-49" });
      await addRound(id, "convergence", 50, { completed: 1, level: (i % 5) + 1, score: i * 3 });
      await addRound(id, "convergence", 5, { completed: 2, level: ((i + 1) % 5) + 1, score: i * 3 + 1 });
    }
    // "name" chooses the page first; "respondents" reads every client's rounds first.
    const pagedFirst = [1, 2].map((page) => listClients(viewer, { sort: "name", direction: "asc", page }));
    const rows = (await Promise.all(pagedFirst)).flatMap((p) => p.rows);
    const all = await exportClientsCsv(viewer);
    expect(rows).toEqual(all);
    expect(rows.find((row) => row.id === alpha)).toMatchObject({ convergenceLevel: 3, convergenceScoreChange: 15, respondents: 5 });
    const byRespondents = await listClients(viewer, { sort: "respondents", direction: "desc", page: 1, pageSize: 100 });
    expect(new Map(byRespondents.rows.map((row) => [row.id, row]))).toEqual(new Map(all.map((row) => [row.id, row])));
  });

  it("sends the same number of queries for 3 clients as for 60 (no query per row)", async () => {
    const small = await practiceWithClients();
    const large = await practiceWithClients();
    for (let i = 0; i < 57; i += 1) {
      const { id } = await createClient(large.viewer, { name: `Bulk ${i}`, industry: "retail", sizeBand: "1-49" });
      await addRound(id, i % 2 ? "convergence" : "genai", 40, { completed: 2, level: (i % 5) + 1, score: i });
      await addRound(id, i % 2 ? "convergence" : "genai", 4, { completed: 1, level: ((i + 2) % 5) + 1, score: i + 3 });
    }
    const countFor = async (run: () => Promise<unknown>) => {
      const before = queries.count;
      await run();
      return queries.count - before;
    };
    const smallPage = await countFor(() => listClients(small.viewer, { sort: "change", direction: "desc", page: 1, pageSize: 100 }));
    const largePage = await countFor(() => listClients(large.viewer, { sort: "change", direction: "desc", page: 1, pageSize: 100 }));
    const smallExport = await countFor(() => exportClientsCsv(small.viewer));
    const largeExport = await countFor(() => exportClientsCsv(large.viewer));
    expect((await listClients(large.viewer, { sort: "name", direction: "asc", page: 1, pageSize: 100 })).rows).toHaveLength(60);
    expect(smallPage).toBe(2);
    expect(largePage).toBe(smallPage);
    expect(smallExport).toBe(1);
    expect(largeExport).toBe(smallExport);
  });

  it("shows a consultant nothing of another practice, and 404s anyone without a practice", async () => {
    const first = await practiceWithClients();
    const other = await createConsultant();
    const otherViewer = await viewerOf(other.userId);
    expect((await listClients(otherViewer, { sort: "name", direction: "asc", page: 1 })).total).toBe(0);
    expect(await exportClientsCsv(otherViewer)).toEqual([]);
    await expect(requireOrganization(otherViewer, first.alpha, "view")).rejects.toMatchObject({ kind: "not_found" });
    // Their export is their own practice's file: the header and nothing of the first practice.
    await signInAs(other.userId);
    const theirs = await exportRoute.GET(new Request(`${BASE}/api/clients/export`), noParams);
    expect(theirs.status).toBe(200);
    const text = await theirs.text();
    expect(parseCsv(text)).toEqual([[...CLIENTS_CSV_HEADER]]);
    expect(text).not.toContain("Alpha");

    const owner = await createAccount();
    await expect(listClients(await viewerOf(owner.userId), { sort: "name", direction: "asc", page: 1 })).rejects.toMatchObject({ kind: "not_found" });
    await expect(exportClientsCsv(null)).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("GET /api/clients/export", () => {
  it("downloads every client as CSV: UTF-8 with BOM, quoted, formula-safe, private", async () => {
    const { consultant, viewer } = await practiceWithClients();
    await createClient(viewer, { name: '=HYPERLINK("http://evil.example","Click")', industry: "other", sizeBand: "1-49" });
    await createClient(viewer, { name: 'Société "Générale", Zürich', industry: "financial_services", sizeBand: "5000+" });
    await signInAs(consultant.userId);
    const response = await exportRoute.GET(new Request(`${BASE}/api/clients/export`), noParams);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="clients-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");

    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text).toContain("\r\n");
    expect(text).toContain('"Société ""Générale"", Zürich"');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...CLIENTS_CSV_HEADER]);
    expect(rows.map((row) => row[0])).toEqual([
      "'=HYPERLINK(\"http://evil.example\",\"Click\")",
      "Alpha Retail",
      "beta Bank",
      "Gamma Health",
      'Société "Générale", Zürich',
    ]);
    const alpha = rows.find((row) => row[0] === "Alpha Retail");
    expect(alpha).toEqual(["Alpha Retail", "Retail", "1,000–4,999 employees", "3", "Aligned", "45", "1", "15", "2", "Structured Pilots", "", "5", "2026-10-01 10:00"]);
  });

  it("answers 401 signed out, 404 to a company account, and an empty file to a practice with no clients", async () => {
    expect((await exportRoute.GET(new Request(`${BASE}/api/clients/export`), noParams)).status).toBe(401);
    const owner = await createAccount();
    await signInAs(owner.userId);
    const refused = await exportRoute.GET(new Request(`${BASE}/api/clients/export`), noParams);
    expect(refused.status).toBe(404);
    expect(refused.headers.get("content-type")).toContain("application/json");

    const lonely = await createConsultant();
    await signInAs(lonely.userId);
    const empty = await exportRoute.GET(new Request(`${BASE}/api/clients/export`), noParams);
    expect(empty.status).toBe(200);
    expect(parseCsv(await empty.text())).toEqual([[...CLIENTS_CSV_HEADER]]);
  });
});

describe("revoking the consultant", () => {
  it("is refused to a member (403), the consultant (403), another consultant (404) and the signed-out (401)", async () => {
    const { consultant, clientId, member } = await managedClientWithPeople();
    const other = await createConsultant();
    const revoke = () => revokeRoute.POST(postJson(`/api/organizations/${clientId}/consultant/revoke`, {}), orgParams(clientId));

    expect((await revoke()).status).toBe(401);
    await signInAs(member.userId);
    expect((await revoke()).status).toBe(403);
    await signInAs(consultant.userId);
    expect((await revoke()).status).toBe(403);
    await signInAs(other.userId);
    const stranger = await revoke();
    expect(stranger.status).toBe(404);
    expect(JSON.stringify(await stranger.json())).not.toContain("Alpha");
    expect((await db.organization.findUniqueOrThrow({ where: { id: clientId } })).consultantPracticeId).toBe(consultant.organizationId);
  });

  it("lets the owner revoke: the consultant then gets 404 on the client and it leaves the dashboard and the CSV", async () => {
    const { consultant, viewer, clientId, owner } = await managedClientWithPeople();
    expect(await findConsultantAccess(await viewerOf(owner.userId))).toMatchObject({ organizationId: clientId, canRevoke: true });

    await signInAs(owner.userId);
    const response = await revokeRoute.POST(postForm(`/api/organizations/${clientId}/consultant/revoke`, {}), orgParams(clientId));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/workspace");

    expect((await db.organization.findUniqueOrThrow({ where: { id: clientId } })).consultantPracticeId).toBeNull();
    expect(await findConsultantAccess(await viewerOf(owner.userId))).toBeNull();
    await expect(requireOrganization(viewer, clientId, "view")).rejects.toMatchObject({ kind: "not_found" });
    const page = await listClients(viewer, { sort: "name", direction: "asc", page: 1 });
    expect(page.rows.map((row) => row.id)).not.toContain(clientId);
    expect(page.total).toBe(2);
    expect((await exportClientsCsv(viewer)).map((row) => row.id)).not.toContain(clientId);
    // Revoking again is harmless and says there was nothing to revoke; the consultant's call now 404s.
    expect(await revokeConsultant(await viewerOf(owner.userId), clientId)).toEqual({ wasManaged: false });
    await signInAs(consultant.userId);
    expect((await revokeRoute.POST(postJson(`/api/organizations/${clientId}/consultant/revoke`, {}), orgParams(clientId))).status).toBe(404);
  });

  it("answers JSON callers with JSON, a malformed id with 404 and an unexpected field with 400", async () => {
    const { clientId, owner, consultant } = await managedClientWithPeople();
    await signInAs(owner.userId);
    expect((await revokeRoute.POST(postJson("/api/organizations/x/consultant/revoke", {}), orgParams("not valid!"))).status).toBe(404);
    const bad = await revokeRoute.POST(postJson(`/api/organizations/${clientId}/consultant/revoke`, { practiceId: "x" }), orgParams(clientId));
    expect(bad.status).toBe(400);
    expect((await db.organization.findUniqueOrThrow({ where: { id: clientId } })).consultantPracticeId).toBe(consultant.organizationId);
    const ok = await revokeRoute.POST(postJson(`/api/organizations/${clientId}/consultant/revoke`, {}), orgParams(clientId));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ revoked: true, wasManaged: true });
  });
});
