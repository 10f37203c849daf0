// The authorisation matrix: every page, route handler and method (catalogue.ts) × every role,
// against the production server. Each cell asserts the status; every refused answer is checked
// to carry nothing of the client tenant and to have changed nothing of it; a stranger never
// sees the tenant's data, whatever the status.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { CATALOGUE, type Endpoint, type Expected } from "./authorization/catalogue";
import { signInViaApi } from "./authorization/sign-in";
import {
  insertAnonymousCompletedAssessment,
  newAssessmentId,
  PASSWORD,
  ROLES,
  seedWorld,
  TENANT_MARKER,
  tenantFingerprint,
  type Role,
  type World,
} from "./authorization/world";

// One worker runs the file's tests in order; a failed cell does not stop the others (a worker
// restarted after a failure seeds a fresh world of its own).
const STRANGERS: readonly Role[] = ["anonymous", "otherConsultant"];
let world: World;
const contexts = new Map<Role, APIRequestContext>();

test.beforeAll(async ({ baseURL }) => {
  world = await seedWorld();
  for (const role of ROLES) {
    const context = await playwrightRequest.newContext({
      baseURL,
      storageState:
        role === "respondent"
          ? { cookies: [{ name: "cv_browser", value: world.respondentBrowserKey, domain: "127.0.0.1", path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" }], origins: [] }
          : undefined,
    });
    if (role !== "anonymous" && role !== "respondent") await signInViaApi(context, world.users[role], PASSWORD);
    contexts.set(role, context);
  }
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

function allows(expected: Expected, status: number): boolean {
  return typeof expected === "number" ? status === expected : expected.includes(status);
}

async function send(context: APIRequestContext, endpoint: Endpoint, role: Role) {
  // A cell asks for its fresh resources while building the request; they are written before it is sent.
  const writes: Promise<void>[] = [];
  const fresh = {
    anonymousCompletedAssessment: () => {
      const assessmentId = newAssessmentId();
      writes.push(insertAnonymousCompletedAssessment(assessmentId));
      return assessmentId;
    },
  };
  const cell = endpoint.request(world, fresh, role);
  await Promise.all(writes);
  return context.fetch(cell.url, {
    method: endpoint.method,
    maxRedirects: 0,
    ...(cell.json !== undefined ? { data: cell.json, headers: { Accept: "application/json" } } : {}),
    ...(cell.form !== undefined ? { form: cell.form } : {}),
    ...(cell.multipart !== undefined ? { multipart: cell.multipart } : {}),
  });
}

/** The headers every response carries (lib/security/policy.ts via proxy.ts). */
function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("same-origin");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  expect(headers["strict-transport-security"], `${where}: HSTS in production`).toMatch(/max-age=\d+/);
  const csp = headers["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) ?? "";
  expect(scriptSrc, `${where}: scripts need this response's nonce`).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc, where).not.toContain("unsafe-inline");
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]) expect(csp, where).toContain(directive);
  for (const cookie of (headers["set-cookie"] ?? "").split("\n").filter(Boolean)) {
    expect(cookie, `${where}: cookies are HttpOnly`).toMatch(/;\s*HttpOnly/i);
    expect(cookie, `${where}: cookies are SameSite=Lax`).toMatch(/;\s*SameSite=Lax/i);
  }
}

/** Every script of a page carries the response's nonce, so the CSP lets it (and nothing injected) run. */
function expectNoncedScripts(html: string, headers: Record<string, string>, where: string) {
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  for (const tag of scripts) expect(tag, `${where}: a script without the nonce`).toContain(`nonce="${nonce}"`);
}

for (const endpoint of CATALOGUE) {
  test(`${endpoint.method} ${endpoint.pattern}${endpoint.label ? ` (${endpoint.label})` : ""}`, async () => {
    for (const role of ROLES) {
      const context = contexts.get(role)!;
      const expected = endpoint.expect[role];
      const before = endpoint.mutates ? await tenantFingerprint(world) : "";
      const response = await send(context, endpoint, role);
      const status = response.status();
      const where = `${endpoint.method} ${endpoint.pattern} as ${role}`;
      expect(allows(expected, status), `${where}: got ${status}, expected ${JSON.stringify(expected)}`).toBe(true);

      expectSecurityHeaders(response.headers(), where);
      const isBinary = (response.headers()["content-type"] ?? "").startsWith("application/pdf");
      const body = isBinary ? "" : await response.text();
      // Strangers never see the client's data (an invitation shows its name to the link holder);
      // the respondent's browser sees nothing of it in a refusal. The client's own people and its
      // consultant may: it is their tenant.
      const mayShowTenant = endpoint.showsTenantName === true || !(STRANGERS.includes(role) || (role === "respondent" && status >= 400));
      if (!mayShowTenant) expect(body.includes(TENANT_MARKER), `${where}: the answer shows the client tenant's data`).toBe(false);
      if ((response.headers()["content-type"] ?? "").startsWith("text/html")) expectNoncedScripts(body, response.headers(), where);
      if (status >= 400) {
        expect(body, `${where}: a refusal carries no stack trace`).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
        if (endpoint.mutates) expect(await tenantFingerprint(world), `${where}: a refused request changed the tenant's data`).toBe(before);
      }
    }
  });
}
