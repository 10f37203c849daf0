import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useFreshTestDatabase } from "../support/test-database";

// Password hashing (scrypt) and a cold start of the route modules take seconds on two busy cores.
vi.setConfig({ testTimeout: 30_000 });
import { decodedMessage, startFakeSmtpServer } from "../support/fake-smtp";

// SMTP configured through the environment, as in production: lib/env reads it once, on first use.
const database = useFreshTestDatabase();
const smtp = await startFakeSmtpServer();
process.env.SMTP_URL = `smtp://convergence:app-password@127.0.0.1:${smtp.port}`;
process.env.MAIL_FROM = "Convergence <hello@convergence.test>";

vi.mock("@/lib/auth/session", async () => (await import("../support/session-mock")).sessionModule());
const { signInAs, signOut } = await import("../support/session-mock");

const { db } = await import("@/lib/db");
const { createAccount } = await import("../factories/account");
const forgotRoute = await import("@/app/api/account/forgot-password/route");
const inviteRoute = await import("@/app/api/organizations/[orgId]/member-invites/route");

afterAll(async () => {
  await db.$disconnect();
  await smtp.close();
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  database.cleanup();
});

beforeEach(() => signOut());

function postJson(body: unknown, address: string) {
  return new Request("http://127.0.0.1:3100/api/x", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", host: "127.0.0.1:3100", "x-forwarded-for": address },
    body: JSON.stringify(body),
  });
}

/** The request answers before SMTP does: wait for the outbox row to be marked sent. */
async function waitUntilSent(to: string) {
  for (let i = 0; i < 100; i += 1) {
    const row = await db.outboxMessage.findFirst({ where: { to }, orderBy: { id: "desc" }, select: { sentAt: true, text: true } });
    if (row?.sentAt) return row;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the email to ${to} was never marked sent`);
}

describe("with SMTP_URL set", () => {
  it("sends the password-reset email through SMTP, from MAIL_FROM, and marks the outbox row sent", async () => {
    const alice = await createAccount();
    const response = await forgotRoute.POST(postJson({ email: alice.email }, "198.51.100.10"), {});
    expect(response.status).toBe(202);
    const row = await waitUntilSent(alice.email);
    const mail = smtp.received.find((m) => m.to.includes(alice.email));
    expect(mail?.from).toBe("hello@convergence.test");
    expect(row.text).toMatch(/reset-password\?token=[A-Za-z0-9_-]{43}/);
    expect(decodedMessage(mail!)).toContain(row.text.match(/reset-password\?token=[A-Za-z0-9_-]+/)?.[0]);
    expect(smtp.logins).toContain("convergence:app-password");
  });

  it("emails a member invite to the address the owner gave", async () => {
    const owner = await createAccount({ organizationName: "Hooli Marketing" });
    await signInAs(owner.userId);
    const response = await inviteRoute.POST(postJson({ email: "new.colleague@example.com" }, "198.51.100.11"), {
      params: Promise.resolve({ orgId: owner.organizationId }),
    });
    expect(response.status).toBe(201);
    const { url } = (await response.json()) as { url: string };
    await waitUntilSent("new.colleague@example.com");
    const mail = smtp.received.find((m) => m.to.includes("new.colleague@example.com"));
    expect(mail?.data).toMatch(/^Subject: Join Hooli Marketing on Convergence$/m);
    expect(decodedMessage(mail!)).toContain(url);
  });
});
