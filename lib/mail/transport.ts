import "server-only";
import nodemailer from "nodemailer";
import { getEnv } from "@/lib/env";

/** What the outbox needs from a mail transport (nodemailer's transporters fit). */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

let cached: { url: string; transport: MailTransport } | undefined;

/**
 * The SMTP transport configured by SMTP_URL (smtp://user:pass@host:port), or null when none is:
 * then email stays in the OutboxMessage table for developers and tests to read.
 */
export function getMailTransport(): MailTransport | null {
  const url = getEnv().SMTP_URL;
  if (!url) return null;
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

/** The sender address of every email (MAIL_FROM). */
export function mailSender(): string {
  return getEnv().MAIL_FROM;
}
