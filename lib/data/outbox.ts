import "server-only";
import { db } from "@/lib/db";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends an email. This slice has no SMTP transport: every message goes to the OutboxMessage
 * table, where developers and tests read it (nothing is ever dropped). An SMTP sender would
 * deliver here and set `sentAt`.
 */
export async function sendEmail(message: EmailMessage): Promise<void> {
  await db.outboxMessage.create({ data: message, select: { id: true } });
}
