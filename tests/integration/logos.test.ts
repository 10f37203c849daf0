// A practice's logo: uploaded by its owner (multipart form), checked from its bytes, shown to the
// practice's own people, printed on the covers of its clients' reports; refused to everyone else.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { jpegHeader, solidPng } from "../support/images";
import { useFreshTestDatabase } from "../support/test-database";

// The database must exist before lib/db is first imported.
const database = useFreshTestDatabase();
vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());
const { signInAs, signOut } = await import("../support/session-mock");

const { db } = await import("@/lib/db");
const { createAccount, createConsultant } = await import("../factories/account");
const { createManagedClient, seedConvergenceRound } = await import("../factories/rounds");
const logoRoute = await import("@/app/api/organizations/[orgId]/logo/route");
const deleteRoute = await import("@/app/api/organizations/[orgId]/logo/delete/route");
const pdfRoute = await import("@/app/api/assessments/[id]/pdf/route");

const workDir = mkdtempSync(join(tmpdir(), "convergence-logo-test-"));
const ctx = (orgId: string) => ({ params: Promise.resolve({ orgId }) });

function upload(bytes: Uint8Array, options: { json?: boolean; name?: string } = {}): Request {
  const form = new FormData();
  form.set(options.name ?? "logo", new Blob([new Uint8Array(bytes)]), "logo.png");
  return new Request("http://127.0.0.1:3100/api/x", { method: "POST", body: form, headers: options.json ? { accept: "application/json" } : {} });
}

let world: {
  practiceId: string;
  owner: Awaited<ReturnType<typeof createConsultant>>;
  practiceMember: Awaited<ReturnType<typeof createAccount>>;
  otherConsultant: Awaited<ReturnType<typeof createConsultant>>;
  clientOwner: Awaited<ReturnType<typeof createAccount>>;
  clientAssessmentId: string;
};

beforeAll(async () => {
  const owner = await createConsultant({ organizationName: "Northwind Advisory" });
  const practiceMember = await createAccount();
  await db.membership.deleteMany({ where: { userId: practiceMember.userId } });
  await db.membership.create({ data: { userId: practiceMember.userId, organizationId: owner.organizationId, role: "member" } });
  const otherConsultant = await createConsultant();
  const clientOwner = await createAccount();
  const clientId = await createManagedClient(owner.organizationId, clientOwner.userId);
  const { assessmentIds } = await seedConvergenceRound(clientId, new Date("2026-10-01T10:00:00Z"), [{ data: 2 }]);
  world = { practiceId: owner.organizationId, owner, practiceMember, otherConsultant, clientOwner, clientAssessmentId: assessmentIds[0]! };
}, 60_000);

beforeEach(() => signOut());

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
  rmSync(workDir, { recursive: true, force: true });
});

const storedLogo = () => db.practiceLogo.findUnique({ where: { organizationId: world.practiceId } });

describe("uploading a logo", () => {
  it("stores the owner's PNG with its size, and sends a form back to the workspace", async () => {
    await signInAs(world.owner.userId);
    const response = await logoRoute.POST(upload(solidPng(240, 80)), ctx(world.practiceId));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/workspace#logo");
    expect(await storedLogo()).toMatchObject({ contentType: "image/png", width: 240, height: 80 });
  });

  it("replaces it with a JPEG, answering JSON to a JSON client", async () => {
    await signInAs(world.owner.userId);
    const response = await logoRoute.POST(upload(jpegHeader(400, 100), { json: true }), ctx(world.practiceId));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ contentType: "image/jpeg", width: 400, height: 100 });
    expect(await storedLogo()).toMatchObject({ contentType: "image/jpeg", width: 400 });
  });

  it("refuses what is not an image, a missing file and a wrong content type, and keeps the stored logo", async () => {
    await signInAs(world.owner.userId);
    const before = await storedLogo();
    const svg = await logoRoute.POST(upload(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), { json: true }), ctx(world.practiceId));
    expect(svg.status).toBe(400);
    expect(((await svg.json()) as { error: { code: string } }).error.code).toBe("invalid_image");
    const asForm = await logoRoute.POST(upload(Buffer.from("not an image")), ctx(world.practiceId));
    expect(asForm.status).toBe(303);
    expect(asForm.headers.get("location")).toBe("/workspace?logo=invalid_image#logo");
    const noFile = await logoRoute.POST(upload(solidPng(64, 64), { json: true, name: "other" }), ctx(world.practiceId));
    expect(noFile.status).toBe(400);
    const json = new Request("http://127.0.0.1:3100/api/x", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect((await logoRoute.POST(json, ctx(world.practiceId))).status).toBe(415);
    const huge = new Request("http://127.0.0.1:3100/api/x", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(10 * 1024 * 1024), accept: "application/json" }, body: "--x--" });
    expect((await logoRoute.POST(huge, ctx(world.practiceId))).status).toBe(413);
    expect(await storedLogo()).toEqual(before);
  });

  it("is the owner's alone: a member gets 403, a client or another consultant 404, nobody signed in 401", async () => {
    const before = await storedLogo();
    await signInAs(world.practiceMember.userId);
    expect((await logoRoute.POST(upload(solidPng(64, 64), { json: true }), ctx(world.practiceId))).status).toBe(403);
    for (const userId of [world.clientOwner.userId, world.otherConsultant.userId]) {
      await signInAs(userId);
      expect((await logoRoute.POST(upload(solidPng(64, 64), { json: true }), ctx(world.practiceId))).status).toBe(404);
      expect((await logoRoute.GET(new Request("http://127.0.0.1:3100/api/x"), ctx(world.practiceId))).status).toBe(404);
      expect((await deleteRoute.POST(new Request("http://127.0.0.1:3100/api/x", { method: "POST" }), ctx(world.practiceId))).status).toBe(404);
    }
    signOut();
    expect((await logoRoute.POST(upload(solidPng(64, 64), { json: true }), ctx(world.practiceId))).status).toBe(401);
    expect(await storedLogo()).toEqual(before);
  });
});

describe("the logo on the client's report", () => {
  it("is shown to the practice's people, and printed on the cover of the client's PDF", async () => {
    await signInAs(world.owner.userId);
    await logoRoute.POST(upload(solidPng(300, 90)), ctx(world.practiceId));
    await signInAs(world.practiceMember.userId);
    const image = await logoRoute.GET(new Request("http://127.0.0.1:3100/api/x"), ctx(world.practiceId));
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await image.arrayBuffer()).equals(solidPng(300, 90))).toBe(true);

    await signInAs(world.clientOwner.userId);
    const response = await pdfRoute.GET(new Request(`http://localhost/api/assessments/${world.clientAssessmentId}/pdf`), { params: Promise.resolve({ id: world.clientAssessmentId }) });
    expect(response.status).toBe(200);
    const path = join(workDir, "client.pdf");
    writeFileSync(path, Buffer.from(await response.arrayBuffer()));
    // pdfimages lists each image with its page: the logo, 300 × 90 pixels, on the cover.
    const images = execFileSync("pdfimages", ["-list", path], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^\s*1\s+\d+\s+image\s+300\s+90\s/);
    expect(execFileSync("pdftotext", ["-f", "1", "-l", "1", path, "-"], { encoding: "utf8" })).toContain("Prepared with Northwind Advisory");
  }, 60_000);

  it("goes when the owner removes it", async () => {
    await signInAs(world.owner.userId);
    const response = await deleteRoute.POST(new Request("http://127.0.0.1:3100/api/x", { method: "POST" }), ctx(world.practiceId));
    expect(response.status).toBe(200);
    expect(await storedLogo()).toBeNull();
    expect((await logoRoute.GET(new Request("http://127.0.0.1:3100/api/x"), ctx(world.practiceId))).status).toBe(404);
  });
});
