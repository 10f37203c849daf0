import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listAppRoutes, listServerActionFiles } from "../e2e/authorization/app-routes";
import { CATALOGUE } from "../e2e/authorization/catalogue";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("the authorisation matrix's catalogue", () => {
  const routes = listAppRoutes(ROOT);

  it("finds the app's pages and handlers (the scanner itself works)", () => {
    expect(routes.find((r) => r.pattern === "/api/assessments/[id]/answers")?.methods).toEqual(["PUT"]);
    expect(routes.find((r) => r.pattern === "/api/auth/[...nextauth]")?.methods).toEqual(["GET", "POST"]);
    expect(routes.some((r) => r.kind === "page" && r.pattern === "/")).toBe(true);
  });

  it("names every page and every method of every route handler", () => {
    const listed = new Set(CATALOGUE.map((e) => `${e.method} ${e.pattern}`));
    const missing = routes.flatMap((r) => r.methods.map((m) => `${m} ${r.pattern}`)).filter((key) => !listed.has(key));
    expect(missing, "add these to tests/e2e/authorization/catalogue.ts").toEqual([]);
  });

  it("names nothing that no longer exists", () => {
    const existing = new Set(routes.flatMap((r) => r.methods.map((m) => `${m} ${r.pattern}`)));
    const stale = CATALOGUE.map((e) => `${e.method} ${e.pattern}`).filter((key) => !existing.has(key));
    expect(stale).toEqual([]);
  });

  it("has no server actions: every form posts to a route handler the matrix covers", () => {
    expect(listServerActionFiles(ROOT)).toEqual([]);
  });
});
