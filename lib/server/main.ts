// The production server (`npm start`, built by lib/server/build.ts): Next's request handler behind
// a plain Node HTTP server, which answers anonymous answers itself (lib/server/answer-fast-path.ts).
// Usage: NODE_ENV=production node <build>/convergence-server.mjs [-p port] [-H hostname]
// (PORT is read when -p is absent). NODE_ENV is set by the caller: React and Next read it as they load.
import { createServer } from "node:http";
import next from "next";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { fastAnswerTarget, serveFastAnswer } from "@/lib/server/answer-fast-path";

/** Longer than the idle timeout of common load balancers (60 s), so they close idle connections first. */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** How long a stop waits for requests in flight before it closes what is left. */
const STOP_GRACE_MS = 10_000;

function argument(flags: readonly string[]): string | undefined {
  const at = process.argv.findIndex((arg) => flags.includes(arg));
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  if (getEnv().NODE_ENV !== "production") throw new Error("the production server needs NODE_ENV=production (npm run serve sets it)");
  const port = Number(argument(["-p", "--port"]) ?? getEnv().PORT);
  const hostname = argument(["-H", "--hostname"]);
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // The one Prisma client, connected before the first answer rather than by it.
  await db.$connect();

  const server = createServer((request, response) => {
    const assessmentId = fastAnswerTarget(request);
    const answered =
      assessmentId === null ? handle(request, response) : serveFastAnswer(request, response, assessmentId, { isProduction: true });
    answered.catch((error: unknown) => {
      console.error(`[server] ${request.method} ${request.url?.split("?")[0]} failed:`, error);
      if (!response.headersSent) {
        response.writeHead(500, { "Content-Type": "text/plain" });
        response.end("Internal Server Error");
      } else response.destroy();
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Longer than the keep-alive timeout, so a reused connection is never cut by the headers timer first.
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      void db.$disconnect().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  console.log(`Convergence is ready on http://${hostname ?? "localhost"}:${port}`);
}

main().catch((error: unknown) => {
  console.error("[server] could not start:", error);
  process.exit(1);
});
