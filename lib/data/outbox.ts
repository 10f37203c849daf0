import "server-only";
import { db } from "@/lib/db";
import { getMailTransport, mailSender, type MailTransport } from "@/lib/mail/transport";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/** What became of a message: delivered by SMTP, left in the outbox (no SMTP), or kept there after a failure. */
export type DeliveryOutcome = "sent" | "kept_in_outbox" | "failed";

export interface SendEmailOptions {
  /** The transport to use; defaults to the SMTP transport of SMTP_URL (null: none, outbox only). */
  transport?: MailTransport | null;
}

/**
 * Sends an email, outbox first: the message is written to the OutboxMessage table, then handed to
 * SMTP when one is configured, and `sentAt` is set once the server accepted it. Without SMTP, or
 * when sending fails (the error is logged), the row stays with `sentAt` null: nothing is dropped.
 *
 * The caller waits only for the row; `delivery` settles when SMTP has answered (it never rejects),
 * so a slow mail server neither slows a request nor tells a caller whether an email went out.
 */
export async function sendEmail(
  message: EmailMessage,
  options: SendEmailOptions = {},
): Promise<{ id: number; delivery: Promise<DeliveryOutcome> }> {
  const transport = options.transport === undefined ? getMailTransport() : options.transport;
  const { id } = await db.outboxMessage.create({ data: message, select: { id: true } });
  const delivery: Promise<DeliveryOutcome> = transport ? deliverOutboxMessage(id, message, transport) : Promise.resolve("kept_in_outbox");
  return { id, delivery };
}

/** Hands one outbox message to a transport and marks it sent; on failure logs and leaves it unsent. */
export async function deliverOutboxMessage(id: number, message: EmailMessage, transport: MailTransport): Promise<DeliveryOutcome> {
  try {
    await transport.sendMail({ from: mailSender(), to: message.to, subject: message.subject, text: message.text });
  } catch (error) {
    // The message (with any link in it) stays out of the log; its outbox id is enough to find it.
    console.error(`[mail] outbox message ${id} could not be sent and stays in the outbox: ${describe(error)}`);
    return "failed";
  }
  try {
    await db.outboxMessage.updateMany({ where: { id, sentAt: null }, data: { sentAt: new Date() } });
  } catch (error) {
    console.error(`[mail] outbox message ${id} was sent but could not be marked sent: ${describe(error)}`);
  }
  return "sent";
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
