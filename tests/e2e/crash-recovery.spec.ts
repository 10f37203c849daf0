// Nothing acknowledged is lost when the server dies: answers go in, the server is killed with
// SIGKILL while one more answer is in flight, a new server starts on the same database, and
// every answer the first server acknowledged is there. Runs its own server (the production build
// the Playwright web server made) on a free port and a database of its own: a SQLite file, or with
// TEST_DATABASE_URL set a new database on that PostgreSQL server.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { QUESTIONS } from "../../lib/instruments/convergence";
import {
  createTempDatabase,
  createTempPostgresqlDatabase,
  findFreePort,
  migrateDatabase,
  startApp,
  waitUntilServing,
  type RunningApp,
} from "../support/app-server";
import { withE2eDatabase } from "../support/e2e-database";

const HOST = "127.0.0.1";

test("a server killed mid-assessment loses no acknowledged answer", async () => {
  test.setTimeout(120_000);
  const postgresqlServer = process.env.TEST_DATABASE_URL;
  const database = postgresqlServer ? createTempPostgresqlDatabase("crash", postgresqlServer) : createTempDatabase("crash");
  await migrateDatabase(database.url);
  const port = await findFreePort(HOST);
  let app: RunningApp = startApp({ port, host: HOST, databaseUrl: database.url, output: "buffer" });
  try {
    await waitUntilServing(app, 60_000);
    const api = await playwrightRequest.newContext({ baseURL: app.baseUrl });
    const created = await api.post("/api/assessments", { headers: { Accept: "application/json" }, data: { instrument: "convergence" } });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const acknowledged = new Map<string, number>();
    const choiceFor = (index: number) => (index % 5) + 1;
    for (const [index, question] of QUESTIONS.slice(0, 9).entries()) {
      const response = await api.put(`/api/assessments/${id}/answers`, { data: { questionId: question.id, choice: choiceFor(index) } });
      expect(response.status()).toBe(200);
      acknowledged.set(question.id, choiceFor(index));
    }
    // One more answer is on the wire when the process dies: it may or may not have landed, and
    // either is fine, because nobody was told it was saved.
    const inFlight = api.put(`/api/assessments/${id}/answers`, { data: { questionId: QUESTIONS[9]!.id, choice: 2 } }).catch(() => null);
    await app.crash();
    await inFlight;
    await api.dispose();

    app = startApp({ port, host: HOST, databaseUrl: database.url, output: "buffer" });
    await waitUntilServing(app, 60_000);
    await withE2eDatabase(async (db) => {
      const rows = await db.all<{ questionId: string; choice: string }>('SELECT "questionId", "choice" FROM "Answer" WHERE "assessmentId" = ?', [id]);
      const stored = new Map(rows.map((r) => [r.questionId, Number(r.choice)]));
      for (const [questionId, choice] of acknowledged) expect(stored.get(questionId), questionId).toBe(choice);
      // SQLite: the file survived the kill whole. (PostgreSQL's own server was never killed.)
      if (db.kind === "sqlite") expect(await db.get("PRAGMA integrity_check")).toEqual({ integrity_check: "ok" });
    }, database.url);

    // The restarted server carries on with the same assessment.
    const again = await playwrightRequest.newContext({ baseURL: app.baseUrl });
    const next = await again.put(`/api/assessments/${id}/answers`, { data: { questionId: QUESTIONS[10]!.id, choice: 4 } });
    expect(next.status()).toBe(200);
    await again.dispose();
  } finally {
    await app.stop();
    database.remove();
  }
});
