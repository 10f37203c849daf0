// No answer is lost to a dropped connection: a respondent answers, goes offline, answers more and
// changes earlier answers, tries to reload (which fails offline), comes back online and reloads,
// and the server ends with every answer, each changed one with its latest value. The browser keeps
// unsent answers on the device (components/questionnaire/save-queue.ts: per question, the latest
// value, one request per question on the wire at a time) and sends them when the connection
// returns or the page loads again.
import { expect, test, type Page, type Route } from "@playwright/test";
import { PILLARS, QUESTIONS } from "../../lib/instruments/convergence";
import { DONT_KNOW_LABEL } from "../../lib/instruments/labels";
import { withE2eDatabase } from "../support/e2e-database";
import { startDiagnosticViaApi } from "./support";

type Level = 1 | 2 | 3 | 4 | 5;

const fieldset = (page: Page, questionId: string) => page.locator(`fieldset[data-question-id="${questionId}"]`);
const saveStatus = (page: Page) => page.getByRole("status");

function labelOf(questionId: string, level: Level): string {
  const question = QUESTIONS.find((q) => q.id === questionId);
  const option = question?.options.find((o) => o.level === level);
  if (!option) throw new Error(`No level ${level} option on ${questionId}`);
  return option.label;
}

async function choose(page: Page, questionId: string, level: Level): Promise<void> {
  await fieldset(page, questionId).getByLabel(labelOf(questionId, level), { exact: true }).check();
}

/** The answers the server holds for an assessment, read from the e2e server's database. */
async function storedAnswers(assessmentId: string): Promise<Map<string, string>> {
  const rows = await withE2eDatabase((db) =>
    db.all<{ questionId: string; choice: string }>('SELECT "questionId", "choice" FROM "Answer" WHERE "assessmentId" = ?', [assessmentId]),
  );
  return new Map(rows.map((row) => [row.questionId, row.choice]));
}

test("answers given offline, and answers changed offline, reach the server after a reload online (latest wins)", async ({
  page,
  context,
  request,
  browser,
}) => {
  test.setTimeout(90_000);
  const id = await startDiagnosticViaApi(request);
  const [first, second] = PILLARS.map((pillar) => QUESTIONS.filter((q) => q.pillar === pillar.id).map((q) => q.id));
  const [q1, q2, q3] = first ?? [];
  const [q4, q5] = second ?? [];
  if (!q1 || !q2 || !q3 || !q4 || !q5 || !PILLARS[1]) throw new Error("The first two sections need 3 and 2 questions");

  await page.goto(`/diagnostic/${id}`);
  await choose(page, q1, 2);
  await choose(page, q2, 3);
  await expect(saveStatus(page).filter({ hasText: "All answers saved" })).toBeVisible();
  expect(await storedAnswers(id)).toEqual(new Map([[q1, "2"], [q2, "3"]]));

  // The connection drops: every request of the browser fails as in a real outage. Not with
  // context.setOffline(true): under that emulation Chromium hands the page a failure for a
  // keepalive fetch (the save queue sends with keepalive) and yet delivers it once the emulation
  // ends, so answers reached the server with no help from the reloaded page, and a page that
  // forgot its unsent answers passed this test.
  const outage = (route: Route) => route.abort("internetdisconnected");
  await context.route("**/*", outage);
  await choose(page, q3, 4);
  // Moving between sections needs no connection.
  await page.getByRole("button", { name: `Next: ${PILLARS[1].name}` }).click();
  await choose(page, q4, 1);
  await fieldset(page, q5).getByLabel(DONT_KNOW_LABEL, { exact: true }).check();
  await page.getByRole("navigation", { name: "Sections" }).getByRole("button", { name: PILLARS[0]!.name }).click();
  await choose(page, q1, 5); // changes an answer the server already holds
  await choose(page, q3, 2); // and one it never received
  await expect(saveStatus(page).filter({ hasText: /Connection lost/ })).toBeVisible();

  // A reload offline fails: the page cannot be fetched. The page's last-chance send as it unloads
  // (a keepalive request) is sometimes carried by Chromium past the route interception, so an
  // answer may already have arrived; whatever the server holds must be a value the respondent chose
  // for that question, never anything else.
  const chosen = new Map([
    [q1, ["2", "5"]],
    [q2, ["3"]],
    [q3, ["4", "2"]],
    [q4, ["1"]],
    [q5, ["dont_know"]],
  ]);
  const expectOnlyChosenValues = async () => {
    const stored = await storedAnswers(id);
    expect(stored.get(q1)).toBeDefined();
    for (const [question, choice] of stored) expect(chosen.get(question), `${question} = ${choice}`).toContain(choice);
  };
  await expect(page.reload()).rejects.toThrow();
  await expectOnlyChosenValues();

  await context.unroute("**/*", outage); // back online
  await expectOnlyChosenValues(); // the error page sends nothing
  await page.reload();
  // The page comes back with this device's unsent answers over the server's, and sends them.
  await expect(saveStatus(page).filter({ hasText: "All answers saved" })).toBeVisible({ timeout: 20_000 });
  await expect(fieldset(page, q1).getByLabel(labelOf(q1, 5), { exact: true })).toBeChecked();
  await expect(fieldset(page, q3).getByLabel(labelOf(q3, 2), { exact: true })).toBeChecked();

  const expected = new Map([
    [q1, "5"],
    [q2, "3"],
    [q3, "2"],
    [q4, "1"],
    [q5, "dont_know"],
  ]);
  await expect.poll(() => storedAnswers(id), { timeout: 10_000 }).toEqual(expected);
  // Nothing is left waiting on the device once the server has acknowledged it all.
  await expect.poll(() => page.evaluate((key) => window.localStorage.getItem(key), `convergence:pending:${id}`)).toBeNull();

  // Another device, with nothing stored locally, sees the same answers: the server has them.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(`/diagnostic/${id}`);
  await expect(other.getByRole("progressbar", { name: "Diagnostic progress" })).toHaveAttribute("aria-valuenow", "5");
  await expect(fieldset(other, q1).getByLabel(labelOf(q1, 5), { exact: true })).toBeChecked();
  await expect(fieldset(other, q3).getByLabel(labelOf(q3, 2), { exact: true })).toBeChecked();
  await elsewhere.close();
});
