import { afterAll, describe, expect, it, vi } from "vitest";
import nodemailer from "nodemailer";
import { useFreshTestDatabase } from "../support/test-database";

// Password hashing (scrypt) and a cold start of the route modules take seconds on two busy cores.
vi.setConfig({ testTimeout: 30_000 });
import { startFakeSmtpServer } from "../support/fake-smtp";

// The database must exist before lib/db is first imported; no SMTP is configured in this file.
const database = useFreshTestDatabase();
delete process.env.SMTP_URL;
delete process.env.MAIL_FROM;

const { db } = await import("@/lib/db");
const { sendEmail } = await import("@/lib/data/outbox");
const { getMailTransport } = await import("@/lib/mail/transport");

afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

const message = (to: string) => ({ to, subject: "Your reset link", text: "Open http://127.0.0.1/reset-password?token=SECRET-TOKEN-VALUE" });
const rowOf = (id: number) => db.outboxMessage.findUniqueOrThrow({ where: { id }, select: { to: true, subject: true, text: true, sentAt: true } });

describe("sendEmail", () => {
  it("without SMTP, keeps the message in the outbox table, unsent", async () => {
    expect(getMailTransport()).toBeNull();
    const { id, delivery } = await sendEmail(message("no-smtp@example.com"));
    expect(await delivery).toBe("kept_in_outbox");
    expect(await rowOf(id)).toEqual({ ...message("no-smtp@example.com"), sentAt: null });
  });

  it("with a transport, sends the message from MAIL_FROM and marks it sent", async () => {
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const sendMail = vi.spyOn(transport, "sendMail");
    const before = Date.now();
    const { id, delivery } = await sendEmail(message("json@example.com"), { transport });
    expect(await delivery).toBe("sent");
    const row = await rowOf(id);
    expect(row.sentAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(sendMail).toHaveBeenCalledTimes(1);
    const info = (await sendMail.mock.results[0]!.value) as { message: string };
    const sent = JSON.parse(info.message) as { from: { address: string }; to: { address: string }[]; subject: string; text: string };
    expect(sent.from.address).toBe("no-reply@localhost");
    expect(sent.to.map((t) => t.address)).toEqual(["json@example.com"]);
    expect(sent.subject).toBe("Your reset link");
    expect(sent.text).toContain("SECRET-TOKEN-VALUE");
  });

  it("when the transport throws, keeps the row unsent and logs the failure without the message's content", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const transport = { sendMail: async () => Promise.reject(new Error("421 try again later")) };
    const { id, delivery } = await sendEmail(message("broken@example.com"), { transport });
    expect(await delivery).toBe("failed");
    expect(await rowOf(id)).toEqual({ ...message("broken@example.com"), sentAt: null });
    const logged = errors.mock.calls.map((call) => call.join(" ")).join("\n");
    expect(logged).toContain(`outbox message ${id}`);
    expect(logged).toContain("421 try again later");
    expect(logged).not.toContain("SECRET-TOKEN-VALUE");
    errors.mockRestore();
  });

  it("delivers over real SMTP to a server on this machine, with its login", async () => {
    const server = await startFakeSmtpServer();
    try {
      const transport = nodemailer.createTransport(`smtp://mailer:s3cret@127.0.0.1:${server.port}`);
      const { id, delivery } = await sendEmail(message("smtp@example.com"), { transport });
      expect(await delivery).toBe("sent");
      expect((await rowOf(id)).sentAt).not.toBeNull();
      expect(server.logins).toEqual(["mailer:s3cret"]);
      expect(server.received).toHaveLength(1);
      expect(server.received[0]!.to).toEqual(["smtp@example.com"]);
      expect(server.received[0]!.data).toMatch(/^Subject: Your reset link$/m);
      expect(server.received[0]!.data).toContain("SECRET-TOKEN-VALUE");
    } finally {
      await server.close();
    }
  });

  it("keeps the message when the SMTP server refuses it, or cannot be reached", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const refusing = await startFakeSmtpServer({ rejectRecipients: true });
    const refused = await sendEmail(message("refused@example.com"), { transport: nodemailer.createTransport(`smtp://127.0.0.1:${refusing.port}`) });
    expect(await refused.delivery).toBe("failed");
    expect((await rowOf(refused.id)).sentAt).toBeNull();
    await refusing.close();

    // The same port, now closed: the connection is refused.
    const unreachable = await sendEmail(message("unreachable@example.com"), {
      transport: nodemailer.createTransport(`smtp://127.0.0.1:${refusing.port}`),
    });
    expect(await unreachable.delivery).toBe("failed");
    expect((await rowOf(unreachable.id)).sentAt).toBeNull();
    expect(errors).toHaveBeenCalledTimes(2);
    errors.mockRestore();
  });
});
