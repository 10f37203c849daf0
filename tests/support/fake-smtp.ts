// A tiny SMTP server for tests (plain text, no TLS, no auth checks): enough of RFC 5321 for
// nodemailer to deliver a message, which the test then reads. Listens on 127.0.0.1 only.
import { createServer, type Server, type Socket } from "node:net";

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The raw message (headers and body) as sent after DATA. */
  data: string;
}

export interface FakeSmtpServer {
  port: number;
  received: ReceivedMail[];
  /** "user:password" of every successful AUTH. */
  logins: string[];
  close: () => Promise<void>;
}

/** Starts the server on a free port; `rejectRecipients` makes it refuse every RCPT TO (a delivery failure). */
export async function startFakeSmtpServer(options: { rejectRecipients?: boolean } = {}): Promise<FakeSmtpServer> {
  const received: ReceivedMail[] = [];
  const logins: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.setEncoding("utf8");
    let buffer = "";
    let inData = false;
    let login: { step: "user" | "password"; user: string } | null = null;
    const decode = (b64: string) => Buffer.from(b64, "base64").toString("utf8");
    let current: ReceivedMail = { from: "", to: [], data: "" };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 fake-smtp ready");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          received.push(current);
          current = { from: "", to: [], data: "" };
          inData = false;
          reply("250 2.0.0 queued");
          continue;
        }
        const newline = buffer.indexOf("\r\n");
        if (newline === -1) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        if (login) {
          if (login.step === "user") {
            login = { step: "password", user: decode(line) };
            reply("334 UGFzc3dvcmQ6");
          } else {
            logins.push(`${login.user}:${decode(line)}`);
            login = null;
            reply("235 2.7.0 accepted");
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") reply("250-fake-smtp\r\n250 AUTH PLAIN LOGIN");
        else if (verb === "HELO") reply("250 fake-smtp");
        else if (verb === "AUTH") {
          const [, method, initial] = line.split(" ");
          if (method?.toUpperCase() === "PLAIN") {
            const [, user, password] = decode(initial ?? "").split("\u0000");
            logins.push(`${user}:${password}`);
            reply("235 2.7.0 accepted");
          } else {
            login = { step: "user", user: "" };
            reply("334 VXNlcm5hbWU6");
          }
        }
        else if (verb === "MAIL") {
          current.from = line.replace(/^MAIL FROM:\s*/i, "").replace(/[<>]/g, "").split(" ")[0] ?? "";
          reply("250 2.1.0 ok");
        } else if (verb === "RCPT") {
          if (options.rejectRecipients) reply("550 5.1.1 mailbox unavailable");
          else {
            current.to.push(line.replace(/^RCPT TO:\s*/i, "").replace(/[<>]/g, ""));
            reply("250 2.1.5 ok");
          }
        } else if (verb === "DATA") {
          inData = true;
          reply("354 end with <CRLF>.<CRLF>");
        } else if (verb === "RSET" || verb === "NOOP") reply("250 ok");
        else if (verb === "QUIT") {
          reply("221 bye");
          socket.end();
        } else reply("502 5.5.2 not implemented");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    received,
    logins,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A received message with quoted-printable soft line breaks and escapes undone (enough for plain-text emails). */
export function decodedMessage(mail: ReceivedMail): string {
  return mail.data
    .replace(/=\r\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
